import { expect, test, type Page } from '@playwright/test';
import { card, dragByPointer, lane, openBoard } from './support/board.js';
import { menuAction } from './support/canvas.js';
import { expectSaved } from './support/library.js';

// D1: two pages of one profile, one real IndexedDB. Page B has not yet heard of page A's saved
// change (cross-tab news is held back in B, as when B's event loop is busy) when it makes its
// own. Both changes must survive, on disk and in both pages.

/** Test-only: holds back Dexie's cross-tab messages in this page while window.__holdSync is set. */
async function installSyncHold(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    const state = window as { __holdSync?: boolean; __releaseSync?: () => void };
    state.__releaseSync = () => {
      state.__holdSync = false;
      for (const deliver of held.splice(0)) deliver();
    };
    const Native = BroadcastChannel;
    class HeldChannel extends Native {
      override set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage = handler && ((event: MessageEvent) => (state.__holdSync ? held.push(() => handler.call(this, event)) : handler.call(this, event)));
      }
      override get onmessage(): ((event: MessageEvent) => void) | null {
        return super.onmessage;
      }
    }
    window.BroadcastChannel = HeldChannel;
  });
}

async function holdSync(page: Page): Promise<void> {
  await page.evaluate(() => ((window as { __holdSync?: boolean }).__holdSync = true));
}

async function releaseSync(page: Page): Promise<void> {
  await page.evaluate(() => (window as { __releaseSync?: () => void }).__releaseSync?.());
}

async function storedOwners(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('remit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('scenarios').objectStore('scenarios').getAll();
          request.onsuccess = () => {
            const owners: Record<string, string> = {};
            for (const row of request.result as { responsibilities: { title: string; owner: string }[] }[]) {
              for (const item of row.responsibilities) owners[item.title] = item.owner;
            }
            open.result.close();
            resolve(owners);
          };
        };
      }),
  );
}

test('a move made in a page that has not seen another page\'s saved move keeps both', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await installSyncHold(b);
  await openBoard(a);
  await openBoard(b);
  await holdSync(b);

  await dragByPointer(a, card(lane(a, 'CIO'), 'IT governance and compliance'), lane(a, 'Unassigned'));
  await expectSaved(a);
  // B still shows X where it was: it has not heard of A's move.
  await expect(card(lane(b, 'CIO'), 'IT governance and compliance')).toBeVisible();
  await dragByPointer(b, card(lane(b, 'CTO'), 'Product architecture'), lane(b, 'CIO'));
  await expectSaved(b);
  await releaseSync(b);

  for (const page of [a, b]) {
    await expect(card(lane(page, 'Unassigned'), 'IT governance and compliance')).toBeVisible();
    await expect(card(lane(page, 'CIO'), 'Product architecture')).toBeVisible();
  }
  const stored = await storedOwners(a);
  expect(stored['IT governance and compliance']).toBe('Unassigned');
  expect(stored['Product architecture']).toBe('CIO');
});

test('renames made concurrently in two pages both survive', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await installSyncHold(b);
  await openBoard(a);
  await openBoard(b);
  await holdSync(b);

  const rename = async (page: Page, from: string, to: string) => {
    await menuAction(page, from, 'Rename…');
    const dialog = page.getByRole('dialog', { name: 'Rename responsibility' });
    await dialog.getByLabel('Title').fill(to);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expectSaved(page);
  };
  await rename(a, 'Research and development', 'R&D and prototyping');
  await rename(b, 'Product architecture', 'Product and platform architecture');
  await releaseSync(b);

  for (const page of [a, b]) {
    await expect(card(page, 'R&D and prototyping')).toBeVisible();
    await expect(card(page, 'Product and platform architecture')).toBeVisible();
  }
  const stored = await storedOwners(a);
  expect(Object.keys(stored)).toEqual(expect.arrayContaining(['R&D and prototyping', 'Product and platform architecture']));
  expect(Object.keys(stored)).not.toContain('Research and development');
});

test('closing the page while a change is being saved asks first', async ({ page }) => {
  // Test-only: holds every IndexedDB write back until window.__releaseWrites() is called.
  await page.addInitScript(() => {
    const state = window as { __holdWrites?: boolean };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (state.__holdWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openBoard(page);
  await page.evaluate(() => ((window as { __holdWrites?: boolean }).__holdWrites = true));
  await dragByPointer(page, card(lane(page, 'CIO'), 'Enterprise systems (ERP, CRM, HR)'), lane(page, 'CTO'));
  await expect(page.getByRole('alert').filter({ hasText: 'not saved yet' })).toBeVisible();
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
  // Once the change is written, closing needs no question.
  await page.evaluate(() => ((window as { __holdWrites?: boolean }).__holdWrites = false));
  await page.getByRole('button', { name: 'Retry now' }).click();
  await expectSaved(page);
  let askedAgain = false;
  page.on('dialog', (second) => {
    askedAgain = true;
    void second.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(askedAgain).toBe(false);
});

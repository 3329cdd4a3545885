import { expect, test, type Page } from '@playwright/test';
import { card, lane } from './support/board.js';
import { menuAction, panel } from './support/canvas.js';
import { expectSaved, openSeeded, putRows } from './support/library.js';
import { fixtureScenario } from './support/pdf.js';

// A plan's last guidance check is stored (renderer/state/check-cache.ts): reopened unchanged, it
// shows that check at once and checks again when idle. What it shows must be what a fresh check
// shows, also after another window changed the plan, and no card may ever show without a badge.

const plan = fixtureScenario('reopen', 'Reopened plan', 30);

/** Records, from the page's start, how many cards were ever in the DOM without a guidance status. */
async function watchBadges(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.localStorage.setItem('remit.guide.dismissed', '1');
    const state = window as { __cardsWithoutBadge?: number };
    state.__cardsWithoutBadge = 0;
    new MutationObserver(() => {
      const bare = document.querySelectorAll('li.card:not([data-status])').length;
      state.__cardsWithoutBadge = Math.max(state.__cardsWithoutBadge ?? 0, bare);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
  });
}

async function cardsWithoutBadge(page: Page): Promise<number> {
  return page.evaluate(() => (window as { __cardsWithoutBadge?: number }).__cardsWithoutBadge ?? -1);
}

/** The page's marks of stored checks (hit, miss, written, confirmed, replaced). */
async function marks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith('remit:check-cache-'))
      .map((name) => name.slice('remit:check-cache-'.length)),
  );
}

async function waitForMark(page: Page, name: string): Promise<void> {
  await expect.poll(() => marks(page), { timeout: 15_000 }).toContain(name);
}

/** Everything the guidance shows: each card's lane, status, badge and reason; the panel's text. */
async function shown(page: Page): Promise<{ cards: string[]; panel: string }> {
  await expect(lane(page, 'CIO')).toBeVisible();
  await expect(page.locator('li.card')).toHaveCount(plan.responsibilities.length);
  const cards = await page.locator('li.card').evaluateAll((nodes) =>
    nodes.map((node) =>
      [
        node.closest('section.lane')?.className.replace('lane lane-', '') ?? '',
        node.querySelector('.card-title')?.textContent ?? '',
        node.getAttribute('data-status') ?? 'NONE',
        node.querySelector('.badge')?.textContent ?? '',
        node.querySelector('[data-card-tip]')?.textContent ?? '',
      ].join(' | '),
    ),
  );
  return { cards, panel: ((await panel(page).textContent()) ?? '').replace(/\s+/g, ' ') };
}

/**
 * Opens the seeded plan once (nothing stored yet: it is checked before the first paint, then its
 * check stored). No card is ever without its badge, and what the first frame
 * shows is what the page still shows once the check is stored (no badge changes later).
 */
async function openFirstTime(page: Page): Promise<{ cards: string[]; panel: string }> {
  await watchBadges(page);
  await openSeeded(page, plan);
  const fresh = await shown(page);
  expect(await marks(page)).toContain('miss');
  await waitForMark(page, 'written');
  expect(await cardsWithoutBadge(page)).toBe(0);
  expect(await shown(page)).toEqual(fresh);
  return fresh;
}

test('a reopened plan shows at once the badges and findings of a fresh check, never a card without a badge', async ({ page }) => {
  const fresh = await openFirstTime(page);
  // The fixture must give the badges and panel something to show, or this tests little.
  expect(fresh.cards.filter((line) => !line.includes('| aligned |')).length).toBeGreaterThan(3);

  await page.goto('/');
  const reopened = await shown(page);
  expect(await marks(page)).toContain('hit');
  expect(reopened).toEqual(fresh);
  await waitForMark(page, 'confirmed');
  expect(await marks(page)).not.toContain('replaced');
  expect(await shown(page)).toEqual(fresh);
  expect(await cardsWithoutBadge(page)).toBe(0);
});

/** The stored check row of the plan (raw, as IndexedDB holds it), to put back later. */
async function storedRow(page: Page): Promise<unknown> {
  return page.evaluate(
    (id) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('remit');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('checks').objectStore('checks').get(id);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
        };
      }),
    plan.id,
  );
}

test('after another window changed the plan, reopening shows the guidance of the changed plan', async ({ page, context }) => {
  const before = await openFirstTime(page);
  const stale = await storedRow(page);
  expect(stale).toBeTruthy();
  // This page leaves the app (open, it would follow the other page's change and store its own
  // check of it) for a page of the same origin that runs none of its scripts.
  const stylesheet = /href="\.?\/?(assets\/[^"]+\.css)"/.exec(await (await page.request.get('/')).text())?.[1];
  expect(stylesheet).toBeTruthy();
  await page.goto(`/${stylesheet}`);

  const other = await context.newPage();
  await other.addInitScript(() => window.localStorage.setItem('remit.guide.dismissed', '1'));
  await other.goto('/');
  await expect(card(lane(other, 'CIO'), 'Employee service desk')).toBeVisible();
  await menuAction(other, 'Employee service desk', 'Move to CTO');
  await expectSaved(other);
  // The other page stores its check of the moved plan when idle; then this page's check of the
  // plan before the move is put back, so the reopened plan meets a check that no longer fits.
  await waitForMark(other, 'written');
  await other.close();
  await putRows(page, 'checks', [stale]);

  await page.goto('/');
  const reopened = await shown(page);
  expect(await marks(page)).toContain('miss');
  expect(reopened).not.toEqual(before);
  expect(reopened.cards.find((line) => line.includes('Employee service desk'))).toMatch(/^cto \|/);
  await waitForMark(page, 'written');

  // Opened again, the check stored just now is used, and shows what a fresh check shows.
  await page.reload();
  const again = await shown(page);
  expect(await marks(page)).toContain('hit');
  expect(again).toEqual(reopened);
  await waitForMark(page, 'confirmed');
  expect(await marks(page)).not.toContain('replaced');

  // And with nothing stored, the same.
  await putRows(page, 'checks', [], { clear: true });
  await page.reload();
  const checked = await shown(page);
  expect(await marks(page)).toContain('miss');
  expect(checked).toEqual(reopened);
  expect(await cardsWithoutBadge(page)).toBe(0);
});

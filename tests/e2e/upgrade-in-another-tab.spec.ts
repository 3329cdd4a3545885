import { expect, test } from '@playwright/test';
import { card, lane, openBoard } from './support/board.js';
import { menuAction } from './support/canvas.js';
import { expectSaved } from './support/library.js';

test('a schema upgrade opened in another tab makes this tab reload cleanly, keeping its last edit', async ({ context }) => {
  const page = await context.newPage();
  await openBoard(page);
  await menuAction(page, 'Technology roadmap', 'Move to CTO');
  await expect(card(lane(page, 'CTO'), 'Technology roadmap')).toBeVisible();
  await expectSaved(page);

  // A newer Remit in a second tab opens the same database at a higher version, as a schema
  // upgrade does; the upgrade waits until this tab lets go of its connection. The second tab is
  // a same-origin document that runs no Remit code (the stylesheet), so only this tab reacts.
  const stylesheet = await page.evaluate(
    () => document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.href ?? '',
  );
  expect(stylesheet).not.toBe('');
  const other = await context.newPage();
  await other.goto(stylesheet);
  const reloaded = page.waitForEvent('load');
  const upgraded = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('remit');
        probe.onsuccess = () => {
          const version = probe.result.version;
          probe.result.close();
          const request = indexedDB.open('remit', version + 10);
          request.onupgradeneeded = () => request.result.createObjectStore('futureFeature');
          request.onsuccess = () => {
            request.result.close();
            resolve(request.result.version);
          };
          request.onerror = () => reject(request.error);
          request.onblocked = () => undefined;
        };
        probe.onerror = () => reject(probe.error);
      }),
  );
  expect(upgraded).toBeGreaterThan(20);
  await reloaded;
  // After the reload this tab opens the upgraded database and shows the same plan.
  await expect(card(lane(page, 'CTO'), 'Technology roadmap')).toBeVisible();
});

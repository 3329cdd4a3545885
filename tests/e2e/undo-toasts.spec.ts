import { expect, test, type Page } from '@playwright/test';
import { card, lane, openBoard } from './support/board.js';
import { menuAction } from './support/canvas.js';
import { expectSaved, openLibrary } from './support/library.js';

/** The app's toast (a polite status region at the bottom of the window). */
function toast(page: Page) {
  return page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss' }) }).last();
}

test('delete and move by menu show a toast whose Undo reverts them and puts focus on the card', async ({ page }) => {
  await openBoard(page);
  await menuAction(page, 'Data security', 'Delete');
  await expect(toast(page)).toContainText('Deleted “Data security”.');
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(card(lane(page, 'Shared'), 'Data security')).toBeFocused();
  await expect(toast(page)).toBeHidden();

  await menuAction(page, 'Data security', 'Move to CTO');
  await expect(toast(page)).toContainText('Data security moved to CTO');
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(card(lane(page, 'Shared'), 'Data security')).toBeFocused();
});

test('restoring a version and importing a file show a toast with Undo', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  const versions = page.getByRole('dialog', { name: /^Versions of/ });
  await versions.getByLabel('Version name').fill('Original');
  await versions.getByRole('button', { name: 'Save version' }).click();
  await versions.getByRole('button', { name: 'Close' }).click();
  await menuAction(page, 'Data security', 'Move to CTO');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  await versions.getByRole('button', { name: 'Restore “Original”' }).click();
  await versions.getByRole('region', { name: 'Restore “Original”?' }).getByRole('button', { name: 'Restore “Original”' }).click();
  await expect(versions.getByRole('status')).toContainText('Restored “Original”');
  await versions.getByRole('button', { name: 'Close' }).click();
  await expect(card(lane(page, 'Shared'), 'Data security')).toBeVisible();
  await expect(toast(page)).toContainText('Restored “Original”.');
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(card(lane(page, 'CTO'), 'Data security')).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

  const library = await openLibrary(page);
  const [download] = await Promise.all([page.waitForEvent('download'), library.getByRole('button', { name: 'Export open scenario' }).click()]);
  const text = await (await import('node:fs/promises')).readFile((await download.path()) ?? '', 'utf8');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), library.getByRole('button', { name: 'Import scenario…' }).click()]);
  await chooser.setFiles({ name: 'plan.remit.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await library.getByRole('button', { name: 'Add as a new scenario' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(imported)');
  await expect(toast(page)).toContainText('Imported “My first split (imported)”');
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('(imported)');
  await expect(toast(page)).toContainText('the imported scenario is in the trash');
});

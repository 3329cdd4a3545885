import { expect, test } from '@playwright/test';
import { card, lane, openBoard } from './support/board.js';
import { menuAction } from './support/canvas.js';
import { expectSaved } from './support/library.js';

test('restoring a version first shows the comparison of the plan now and the version, with Restore and Cancel', async ({ page }) => {
  await openBoard(page);
  const versionsButton = page.getByRole('button', { name: 'Versions', exact: true });
  await versionsButton.click();
  const dialog = page.getByRole('dialog', { name: /^Versions of/ });
  await dialog.getByLabel('Version name').fill('Original');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog.getByRole('list', { name: 'Versions' }).getByText('Original', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await menuAction(page, 'Data security', 'Move to CTO');
  await expect(card(lane(page, 'CTO'), 'Data security')).toBeVisible();
  await expectSaved(page);

  // Restore asks first: the compare view, the plan now as the baseline, then the version.
  await versionsButton.click();
  const listRestore = dialog.getByRole('list', { name: 'Versions' }).getByRole('button', { name: 'Restore “Original”' });
  await listRestore.click();
  const preview = dialog.getByRole('region', { name: 'Restore “Original”?' });
  await expect(preview.getByRole('heading', { name: 'Restore “Original”?' })).toBeFocused();
  await expect(preview.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(preview.getByText('“Data security”').first()).toBeVisible();
  await expect(preview.getByRole('table', { name: 'Guidance by scenario' }).getByRole('rowheader').first()).toContainText('My first split');
  await expect(preview.getByRole('table', { name: 'Guidance by scenario' })).toContainText('version “Original”');
  // Nothing has changed yet.
  await expect(card(lane(page, 'CTO'), 'Data security')).toBeAttached();

  // Cancel: back to the list, focus on that version's Restore, the plan as it was.
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await expect(listRestore).toBeFocused();
  await expect(card(lane(page, 'CTO'), 'Data security')).toBeAttached();

  // The keyboard path: Enter on Restore, Tab to the preview's buttons, Enter on Restore.
  await listRestore.press('Enter');
  await expect(preview.getByRole('heading', { name: 'Restore “Original”?' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(preview.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(preview.getByRole('button', { name: 'Restore “Original”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Restored “Original”');
  await expect(listRestore).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(versionsButton).toBeFocused();
  await expect(card(lane(page, 'Shared'), 'Data security')).toBeVisible();
});

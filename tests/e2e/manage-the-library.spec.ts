import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { card, lane, moveByKeyboard, openBoard } from './support/board.js';
import { expectSaved, openLibrary, scenarioItem } from './support/library.js';

test('create from a template, rename, duplicate, search, sort, trash and restore; the last opened reopens', async ({ page }) => {
  await openBoard(page);
  let dialog = await openLibrary(page);
  await dialog.getByRole('button', { name: 'New scenario…' }).click();
  await dialog.getByRole('radio', { name: /^Enterprise/ }).check();
  await dialog.getByLabel('Name (optional)').fill('Board plan');
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Board plan');
  await expect(card(lane(page, 'CIO'), 'ERP system')).toBeVisible();
  await expect(card(lane(page, 'Unassigned'), 'Technology budget')).toBeVisible();

  dialog = await openLibrary(page);
  await scenarioItem(dialog, 'Board plan').getByRole('button', { name: /^Rename/ }).click();
  await dialog.getByLabel('New name for “Board plan”').fill('Board plan v2');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(scenarioItem(dialog, 'Board plan v2')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Board plan v2');

  await scenarioItem(dialog, 'Board plan v2').getByRole('button', { name: /^Duplicate/ }).click();
  await expect(scenarioItem(dialog, 'Board plan v2 (2)')).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('Duplicated “Board plan v2”.');

  await dialog.getByLabel('Search scenarios').fill('first');
  await expect(dialog.getByRole('list', { name: 'Scenario list' }).getByRole('listitem')).toHaveCount(1);
  await dialog.getByLabel('Search scenarios').fill('');
  await dialog.getByLabel('Sort by').selectOption('name');
  const names = dialog.getByRole('list', { name: 'Scenario list' }).locator('.library-item-name');
  await expect(names).toHaveText(['Board plan v2', 'Board plan v2 (2)', 'My first split']);

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).include('dialog').analyze();
  expect(results.violations).toEqual([]);

  await scenarioItem(dialog, 'Board plan v2 (2)').getByRole('button', { name: /^Move to trash/ }).click();
  await expect(scenarioItem(dialog, 'Board plan v2 (2)')).toHaveCount(0);
  await dialog.getByText(/^Trash \(1\)/).click();
  await dialog.getByRole('list', { name: 'Trash' }).getByRole('button', { name: /^Restore/ }).click();
  await expect(scenarioItem(dialog, 'Board plan v2 (2)')).toBeVisible();

  await scenarioItem(dialog, 'Board plan v2 (2)').getByRole('button', { name: /^Open/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Board plan v2 (2)');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Board plan v2 (2)');
  await expect(card(lane(page, 'CIO'), 'ERP system')).toBeVisible();
});

test('a version restores as one undoable step', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Versions of/ });
  await dialog.getByLabel('Version name').fill('Original');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog.getByRole('list', { name: 'Versions' }).getByText('Original', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const keyboardCard = card(lane(page, 'CIO'), 'IT governance and compliance');
  await moveByKeyboard(page, keyboardCard, [
    { key: 'ArrowRight', announces: 'over Shared lane' },
    { key: 'ArrowRight', announces: 'over CTO column' },
  ]);
  await expect(card(lane(page, 'CTO'), 'IT governance and compliance')).toBeVisible();
  await expectSaved(page);

  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  await dialog.getByRole('list', { name: 'Versions' }).getByRole('button', { name: 'Restore “Original”' }).click();
  await dialog.getByRole('region', { name: 'Restore “Original”?' }).getByRole('button', { name: 'Restore “Original”' }).click();
  await expect(dialog.getByRole('status')).toContainText('Restored “Original”');
  await expect(dialog.getByText('Before restoring “Original”', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(card(lane(page, 'CIO'), 'IT governance and compliance')).toBeVisible();
  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click();
  await expect(card(lane(page, 'CTO'), 'IT governance and compliance')).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { lane, openBoard } from './support/board.js';
import { openLibrary } from './support/library.js';

test('a blank plan has no score until it has something to score, and its empty pool says so; focus lands on Add', async ({ page }) => {
  await openBoard(page);
  await expect(page.getByTestId('alignment-score')).toHaveText(/^\d+$/);
  const dialog = await openLibrary(page);
  await dialog.getByRole('button', { name: 'New scenario…' }).click();
  await dialog.getByRole('radio', { name: /^Blank scenario/ }).check();
  await dialog.getByLabel('Name (optional)').fill('Empty one');
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Empty one');
  // Focus is on the next thing to do, never on <body>.
  const toolbarAdd = page.getByRole('group', { name: 'Add' }).getByRole('button', { name: 'Add responsibility' });
  await expect(toolbarAdd).toBeFocused();

  await expect(page.getByTestId('alignment-score')).toContainText('None yet');
  await expect(page.getByTestId('alignment-score')).not.toContainText(/\d/);
  await expect(lane(page, 'Unassigned')).toContainText('Nothing waiting to be placed');
  await expect(lane(page, 'Unassigned')).not.toContainText('Everything is placed');

  await toolbarAdd.click();
  const add = page.getByRole('dialog', { name: 'Add a responsibility' });
  await add.getByLabel('Title').fill('Payroll system');
  await add.getByRole('button', { name: 'Add to CIO' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByTestId('alignment-score')).toHaveText(/^\d+$/);
});

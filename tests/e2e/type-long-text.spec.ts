import { expect, test } from '@playwright/test';
import { card, lane, openBoard } from './support/board.js';
import { menuAction } from './support/canvas.js';

// The scenario file and backup formats refuse a title over 500 characters and a note over
// 20,000; the editors stop there too, so whatever is on the board exports and re-imports.

test('the note editor stops at the file limit and shows a counter near it', async ({ page }) => {
  await openBoard(page);
  await menuAction(page, 'Data security', 'Add note…');
  const dialog = page.getByRole('dialog', { name: 'Note on “Data security”' });
  const field = dialog.getByLabel('Note');
  await field.fill('short note');
  await expect(dialog.getByText(/of 20,000 characters/)).toHaveCount(0);

  await field.fill('n'.repeat(18_000));
  await expect(dialog.getByText('18,000 of 20,000 characters')).toBeVisible();
  await expect(field).toHaveAccessibleDescription(/18,000 of 20,000 characters/);

  // Pasting more than fits keeps the first 20,000 characters.
  await field.fill('p'.repeat(20_050));
  await expect(field).toHaveJSProperty('value.length', 20_000);
  await expect(dialog.getByText('20,000 of 20,000 characters')).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(/limit reached/);
  await page.keyboard.type('more');
  await expect(field).toHaveJSProperty('value.length', 20_000);
  await page.screenshot({ path: '/tmp/quality-note-limit.png' });

  await dialog.getByRole('button', { name: 'Save note' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(lane(page, 'Shared'), 'Data security')).toContainText('pppp');
});

test('rename and add stop titles at 500 characters', async ({ page }) => {
  await openBoard(page);
  await menuAction(page, 'Research and development', 'Rename…');
  const rename = page.getByRole('dialog', { name: 'Rename responsibility' });
  const title = rename.getByLabel('Title');
  await title.fill('r'.repeat(450));
  await expect(rename.getByText('450 of 500 characters')).toBeVisible();
  await title.fill('r'.repeat(600));
  await expect(title).toHaveJSProperty('value.length', 500);
  await rename.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Add responsibility' }).click();
  const add = page.getByRole('dialog', { name: 'Add a responsibility' });
  await add.getByLabel('Title').fill('a'.repeat(700));
  await expect(add.getByLabel('Title')).toHaveJSProperty('value.length', 500);
  await expect(add.getByText('500 of 500 characters')).toBeVisible();
});

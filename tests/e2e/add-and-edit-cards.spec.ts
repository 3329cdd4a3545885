import { expect, test, type Page } from '@playwright/test';
import { card, dragByPointer, lane, openBoard } from './support/board.js';
import { announcer, menuAction, panel, score } from './support/canvas.js';

async function undo(page: Page) {
  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click();
}

test('typing a new title shows the suggested owner with reason and source; one click places it', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Add responsibility' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a responsibility' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await dialog.getByLabel('Title').fill('Payroll system');
  await expect(dialog.getByTestId('suggested-owner')).toHaveText('CIO');
  await expect(dialog.getByRole('region', { name: 'Suggested owner' })).toContainText('Enterprise systems');
  await expect(dialog.getByRole('list', { name: 'Sources' })).toContainText('CIO vs. CTO: What’s the Difference? — ');

  // The suggestion follows the text as it changes.
  await dialog.getByLabel('Title').fill('Customer mobile app');
  await expect(dialog.getByTestId('suggested-owner')).toHaveText('CTO');
  await dialog.getByRole('button', { name: 'Add to CTO' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(lane(page, 'CTO'), 'Customer mobile app')).toBeVisible();
  await expect(card(lane(page, 'CTO'), 'Customer mobile app')).toBeFocused();

  // A title the guidance does not know goes to Unassigned.
  await page.getByRole('button', { name: 'Add responsibility' }).click();
  await dialog.getByLabel('Title').fill('Summer picnic');
  await expect(dialog).toContainText('does not recognise this');
  await dialog.getByLabel('Title').press('Enter');
  await expect(card(lane(page, 'Unassigned'), 'Summer picnic')).toBeVisible();
});

test('an empty title is refused with a message and nothing is added', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Add responsibility' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a responsibility' });
  await dialog.getByRole('button', { name: 'Add to Unassigned' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the responsibility a title first.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-card-id]')).toHaveCount(8);
  await expect(page.getByRole('button', { name: 'Add responsibility' })).toBeFocused();
});

test('add from catalog with search places the entry where the guidance puts it', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Add from catalog' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add from catalog' });
  await dialog.getByLabel('Search the catalog').fill('help desk');
  await dialog.getByRole('button', { name: 'Add Employee help desk to CIO' }).click();
  await expect(dialog.getByRole('button', { name: 'Employee help desk is on the board' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(card(lane(page, 'CIO'), 'Employee help desk')).toBeVisible();
});

test('the catalog dialog stays anchored at the top while the list shrinks and grows with the filter', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Add from catalog' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add from catalog' });
  const search = dialog.getByLabel('Search the catalog');
  const top = async () => (await dialog.boundingBox())?.y ?? Number.NaN;
  const height = async () => (await dialog.boundingBox())?.height ?? Number.NaN;
  const before = { top: await top(), height: await height() };
  await search.fill('help desk');
  // The list is much shorter, the dialog too, but its top (title, search field) has not moved.
  await expect.poll(height).toBeLessThan(before.height - 100);
  expect(await top()).toBe(before.top);
  await search.fill('');
  await expect.poll(height).toBe(before.height);
  expect(await top()).toBe(before.top);
});

test('rename, annotate and delete; undo and redo every kind of change; reload keeps it all', async ({ page }) => {
  await openBoard(page);
  const before = await score(page);

  // 1. Move (mouse).
  await dragByPointer(page, card(lane(page, 'CTO'), 'Product architecture'), lane(page, 'CIO'));
  await expect(card(lane(page, 'CIO'), 'Product architecture')).toBeVisible();
  // 2. Rename.
  await menuAction(page, 'Research and development', 'Rename…');
  const rename = page.getByRole('dialog', { name: 'Rename responsibility' });
  await rename.getByLabel('Title').fill('R&D and prototyping');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(card(lane(page, 'CTO'), 'R&D and prototyping')).toBeVisible();
  await expect(card(lane(page, 'CTO'), 'R&D and prototyping')).toBeFocused();
  // 3. Note.
  await menuAction(page, 'R&D and prototyping', 'Add note…');
  const note = page.getByRole('dialog', { name: 'Note on “R&D and prototyping”' });
  await note.getByLabel('Note').fill('Decide by Q3');
  await note.getByRole('button', { name: 'Save note' }).click();
  await expect(card(lane(page, 'CTO'), 'R&D and prototyping')).toContainText('Decide by Q3');
  // 4. Delete.
  await menuAction(page, 'Technology roadmap', 'Delete');
  await expect(card(page, 'Technology roadmap')).toHaveCount(0);
  await expect(announcer(page)).toContainText('Deleted Technology roadmap');
  // 5. Context setting.
  await panel(page).getByLabel('Reporting line').selectOption('cto-to-cio');
  await expect(page.getByRole('figure')).toContainText('CEO');
  await expect(page.getByText('The CIO reports to the CEO; the CTO reports to the CIO.')).toBeAttached();
  // 6. Waiver on the misplaced card's finding.
  const finding = panel(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Show “Product architecture”' }) })
    .filter({ has: page.getByRole('button', { name: 'Accept with rationale…' }) })
    .first();
  await finding.getByRole('button', { name: 'Accept with rationale…' }).click();
  const accept = page.getByRole('dialog', { name: 'Accept with rationale' });
  await accept.getByLabel('Rationale').fill('Our CIO built the platform.');
  await accept.getByRole('button', { name: 'Accept finding' }).click();
  await expect(card(lane(page, 'CIO'), 'Product architecture')).toContainText('Accepted');

  // Undo all six, newest first, with both keyboard shortcuts and the button.
  await page.locator('body').click({ position: { x: 5, y: 790 } });
  await page.keyboard.press('Control+z');
  await expect(card(lane(page, 'CIO'), 'Product architecture')).not.toContainText('Accepted');
  await page.keyboard.press('Control+z');
  await expect(page.getByText('The CIO and the CTO both report to the CEO.')).toBeAttached();
  await undo(page);
  await expect(card(lane(page, 'Unassigned'), 'Technology roadmap')).toBeVisible();
  await undo(page);
  await expect(card(lane(page, 'CTO'), 'R&D and prototyping')).not.toContainText('Decide by Q3');
  await undo(page);
  await expect(card(lane(page, 'CTO'), 'Research and development')).toBeVisible();
  await undo(page);
  await expect(card(lane(page, 'CTO'), 'Product architecture')).toBeVisible();
  await expect(page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' })).toBeDisabled();
  expect(await score(page)).toBe(before);

  // Redo all six with Ctrl+Y and Ctrl+Shift+Z.
  await page.keyboard.press('Control+y');
  await expect(card(lane(page, 'CIO'), 'Product architecture')).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect(card(lane(page, 'CTO'), 'R&D and prototyping')).toBeVisible();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('Control+y');
  await expect(card(lane(page, 'CIO'), 'Product architecture')).toContainText('Accepted');
  await expect(page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Redo' })).toBeDisabled();

  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.reload();
  await expect(card(lane(page, 'CIO'), 'Product architecture')).toContainText('Accepted');
  await expect(card(lane(page, 'CTO'), 'R&D and prototyping')).toContainText('Decide by Q3');
  await expect(card(page, 'Technology roadmap')).toHaveCount(0);
  await expect(panel(page).getByLabel('Reporting line')).toHaveValue('cto-to-cio');
});

import { expect, test, type Page } from '@playwright/test';
import { card, lane, openBoard } from './support/board.js';
import { menuAction, menuButton, panel } from './support/canvas.js';
import { expectSaved, openLibrary } from './support/library.js';

/** Focus is on a real control, never on <body> (renderer/focus-and-feedback.md lists where). */
async function expectFocusNotOnBody(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? 'none')).not.toBe('BODY');
}

test('one-click fix: focus follows the fixed card to its new lane', async ({ page }) => {
  await openBoard(page);
  await menuAction(page, 'Run the employee service desk', 'Move to CTO');
  const finding = panel(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Show “Run the employee service desk”' }) })
    .first();
  await finding.getByRole('button', { name: 'Move to CIO' }).click();
  await expect(card(lane(page, 'CIO'), 'Run the employee service desk')).toBeFocused();
});

test('accept with rationale: focus goes to the panel heading; closing a dialog returns it to its opener', async ({
  page,
}) => {
  await openBoard(page);
  await menuAction(page, 'Product architecture', 'Move to CIO');
  const finding = panel(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Accept with rationale…' }) })
    .first();
  const accept = finding.getByRole('button', { name: 'Accept with rationale…' });
  await accept.click();
  const dialog = page.getByRole('dialog', { name: 'Accept with rationale' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(accept).toBeFocused();
  await accept.click();
  await dialog.getByLabel('Rationale').fill('Decided by the board.');
  await dialog.getByRole('button', { name: 'Accept finding' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel(page).getByRole('heading', { name: 'Guidance' })).toBeFocused();
});

test('move by menu: focus stays on the moved card at its new place', async ({ page }) => {
  await openBoard(page);
  await menuAction(page, 'Data security', 'Move to CTO');
  await expect(card(lane(page, 'CTO'), 'Data security')).toBeFocused();
});

test('add: focus lands on the new card; N opens Add again from the board', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('group', { name: 'Add' }).getByRole('button', { name: 'Add responsibility' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a responsibility' });
  await dialog.getByLabel('Title').fill('Payroll system');
  await dialog.getByRole('button', { name: 'Add to CIO' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(lane(page, 'CIO'), 'Payroll system')).toBeFocused();
  await page.keyboard.press('n');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Title')).toBeFocused();
  // Typing N in the field types it; it does not open anything else.
  await page.keyboard.type('n');
  await expect(dialog.getByLabel('Title')).toHaveValue('n');
});

test('delete: focus moves to the next card in the lane, then to Add when the board is empty', async ({
  page,
}) => {
  await openBoard(page);
  const shared = lane(page, 'CIO');
  const titles = await shared
    .locator('[data-card-handle]')
    .evaluateAll((nodes) => nodes.map((node) => node.querySelector('.card-title')?.textContent ?? ''));
  const [first, second] = titles;
  if (!first || !second) throw new Error('the starter plan has two CIO cards');
  await menuAction(page, first, 'Delete');
  await expect(card(shared, second)).toBeFocused();
  // Delete everything: focus never drops to <body>, and ends on Add responsibility.
  for (;;) {
    const left = await page.locator('[data-card-handle]').count();
    if (left === 0) break;
    const title = (await page.locator('[data-card-handle] .card-title').first().textContent()) ?? '';
    await menuAction(page, title, 'Delete');
    await expect(page.locator('[data-card-handle]')).toHaveCount(left - 1);
    await expectFocusNotOnBody(page);
  }
  await expect(
    page.getByRole('group', { name: 'Add' }).getByRole('button', { name: 'Add responsibility' }),
  ).toBeFocused();
});

test('import as a new scenario and restore a version: focus is never lost', async ({ page }) => {
  await openBoard(page);
  await expectSaved(page);
  let dialog = await openLibrary(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export open scenario' }).click(),
  ]);
  const text = await (await import('node:fs/promises')).readFile((await download.path()) ?? '', 'utf8');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Import scenario…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'plan.remit.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await dialog.getByRole('button', { name: 'Add as a new scenario' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('My first split (imported)');
  await expect(
    page.getByRole('group', { name: 'Add' }).getByRole('button', { name: 'Add responsibility' }),
  ).toBeFocused();

  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  dialog = page.getByRole('dialog', { name: /^Versions of/ });
  await dialog.getByLabel('Version name').fill('Original');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  const restore = dialog.getByRole('button', { name: 'Restore “Original”' });
  await restore.click();
  // The preview first (restore-a-version.spec.ts), then its own Restore.
  await dialog
    .getByRole('region', { name: 'Restore “Original”?' })
    .getByRole('button', { name: 'Restore “Original”' })
    .click();
  await expect(dialog.getByRole('status')).toContainText('Restored “Original”');
  await expect(restore).toBeFocused();
  await expectFocusNotOnBody(page);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Versions', exact: true })).toBeFocused();
});

test('the card menu returns focus to its button when closed with Escape', async ({ page }) => {
  await openBoard(page);
  await menuButton(page, 'Data security').click();
  await page.keyboard.press('Escape');
  await expect(menuButton(page, 'Data security')).toBeFocused();
});

test('library: duplicate, rename, trash, restore and delete for good leave focus on a visible control; rows are even', async ({
  page,
}) => {
  await openBoard(page);
  await expectSaved(page);
  const dialog = await openLibrary(page);
  const list = dialog.getByRole('list', { name: 'Scenario list' });

  // Duplicate: focus goes to the copy's Open button (the Duplicate button was disabled while it ran).
  await dialog.getByRole('button', { name: 'Duplicate “My first split”' }).click();
  await expect(dialog.getByRole('button', { name: 'Open “My first split (2)”' })).toBeFocused();

  // Rename the copy to a very long name: back on its row, the name cut short, whole on hover.
  const long =
    'A very long scenario name that goes on and on about the operating model after the merger of two groups';
  await dialog.getByRole('button', { name: 'Rename “My first split (2)”' }).click();
  await dialog.getByLabel('New name for “My first split (2)”').fill(long);
  await dialog.getByLabel('New name for “My first split (2)”').press('Enter');
  await expect(dialog.getByRole('button', { name: `Open “${long}”` })).toBeFocused();
  const name = list.getByText(long, { exact: true });
  await expect(name).toHaveAttribute('title', long);
  expect(await name.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
  // Even rows: the same height, the actions in one column.
  const rows = await list.getByRole('listitem').evaluateAll((items) =>
    items.map((item) => {
      const box = item.getBoundingClientRect();
      const actions = item.querySelector('.library-row-actions')?.getBoundingClientRect();
      return { height: Math.round(box.height), actionsLeft: Math.round(actions?.left ?? 0) };
    }),
  );
  expect(rows).toHaveLength(2);
  expect(new Set(rows.map((row) => row.height)).size).toBe(1);
  expect(new Set(rows.map((row) => row.actionsLeft)).size).toBe(1);

  // Move to trash: focus goes to the neighbouring row, never to <body>.
  await dialog.getByRole('button', { name: `Move to trash “${long}”` }).click();
  await expect(dialog.getByRole('button', { name: 'Rename “My first split”' })).toBeFocused();

  // Restore from the trash: focus on the restored row.
  await dialog.getByText(/^Trash \(1\)/).click();
  await dialog.getByRole('button', { name: `Restore “${long}”` }).click();
  await expect(dialog.getByRole('button', { name: `Open “${long}”` })).toBeFocused();

  // Delete for good: focus on the trash's summary.
  await dialog.getByRole('button', { name: `Move to trash “${long}”` }).click();
  await dialog.getByRole('button', { name: `Delete forever “${long}”` }).click();
  await dialog.getByRole('button', { name: `Confirm delete forever “${long}”` }).click();
  await expect(dialog.getByText(/^Trash \(0\)/)).toBeFocused();
  await expectFocusNotOnBody(page);
});

import { expect, test } from '@playwright/test';
import { card, lane, openBoard } from './support/board.js';
import { menuAction, panel, score } from './support/canvas.js';

test('a misplaced card gets a badge whose reason is its description; a waiver stops it lowering the score', async ({ page }) => {
  await openBoard(page);
  const aligned = await score(page);
  await menuAction(page, 'Product architecture', 'Move to CIO');
  const moved = card(lane(page, 'CIO'), 'Product architecture');
  await expect(moved).toContainText(/Warning|Error/);
  // The reason is the card's accessible description, so keyboard and screen-reader users get it.
  await expect(moved).toHaveAccessibleDescription(/CTO/);
  // Reach the card by keyboard (Shift+Tab from its menu button): the status line under the
  // board shows the reason (not a tooltip over the neighbouring cards).
  await page.getByRole('button', { name: 'Move or edit Product architecture' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(moved).toBeFocused();
  const reason = (await moved.evaluate((node) => document.getElementById(node.getAttribute('aria-describedby')?.split(' ')[1] ?? '')?.textContent)) ?? '';
  expect(reason).toContain('CTO');
  await expect(page.getByRole('main', { name: 'Planning canvas' }).getByText(reason, { exact: true }).filter({ visible: true })).toHaveCount(1);
  const lowered = await score(page);
  expect(lowered).toBeLessThan(aligned);

  const finding = panel(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Show “Product architecture”' }) })
    .filter({ has: page.getByRole('button', { name: 'Accept with rationale…' }) })
    .first();
  await finding.getByRole('button', { name: 'Show “Product architecture”' }).click();
  await expect(moved).toBeFocused();

  await finding.getByRole('button', { name: 'Accept with rationale…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept with rationale' });
  await dialog.getByRole('button', { name: 'Accept finding' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Rationale cannot be empty.');
  await dialog.getByLabel('Rationale').fill('Our CIO runs the product platform for now.');
  await dialog.getByRole('button', { name: 'Accept finding' }).click();
  await expect(dialog).toBeHidden();

  await expect(moved).toContainText('Accepted');
  await expect(moved).toHaveAccessibleDescription(/Our CIO runs the product platform/);
  await expect.poll(() => score(page)).toBeGreaterThan(lowered);
  const accepted = panel(page).locator('details').filter({ hasText: 'Accepted' });
  await accepted.getByText('Accepted', { exact: true }).first().click();
  await expect(accepted).toContainText('Our CIO runs the product platform for now.');
});

test('a one-click fix dispatches the finding’s command; the filter shows only cards with findings', async ({ page }) => {
  await openBoard(page);
  await menuAction(page, 'Run the employee service desk', 'Move to CTO');
  const fixable = panel(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Show “Run the employee service desk”' }) })
    .first();
  const fix = fixable.locator('.finding-actions button.primary');
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(card(lane(page, 'CIO'), 'Run the employee service desk')).toBeVisible();
  // The fix is one undo step.
  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click();
  await expect(card(lane(page, 'CTO'), 'Run the employee service desk')).toBeVisible();

  const all = await page.locator('[data-card-id]').count();
  await panel(page).getByLabel('Show only cards with findings').check();
  const shown = await page.locator('[data-card-id]').count();
  expect(shown).toBeLessThan(all);
  await expect(card(lane(page, 'CTO'), 'Run the employee service desk')).toBeVisible();
  await expect(card(lane(page, 'CIO'), 'IT governance and compliance')).toHaveCount(0);
  await panel(page).getByLabel('Show only cards with findings').uncheck();
  await expect(page.locator('[data-card-id]')).toHaveCount(all);
});

test('search filters cards and says how many match per lane', async ({ page }) => {
  await openBoard(page);
  await page.getByLabel('Search cards').fill('systems');
  await expect(page.locator('[data-card-id]')).toHaveCount(1);
  await expect(lane(page, 'CIO')).toContainText('1 of 3');
  await expect(lane(page, 'CTO')).toContainText('No card here matches the filter.');
  await page.getByLabel('Search cards').press('Escape');
  await expect(page.locator('[data-card-id]')).toHaveCount(8);
});

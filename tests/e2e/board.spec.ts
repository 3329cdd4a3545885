import { expect, test } from '@playwright/test';
import { card, dragByPointer, lane, liveRegion, moveByKeyboard, openBoard } from './support/board.js';

test('moves a card CIO → CTO by mouse and another by keyboard; both survive a reload', async ({ page }) => {
  await openBoard(page);
  const mouseCard = card(lane(page, 'CIO'), 'Run the employee service desk');
  const keyboardCard = card(lane(page, 'CIO'), 'IT governance and compliance');
  await expect(mouseCard).toBeVisible();
  await expect(keyboardCard).toBeVisible();

  await dragByPointer(page, mouseCard, lane(page, 'CTO'));
  await expect(card(lane(page, 'CTO'), 'Run the employee service desk')).toBeVisible();
  await expect(card(lane(page, 'CIO'), 'Run the employee service desk')).toHaveCount(0);

  // CIO → Shared → CTO: two lanes to the right.
  await moveByKeyboard(page, keyboardCard, [
    { key: 'ArrowRight', announces: 'over Shared lane' },
    { key: 'ArrowRight', announces: 'over CTO column' },
  ]);
  await expect(liveRegion(page)).toContainText('dropped in CTO column');
  await expect(card(lane(page, 'CTO'), 'IT governance and compliance')).toBeVisible();

  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.reload();
  await expect(card(lane(page, 'CTO'), 'Run the employee service desk')).toBeVisible();
  await expect(card(lane(page, 'CTO'), 'IT governance and compliance')).toBeVisible();
  await expect(card(lane(page, 'CIO'), 'Run the employee service desk')).toHaveCount(0);
});

test('Escape cancels a keyboard move and restores the card', async ({ page }) => {
  await openBoard(page);
  const item = card(lane(page, 'CIO'), 'Enterprise systems (ERP, CRM, HR)');
  await moveByKeyboard(page, item, [{ key: 'ArrowRight', announces: 'over Shared lane' }], 'Escape');
  await expect(liveRegion(page)).toContainText('Move cancelled');
  await expect(card(lane(page, 'CIO'), 'Enterprise systems (ERP, CRM, HR)')).toBeVisible();
  await expect(card(lane(page, 'Shared'), 'Enterprise systems (ERP, CRM, HR)')).toHaveCount(0);
});

test('undo and redo a move', async ({ page }) => {
  await openBoard(page);
  await dragByPointer(page, card(lane(page, 'CTO'), 'Product architecture'), lane(page, 'Unassigned'));
  await expect(card(lane(page, 'Unassigned'), 'Product architecture')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(lane(page, 'CTO'), 'Product architecture')).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect(card(lane(page, 'Unassigned'), 'Product architecture')).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { lane, openBoard } from './support/board.js';

test('the first-run guide shows the three ways to move a card, and once dismissed stays dismissed', async ({ page }) => {
  await openBoard(page);
  const guide = page.getByRole('region', { name: 'Welcome to Remit' });
  await expect(guide).toBeVisible();
  await expect(guide.getByRole('listitem')).toHaveText([/^Drag/, /^Keyboard/, /^Menu/]);
  await guide.getByRole('button', { name: 'Got it' }).click();
  await expect(guide).toBeHidden();
  await expect(page.getByRole('group', { name: 'Add' }).getByRole('button', { name: 'Add responsibility' })).toBeFocused();
  await page.reload();
  await expect(lane(page, 'CIO')).toBeVisible();
  await expect(guide).toBeHidden();
});

test('Help → How Remit works lists every shortcut; ? opens it too', async ({ page }) => {
  await openBoard(page);
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'How Remit works' }).click();
  const dialog = page.getByRole('dialog', { name: 'How Remit works' });
  await expect(dialog).toBeVisible();
  const keys = dialog.getByRole('table').getByRole('row');
  for (const shortcut of ['N', 'Ctrl+K', 'Ctrl+Z', 'Ctrl+Shift+Z', 'Space or Enter on a card', 'Shift+F10', '?']) {
    await expect(keys.filter({ hasText: shortcut }).first()).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Help' })).toBeFocused();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
});

test('the command palette (Ctrl+K) runs actions by name, including moving the focused card', async ({ page }) => {
  await openBoard(page);
  const cio = lane(page, 'CIO');
  const target = cio.getByRole('button', { name: /^IT governance and compliance/ });
  await target.focus();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('move to cto');
  await expect(palette.getByRole('option').first()).toContainText('Move to CTO');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  const moved = lane(page, 'CTO').getByRole('button', { name: /^IT governance and compliance/ });
  await expect(moved).toBeFocused();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('theme dark');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('how remit');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'How Remit works' })).toBeVisible();
});

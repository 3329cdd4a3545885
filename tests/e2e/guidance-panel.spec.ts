import { expect, test } from '@playwright/test';
import { openBoard } from './support/board.js';
import { panel } from './support/canvas.js';

test('each finding is one line until opened; its citations open Sources at that section', async ({ page }) => {
  await openBoard(page);
  const groups = panel(page).locator('details.finding-group');
  // Grouped by severity with counts.
  await expect(groups.first().locator(':scope > summary')).toHaveText(/^(Errors|Warnings)\s*\d+$/);
  const finding = panel(page).getByRole('list').first().getByRole('listitem').first();
  const message = finding.locator('.finding-message');
  const oneLine = await message.evaluate((node) => node.getBoundingClientRect().height <= parseFloat(getComputedStyle(node).lineHeight) * 1.2);
  expect(oneLine).toBe(true);
  await message.click();
  await expect.poll(() => message.evaluate((node) => node.getBoundingClientRect().height > parseFloat(getComputedStyle(node).lineHeight) * 1.2)).toBe(true);

  const citation = finding.getByRole('list', { name: 'Sources' }).getByRole('button').first();
  const label = (await citation.textContent()) ?? '';
  const section = label.split(' — ')[1] ?? '';
  expect(section.length).toBeGreaterThan(0);
  await citation.click();
  const sources = page.getByRole('dialog', { name: 'Sources' });
  await expect(sources).toBeVisible();
  const focused = sources.locator(':focus');
  await expect(focused).toContainText(section);
  await expect(focused).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(citation).toBeFocused();
});

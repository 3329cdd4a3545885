import { expect, test } from '@playwright/test';
import { openBoard } from './support/board.js';
import { panel } from './support/canvas.js';
import { openSeeded } from './support/library.js';
import { fixtureScenario } from './support/pdf.js';
import { checkScenario } from '../../shared/guidance/index.js';

/** guidance-panel.tsx's GROUP_FIRST_SHOWN (the spec cannot import a module that imports CSS). */
const GROUP_FIRST_SHOWN = 20;

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

test('a long group lists its first 20 findings, then all of them on "Show all", focus on the first one revealed', async ({ page }) => {
  const big = fixtureScenario('panel-big', 'Big plan', 150);
  const errors = checkScenario(big).counts.error;
  // The fixture must have more errors than the group shows at first, or this tests nothing.
  expect(errors).toBeGreaterThan(GROUP_FIRST_SHOWN);
  await page.addInitScript(() => window.localStorage.setItem('remit.guide.dismissed', '1'));
  await openSeeded(page, big);
  const group = panel(page).locator('details.finding-group.group-error');
  // The count is the whole group's.
  await expect(group.locator(':scope > summary')).toHaveText(new RegExp(`^Errors\\s*${errors}$`));
  const items = group.locator('.finding-list > li');
  await expect(items).toHaveCount(GROUP_FIRST_SHOWN);
  const showAll = group.getByRole('button', { name: `Show all ${errors} errors` });
  await showAll.click();
  await expect(items).toHaveCount(errors);
  await expect(showAll).toHaveCount(0);
  await expect(items.nth(GROUP_FIRST_SHOWN).locator('summary')).toBeFocused();
});

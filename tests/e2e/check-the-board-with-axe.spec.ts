import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openBoard } from './support/board.js';
import { menuAction, openMenu, panel } from './support/canvas.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, what: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`board, panel, menu and every dialog pass axe in ${colorScheme}`, async ({ page }) => {
    // Seven full axe runs on a shared machine take longer than the default 30 s.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await openBoard(page);
    // Findings of every severity and an accepted one, so badges and groups all render.
    await menuAction(page, 'Product architecture', 'Move to CIO');
    await menuAction(page, 'Technology roadmap', 'Move to Shared, CTO leads');
    await expect(panel(page)).toBeVisible();
    // Open every disclosure (groups, extra sources) so axe sees all the content.
    await panel(page).locator('details').evaluateAll((nodes) => nodes.forEach((node) => node.setAttribute('open', '')));
    await expectNoViolations(page, 'the board and the panel');

    await openMenu(page, 'Data security');
    await expectNoViolations(page, 'an open card menu');
    await page.keyboard.press('Escape');

    await menuAction(page, 'Data security', 'Rename…');
    await expect(page.getByRole('dialog', { name: 'Rename responsibility' })).toBeVisible();
    await expectNoViolations(page, 'the rename dialog');
    await page.keyboard.press('Escape');

    await menuAction(page, 'Data security', 'Add note…');
    await expect(page.getByRole('dialog', { name: /Note on/ })).toBeVisible();
    await expectNoViolations(page, 'the note dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Add responsibility' }).click();
    const add = page.getByRole('dialog', { name: 'Add a responsibility' });
    await add.getByLabel('Title').fill('Customer mobile app');
    await expect(add.getByTestId('suggested-owner')).toHaveText('CTO');
    await expectNoViolations(page, 'the add dialog with a suggestion');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Add from catalog' }).click();
    await expect(page.getByRole('dialog', { name: 'Add from catalog' })).toBeVisible();
    await expectNoViolations(page, 'the catalog dialog');
    await page.keyboard.press('Escape');

    await panel(page).getByRole('button', { name: 'Accept with rationale…' }).first().click();
    const accept = page.getByRole('dialog', { name: 'Accept with rationale' });
    await accept.getByRole('button', { name: 'Accept finding' }).click();
    await expect(accept.getByRole('alert')).not.toBeEmpty();
    await expectNoViolations(page, 'the waiver dialog with an error');
    await page.keyboard.press('Escape');
    await expect(accept).toBeHidden();
  });
}

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openBoard } from './support/board.js';
import { openLibrary, scenarioItem } from './support/library.js';

// axe (WCAG 2.0/2.1/2.2 A and AA) over the library dialogs (Scenarios in its states, Versions)
// and the compare dialog (picker and result), in light and in dark. Screenshots of each state
// are kept in the test's output folder for a person to look at.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

async function expectAxeClean(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).include('dialog').analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
  expect(summary, label).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`library and compare dialogs pass axe in ${colorScheme}`, async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await openBoard(page);
    const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}-${colorScheme}.png`) });

    // Scenarios: the list with a second scenario, an open rename form, the new-scenario form, the trash.
    const library = await openLibrary(page);
    await scenarioItem(library, 'My first split').getByRole('button', { name: /^Duplicate/ }).click();
    await expect(scenarioItem(library, 'My first split (2)')).toBeVisible();
    await scenarioItem(library, 'My first split (2)').getByRole('button', { name: /^Rename/ }).click();
    await expect(library.getByLabel(/^New name for/)).toBeFocused();
    await expectAxeClean(page, 'Scenarios: list with rename form');
    await shot('scenarios');
    await page.keyboard.press('Escape');
    await scenarioItem(library, 'My first split (2)').getByRole('button', { name: /^Move to trash/ }).click();
    await library.getByText(/^Trash \(1\)/).click();
    await expect(library.getByRole('list', { name: 'Trash' })).toBeVisible();
    await expectAxeClean(page, 'Scenarios: trash open');
    await shot('scenarios-trash');
    await library.getByRole('button', { name: 'New scenario…' }).click();
    await expect(library.getByRole('form', { name: 'New scenario' })).toBeVisible();
    await expectAxeClean(page, 'Scenarios: new scenario form');
    await shot('scenarios-new');
    await library.getByRole('button', { name: 'Close' }).first().click();
    await expect(library).toBeHidden();

    // Versions: empty, then with a saved version.
    await page.getByRole('button', { name: 'Versions', exact: true }).click();
    const versions = page.getByRole('dialog', { name: /^Versions of/ });
    await expect(versions).toBeVisible();
    await expectAxeClean(page, 'Versions: empty');
    await versions.getByLabel('Version name').fill('Original');
    await versions.getByRole('button', { name: 'Save version' }).click();
    await expect(versions.getByRole('list', { name: 'Versions' }).getByText('Original', { exact: true })).toBeVisible();
    await expectAxeClean(page, 'Versions: one version');
    await shot('versions');
    await versions.getByRole('button', { name: 'Close' }).first().click();

    // Compare: the picker with a choice made, then the result.
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const compare = page.getByRole('dialog', { name: 'Compare scenarios' });
    await compare.getByRole('checkbox', { name: /^My first split/ }).check();
    await expectAxeClean(page, 'Compare: picker');
    await shot('compare-picker');
    await compare.getByRole('checkbox', { name: /^Version “Original”/ }).check();
    await compare.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(compare.getByRole('heading', { name: 'Summary' })).toBeVisible();
    await expectAxeClean(page, 'Compare: result');
    await shot('compare-result');

    // And the library again after all that, where the trash holds a scenario.
    await compare.getByRole('button', { name: 'Close' }).first().click();
    await openLibrary(page);
    await expectAxeClean(page, 'Scenarios: list again');
  });
}

import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, lane, liveRegion, moveByKeyboard, openBoard } from './support/board.js';
import { menuAction } from './support/canvas.js';
import { expectSaved, openLibrary } from './support/library.js';

const VERSION = 'My first split — version “Original”';

async function saveVersion(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Versions of/ });
  await dialog.getByLabel('Version name').fill(name);
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog.getByRole('list', { name: 'Versions' }).getByText(name, { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** Saves a version of the starter, then changes the starter: three moves by keyboard and menu. */
async function changeAfterVersion(page: Page): Promise<void> {
  await openBoard(page);
  await saveVersion(page, 'Original');
  await moveByKeyboard(page, card(lane(page, 'CIO'), 'Run the employee service desk'), [
    { key: 'ArrowRight', announces: 'over Shared lane' },
    { key: 'ArrowRight', announces: 'over CTO column' },
  ]);
  await expect(liveRegion(page)).toContainText('dropped in CTO column');
  await menuAction(page, 'Product architecture', 'Move to CIO');
  await menuAction(page, 'Technology roadmap', 'Move to Shared, CTO leads');
  await expect(card(lane(page, 'Shared'), 'Technology roadmap')).toBeVisible();
  await expectSaved(page);
}

async function openCompare(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare scenarios' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Scenarios and versions' })).toBeVisible();
  return dialog;
}

async function compareVersionWithCurrent(page: Page): Promise<Locator> {
  const dialog = await openCompare(page);
  // The version first: it becomes the baseline.
  await dialog.getByRole('checkbox', { name: /^Version “Original”/ }).check();
  await dialog.getByRole('checkbox', { name: /^My first split/ }).check();
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Summary' })).toBeVisible();
  return dialog;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .include('dialog')
    .analyze();
  expect(results.violations).toEqual([]);
}

/** Minimal RFC 4180 reader for the test: quoted fields with doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text.charAt(at);
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[at + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      at += 1;
    } else field += char;
  }
  return records;
}

test('compare a scenario with one of its versions: diff, summary, guidance and CSV download', async ({
  page,
}) => {
  await changeAfterVersion(page);
  const dialog = await compareVersionWithCurrent(page);

  const summary = dialog.getByRole('list', { name: `Summary: My first split compared with ${VERSION}` });
  await expect(summary.getByRole('listitem')).toContainText([
    '1 responsibility moves to the CIO: “Product architecture”.',
    '1 responsibility moves to the CTO: “Run the employee service desk”.',
    '1 responsibility becomes shared: “Technology roadmap”.',
  ]);
  await expect(summary.getByRole('listitem').last()).toHaveText(
    /^Guidance score (unchanged at \d+|\d+ → \d+ \([+−]\d+\))\.$/,
  );

  const matrix = dialog.getByRole('table', { name: 'Guidance by scenario' });
  await expect(matrix.getByRole('row')).toHaveCount(3);
  await expect(matrix.getByRole('columnheader')).toHaveText([
    'Scenario',
    'Score',
    'Error',
    'Warning',
    'Contested',
    'Advice',
    'Accepted',
    'Aligned',
    'Gaps',
  ]);
  await expect(matrix.getByRole('rowheader')).toHaveText([`${VERSION}Baseline`, 'My first split']);

  // Side by side, lanes aligned: the moved card sits in the CTO lane of the current scenario, marked.
  const currentCto = dialog.getByRole('list', { name: 'CTO in My first split', exact: true });
  await expect(
    currentCto.getByRole('listitem').filter({ hasText: 'Run the employee service desk' }),
  ).toContainText('Moved CIO → CTO');
  const baselineCio = dialog.getByRole('list', { name: `CIO in ${VERSION}` });
  await expect(
    baselineCio.getByRole('listitem').filter({ hasText: 'Run the employee service desk' }),
  ).toBeVisible();
  await expect(
    dialog
      .getByRole('list', { name: 'Shared in My first split', exact: true })
      .getByRole('listitem')
      .filter({ hasText: 'Technology roadmap' }),
  ).toContainText('Moved Unassigned → Shared (CTO leads)');

  // Changed rows in a table; the unchanged ones collapsed until asked for.
  const changed = dialog.getByRole('table', { name: 'Changed responsibilities (3)' });
  await expect(changed.getByRole('rowheader')).toHaveText([
    'Run the employee service desk',
    'Product architecture',
    'Technology roadmap',
  ]);
  const unchangedToggle = dialog.getByText('Unchanged responsibilities (5)');
  const unchanged = dialog.getByRole('table', { name: 'Unchanged responsibilities' });
  await expect(unchanged).toBeHidden();
  await unchangedToggle.click();
  await expect(unchanged.getByRole('rowheader')).toHaveCount(5);

  // Hide unchanged cards in the side-by-side view.
  const currentCio = dialog.getByRole('list', { name: 'CIO in My first split', exact: true });
  await expect(currentCio.getByRole('listitem')).toHaveCount(3);
  await dialog.getByLabel('Hide unchanged cards').check();
  await expect(currentCio.getByRole('listitem')).toHaveText([/^Product architecture/]);

  await expect(dialog.getByRole('heading', { name: 'Findings that change' })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Comparison ${VERSION} vs My first split.csv`);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const records = parseCsv(text.slice(1));
  // One tidy table: a record per responsibility per scenario.
  expect(records[0]).toEqual(['Scenario', 'Responsibility', 'Owner', 'Lead', 'Status', 'Change', 'Note']);
  expect(records).toContainEqual([
    VERSION,
    'Run the employee service desk',
    'CIO',
    '',
    'Aligned',
    'Baseline',
    '',
  ]);
  expect(
    records.find((record) => record[0] === 'My first split' && record[1] === 'Run the employee service desk'),
  ).toEqual([
    'My first split',
    'Run the employee service desk',
    'CTO',
    '',
    expect.stringMatching(/^(Error|Warning)$/),
    'Moved CIO → CTO',
    '',
  ]);
  expect(
    records
      .find((record) => record[0] === 'My first split' && record[1] === 'Technology roadmap')
      ?.slice(2, 4),
  ).toEqual(['Shared', 'CTO']);
  expect(records.find((record) => record[0] === 'My first split' && record[1] === 'Data security')?.[5]).toBe(
    'Unchanged',
  );
  expect(new Set(records.map((record) => record.length))).toEqual(new Set([7]));
  await expect(
    dialog.getByRole('status').filter({ hasText: 'Exported the comparison as CSV.' }),
  ).toBeVisible();

  // The baseline can be swapped: then the moves read the other way round.
  await dialog.getByLabel('Baseline').selectOption({ label: 'My first split' });
  await expect(
    dialog.getByRole('list', { name: `Summary: ${VERSION} compared with My first split` }),
  ).toContainText('1 responsibility moves to the CIO: “Run the employee service desk”.');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Compare', exact: true })).toBeFocused();
});

test('compare independently built scenarios: items paired by title, picking needs two', async ({ page }) => {
  await openBoard(page);
  const library = await openLibrary(page);
  await library.getByRole('button', { name: 'New scenario…' }).click();
  await library.getByRole('radio', { name: /^Scale-up/ }).check();
  await library.getByLabel('Name (optional)').fill('Scale-up plan');
  await library.getByRole('button', { name: 'Create scenario' }).click();
  await expect(library).toBeHidden();
  await expectSaved(page);

  const dialog = await openCompare(page);
  await dialog.getByRole('checkbox', { name: /^My first split/ }).check();
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Pick at least two: two scenarios, or a scenario and one of its versions.',
  );
  await dialog.getByRole('checkbox', { name: /^Scale-up plan/ }).check();
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();

  // Built apart, so no id is shared: cards pair by their words, and the view says so.
  const changed = dialog.getByRole('table', { name: /^Changed responsibilities/ });
  const architecture = changed
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Product architecture' }) });
  await expect(architecture).toContainText('Paired by same title');
  await expect(architecture).toContainText('Became shared: CTO → Shared');
  const summary = dialog.getByRole('list', { name: 'Summary: Scale-up plan compared with My first split' });
  await expect(summary).toContainText('1 responsibility becomes shared: “Product architecture”.');
  // The Scale-up template holds R&D too (so its CTO has that core area), paired by its words.
  await expect(summary).toContainText(
    '2 responsibilities are renamed: “Run the employee service desk” → “Employee help desk” and “Research and development” → “Research and development (R&D)”.',
  );
  await expect(summary).toContainText(/responsibilities are added/);
  await expect(summary).toContainText(/removed/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`compare dialog has no axe violations (${colorScheme})`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await changeAfterVersion(page);
    const dialog = await openCompare(page);
    await expectNoAxeViolations(page);
    await dialog.getByRole('checkbox', { name: /^Version “Original”/ }).check();
    await dialog.getByRole('checkbox', { name: /^My first split/ }).check();
    await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(dialog.getByRole('heading', { name: 'Side by side' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`compare-${colorScheme}-top.png`) });
    await dialog
      .getByRole('list', { name: 'Unassigned in My first split', exact: true })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`compare-${colorScheme}-board.png`) });
    await dialog.getByText(/^Unchanged responsibilities \(\d+\)$/).click();
    await expect(dialog.getByRole('table', { name: 'Unchanged responsibilities' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`compare-${colorScheme}.png`), fullPage: false });
    await expectNoAxeViolations(page);
  });
}

test('on a narrow window compare never scrolls sideways: the matrix turns, lanes stack, one block per responsibility', async ({
  page,
}) => {
  await changeAfterVersion(page);
  await page.setViewportSize({ width: 760, height: 520 });
  // The header has folded Compare into its "…" menu at this size.
  await page.getByRole('banner').getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Compare…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare scenarios' });
  await dialog.getByRole('checkbox', { name: /^Version “Original”/ }).check();
  await dialog.getByRole('checkbox', { name: /^My first split/ }).check();
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Summary' })).toBeVisible();

  // The matrix turned a quarter: a column per scenario, a row per figure; still a real table.
  const matrix = dialog.getByRole('table', { name: 'Guidance by scenario' });
  await expect(matrix.getByRole('columnheader')).toHaveText([
    'Figure',
    `${VERSION}Baseline`,
    'My first split',
  ]);
  await expect(matrix.getByRole('rowheader')).toHaveText([
    'Score',
    'Error',
    'Warning',
    'Contested',
    'Advice',
    'Accepted',
    'Aligned',
    'Gaps',
  ]);

  // Side by side, stacked by lane: each lane a region with each scenario's cards under its name.
  const cto = dialog.getByRole('region', { name: 'CTO', exact: true });
  await expect(cto.getByRole('heading', { name: 'My first split', exact: true, level: 5 })).toBeVisible();
  await expect(
    cto
      .getByRole('list', { name: 'CTO in My first split', exact: true })
      .getByRole('listitem')
      .filter({ hasText: 'Run the employee service desk' }),
  ).toContainText('Moved CIO → CTO');

  // The changed responsibilities, one block each with a heading; each scenario's placement in it.
  const changed = dialog.getByRole('group', { name: 'Changed responsibilities (3)' });
  await expect(changed.getByRole('heading', { level: 4 })).toHaveText([
    'Run the employee service desk',
    'Product architecture',
    'Technology roadmap',
  ]);
  const moved = changed.getByRole('region', { name: 'Run the employee service desk' });
  await expect(moved.getByRole('term')).toHaveText([VERSION, 'My first split']);
  await expect(moved.getByRole('definition').last()).toContainText('Moved CIO → CTO');

  const wide = await dialog.evaluate(
    (node) =>
      [node, ...node.querySelectorAll('*')].filter(
        (each) =>
          each.scrollWidth > each.clientWidth + 1 &&
          ['auto', 'scroll'].includes(getComputedStyle(each).overflowX),
      ).length,
  );
  expect(wide).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(760);
  await expectNoAxeViolations(page);

  // Wider again, the side-by-side table comes back.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(dialog.getByRole('table', { name: 'Changed responsibilities (3)' })).toBeVisible();
  await expect(
    dialog.getByRole('table', { name: 'Guidance by scenario' }).getByRole('columnheader').first(),
  ).toHaveText('Scenario');
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import { compareScenarios } from '../../shared/compare/index.js';
import { printRouteHash, type ComparedRef, type PdfOptions } from '../../shared/ipc/print-route.js';
import { exportPdfRequestSchema } from '../../shared/ipc/schemas.js';
import { responsibilityId, scenarioId, type Scenario } from '../../shared/model/index.js';
import type { SnapshotRow } from '../../renderer/persistence/database.js';
import { toRow } from '../../renderer/persistence/repository.js';
import { distinctNames, versionTitle } from '../../renderer/state/compared.js';
import { openBoard } from './support/board.js';
import { emitFromMain, installFakeHost, invokes } from './support/fake-host.js';
import { putRows } from './support/library.js';
import { fixtureScenario, pdfInfo, pageTexts, printToFile, renderPages, seedScenarios, squash } from './support/pdf.js';

// "Export PDF" of a comparison: the print route `#/print?compare=…` renders the compared
// scenarios and versions from the app's real IndexedDB; page.pdf() prints it the way main's
// hidden window does, and poppler reads it back. The compare view's button is checked on both
// paths: Electron (fake preload bridge: the payload main would get passes its strict schema
// and its route prints) and the browser (the comparison is mounted and the print dialog opens).

const OPTIONS: PdfOptions = { paper: 'a4', orientation: 'landscape', appendix: false };

const BASE = fixtureScenario('cmp-base', 'Plan today', 16);

/** The baseline with a different split: three moves, one removed, one added, a new lead. */
function alternative(): Scenario {
  const moved = new Map([
    ['Employee service desk', 'CTO'],
    ['Product architecture', 'CIO'],
    ['Business intelligence dashboards', 'Unassigned'],
  ] as const);
  const responsibilities = BASE.responsibilities
    .filter((item) => item.title !== 'Software licence management')
    .map((item) => {
      const owner = moved.get(item.title as never);
      if (owner) return { id: item.id, title: item.title, owner };
      if (item.owner === 'Shared') return { ...item, lead: item.lead === 'CIO' ? ('CTO' as const) : ('CIO' as const) };
      return item;
    });
  return {
    ...BASE,
    id: scenarioId('cmp-product'),
    name: 'Product-led split',
    responsibilities: [
      ...responsibilities,
      { id: responsibilityId('cmp-new'), title: 'Developer platform and internal tooling', owner: 'CTO' },
    ],
  };
}

const OTHER = alternative();

/** A saved version of the baseline from before two cards were moved. */
const VERSION = {
  id: 'cmp-version-1',
  name: 'Before the offsite',
  scenario: {
    ...BASE,
    responsibilities: BASE.responsibilities.map((item) =>
      item.title === 'Corporate network and Wi-Fi' || item.title === 'Data warehouse operations'
        ? { id: item.id, title: item.title, owner: 'Unassigned' as const }
        : item,
    ),
  },
};

/** Saves VERSION as a manual version of the baseline (after seedScenarios made the database). */
async function seedVersion(page: Page): Promise<void> {
  const row: SnapshotRow = {
    id: VERSION.id,
    scenarioId: BASE.id,
    name: VERSION.name,
    kind: 'manual',
    createdAt: '2026-03-01T12:00:00.000Z',
    scenario: toRow(VERSION.scenario),
  };
  await putRows(page, 'snapshots', [row]);
}

/** Prints the comparison route to `file` and returns its pages' text. */
async function printComparison(page: Page, compare: readonly ComparedRef[], file: string): Promise<{ pages: number; texts: string[] }> {
  await page.goto('about:blank');
  await page.goto(`/${printRouteHash({ scenarioId: '', compare, options: OPTIONS })}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', { timeout: 20_000 });
  await printToFile(page, file);
  const { pages } = pdfInfo(file);
  return { pages, texts: pageTexts(file, pages) };
}

/** What a comparison PDF must say: names, every summary sentence, every title; no blank page. */
function expectComparisonText(texts: readonly string[], pages: number, scenarios: readonly Scenario[]): void {
  const all = squash(texts.join(' '));
  const compact = (text: string): string => text.replace(/\s+/g, '');
  for (const scenario of scenarios) expect(all, `names ${scenario.name}`).toContain(squash(scenario.name));
  const comparison = compareScenarios(scenarios);
  const sentences = comparison.pairs.flatMap((pair) => pair.summary);
  expect(sentences.length).toBeGreaterThan(0);
  for (const sentence of sentences) expect(compact(all), `summary: ${sentence}`).toContain(compact(sentence));
  for (const title of new Set(scenarios.flatMap((scenario) => scenario.responsibilities.map((item) => item.title)))) {
    expect(compact(all), `title: ${title}`).toContain(compact(title));
  }
  texts.forEach((text, index) => {
    expect(text, `page ${index + 1} has its footer`).toContain(`Page ${index + 1} of ${pages}`);
    const body = text.replace(`Page ${index + 1} of ${pages}`, '').replace('Remit', '').trim();
    expect(body.length, `page ${index + 1} is not blank`).toBeGreaterThan(40);
  });
}

test('comparison PDF of two scenarios and a version through the print route', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await seedScenarios(page, [BASE, OTHER]);
  await seedVersion(page);
  const compare: ComparedRef[] = [
    { kind: 'scenario', scenarioId: BASE.id },
    { kind: 'scenario', scenarioId: OTHER.id },
    { kind: 'version', scenarioId: BASE.id, versionId: VERSION.id },
  ];
  const file = testInfo.outputPath('comparison.pdf');
  const { pages, texts } = await printComparison(page, compare, file);
  renderPages(file, testInfo.outputPath('comparison-page'));
  console.log(`comparison of 3 (16-17 responsibilities each): ${pages} pages, A4 landscape`);

  const named = distinctNames([BASE, OTHER, { ...VERSION.scenario, name: versionTitle(BASE.name, VERSION.name) }]);
  expectComparisonText(texts, pages, named);
  expect(texts[0]).toContain('Comparison of 3 plans');
  expect(squash(texts.join(' '))).toContain('Plan today — version “Before the offsite”');
  // Landscape A4 on every page.
  const info = pdfInfo(file);
  expect(Math.abs(info.width - 841.9)).toBeLessThan(1.5);
  expect(Math.abs(info.height - 595.3)).toBeLessThan(1.5);
  // The parts start on their own pages, in order.
  const starts = ['Side by side', 'Responsibilities', 'Findings that change'].map((heading) =>
    texts.findIndex((text) => text.includes(heading)),
  );
  expect(starts[0]).toBeGreaterThan(0);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
});

test('a comparison link that names a deleted scenario says so instead of printing', async ({ page }) => {
  await seedScenarios(page, [BASE]);
  await page.goto('about:blank');
  const compare: ComparedRef[] = [
    { kind: 'scenario', scenarioId: BASE.id },
    { kind: 'scenario', scenarioId: 'gone' },
  ];
  await page.goto(`/${printRouteHash({ scenarioId: '', compare, options: OPTIONS })}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'failed');
  await expect(page.getByRole('alert')).toContainText('no longer exists');
});

async function openComparison(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare scenarios' });
  await dialog.getByRole('checkbox', { name: /^Plan today/ }).check();
  await dialog.getByRole('checkbox', { name: /^Product-led split/ }).check();
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Summary' })).toBeVisible();
  return dialog;
}

test('Electron path: Export PDF in the compare view sends main a valid request whose route prints the comparison', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await installFakeHost(page);
  await seedScenarios(page, [BASE, OTHER]);
  await page.reload();
  const dialog = await openComparison(page);
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Exported the comparison as PDF to /home/user/Documents/comparison.pdf.');

  const sent = (await invokes(page)).filter((call) => call.channel === 'export:pdf');
  expect(sent).toHaveLength(1);
  const parsed = exportPdfRequestSchema.safeParse(sent[0]?.request);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  if (!parsed.success || !('compare' in parsed.data)) throw new Error('not a comparison request');
  expect(parsed.data.compare).toEqual([
    { kind: 'scenario', scenarioId: BASE.id },
    { kind: 'scenario', scenarioId: OTHER.id },
  ]);
  expect(parsed.data.suggestedName).toBe('Comparison Plan today vs Product-led split.pdf');
  expect(parsed.data.options.orientation).toBe('landscape');

  // What main's hidden window would print for that request.
  const file = testInfo.outputPath('from-button.pdf');
  await page.goto('about:blank');
  await page.goto(`/${printRouteHash({ scenarioId: '', compare: parsed.data.compare, options: parsed.data.options })}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', { timeout: 20_000 });
  // The hidden window reports ready to main, as the fake host records.
  expect((await invokes(page)).filter((call) => call.channel === 'print:report-ready')).toEqual([
    { channel: 'print:report-ready', request: { ok: true } },
  ]);
  await printToFile(page, file);
  const { pages } = pdfInfo(file);
  expectComparisonText(pageTexts(file, pages), pages, [BASE, OTHER]);
  // The native menu still reaches the app after all this (nothing left subscribed twice).
  await openBoard(page);
  await emitFromMain(page, 'menu:run-command', 'help:about');
  await expect(page.getByRole('dialog', { name: 'About Remit' })).toBeVisible();
});

test('browser path: Export PDF in the compare view prints the comparison, then the view is back', async ({ page }) => {
  await page.addInitScript(() => {
    const records: unknown[] = [];
    Object.defineProperty(window, '__prints', { value: records });
    window.print = () => {
      const portal = document.querySelector('.print-portal');
      records.push({
        page: portal?.querySelector('.print-document')?.getAttribute('data-page') ?? null,
        printing: document.body.classList.contains('remit-printing'),
        text: portal?.textContent ?? '',
      });
    };
  });
  await seedScenarios(page, [BASE, OTHER]);
  await page.reload();
  const dialog = await openComparison(page);
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __prints: unknown[] }).__prints.length))
    .toBe(1);
  const [record] = await page.evaluate(
    () => (window as unknown as { __prints: { page: string; printing: boolean; text: string }[] }).__prints,
  );
  expect(record?.printing).toBe(true);
  expect(record?.page).toMatch(/^(a4|letter)-landscape$/);
  const sentence = compareScenarios([BASE, OTHER]).pairs[0]?.summary[0] ?? 'missing';
  expect(record?.text).toContain(sentence);
  expect(record?.text).toContain('Developer platform and internal tooling');
  // Cleaned up: no print document left, the dialog is still there and usable.
  await expect(page.locator('.print-portal')).toHaveCount(0);
  await expect(page.locator('body')).not.toHaveClass(/remit-printing/);
  await expect(dialog.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
  await expect(dialog.getByRole('heading', { name: 'Summary' })).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { checkScenario } from '../../shared/guidance/index.js';
import type { PdfOptions } from '../../shared/ipc/print-route.js';
import type { Scenario } from '../../shared/model/index.js';
import {
  fixtureScenario,
  openPrintView,
  pageSizes,
  pageTexts,
  pdfFonts,
  pdfInfo,
  printToFile,
  renderPages,
  seedScenarios,
  squash,
} from './support/pdf.js';

// PDFs of the print view in real Chromium, read back with poppler. Each file and its pages as
// PNG are kept in the test's output folder (and /tmp/remit-pdf when REMIT_PDF_PNG_DIR is unset
// nothing else is written) so a person can look at them.

/** Page size in points, portrait; Chromium rounds to whole CSS pixels (±1.5 pt). */
const SIZES = { a4: { width: 595.3, height: 841.9 }, letter: { width: 612, height: 792 } } as const;

interface Case {
  readonly label: string;
  readonly count: number;
  readonly options: PdfOptions;
}

const CASES: readonly Case[] = [
  {
    label: 'small, A4 portrait, with appendix',
    count: 8,
    options: { paper: 'a4', orientation: 'portrait', appendix: true },
  },
  {
    label: 'small, Letter landscape, without appendix',
    count: 8,
    options: { paper: 'letter', orientation: 'landscape', appendix: false },
  },
  {
    label: '200 responsibilities, A4 portrait, with appendix',
    count: 200,
    options: { paper: 'a4', orientation: 'portrait', appendix: true },
  },
  {
    label: '200 responsibilities, Letter landscape, with appendix',
    count: 200,
    options: { paper: 'letter', orientation: 'landscape', appendix: true },
  },
];

for (const testCase of CASES) {
  test(`PDF of the print view: ${testCase.label}`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const id = `pdf-${testCase.count}-${testCase.options.paper}-${testCase.options.orientation}`;
    const scenario: Scenario = fixtureScenario(
      id,
      `Board review ${testCase.count} — split for 2026`,
      testCase.count,
    );
    await seedScenarios(page, [scenario]);

    const started = performance.now();
    await openPrintView(page, id, testCase.options);
    const file = testInfo.outputPath(`${id}.pdf`);
    await printToFile(page, file);
    const elapsed = Math.round(performance.now() - started);

    const info = pdfInfo(file);
    console.log(
      `${testCase.label}: ${info.pages} pages, ${elapsed} ms from opening the print route to PDF bytes`,
    );
    renderPages(file, testInfo.outputPath(`${id}-page`));

    // Paper size and orientation, on every page.
    const portrait = SIZES[testCase.options.paper];
    const expected =
      testCase.options.orientation === 'portrait'
        ? portrait
        : { width: portrait.height, height: portrait.width };
    for (const size of pageSizes(file, info.pages)) {
      expect(Math.abs(size.width - expected.width)).toBeLessThan(1.5);
      expect(Math.abs(size.height - expected.height)).toBeLessThan(1.5);
    }

    // Page count: the chart (one page or more), then the appendix and the sources each start
    // a page. Every page carries its own "Page n of N" and N is the real count.
    const texts = pageTexts(file, info.pages);
    const minimum = 1 + (testCase.options.appendix ? 1 : 0) + 1;
    expect(info.pages).toBeGreaterThanOrEqual(minimum);
    if (testCase.count === 200) expect(info.pages).toBeGreaterThan(minimum);
    texts.forEach((text, index) => {
      expect(text, `page ${index + 1} has a footer`).toContain(`Page ${index + 1} of ${info.pages}`);
      // No blank page: each page has content besides its footer.
      expect(
        text
          .replace(`Page ${index + 1} of ${info.pages}`, '')
          .replace('Remit', '')
          .trim().length,
      ).toBeGreaterThan(40);
    });
    // The last page is the sources page: nothing trails it.
    expect(texts.at(-1)).toContain('Sources');
    expect(texts.at(-1)).toContain('CIO vs. CTO: What’s the Difference?');

    // The scenario name, and every responsibility title whole on one page of the chart (a card
    // never splits). Whitespace is ignored because a title may wrap, even at a hyphen.
    expect(texts[0]).toContain(squash(scenario.name));
    const compact = (text: string): string => text.replace(/\s+/g, '');
    const appendixStart = texts.findIndex(
      (text) => text.includes('Guidance appendix How this plan') || text.includes('Sources Remit’s guidance'),
    );
    expect(appendixStart).toBeGreaterThan(0);
    const chartPages = texts.slice(0, appendixStart).map(compact);
    for (const item of scenario.responsibilities) {
      const pages = chartPages.filter((text) => text.includes(compact(item.title)));
      expect(pages.length, `"${item.title}" appears whole on a chart page`).toBeGreaterThanOrEqual(1);
    }
    // Every page the three columns continue on starts with their headings, so a reader of a
    // later page still knows which column is which.
    const count = (owner: string) => scenario.responsibilities.filter((item) => item.owner === owner).length;
    const headings = (['CIO', 'Shared', 'CTO'] as const).map((owner) => compact(`${owner} (${count(owner)})`));
    const columnPages = chartPages.filter((text) =>
      scenario.responsibilities.some((item) => item.owner !== 'Unassigned' && text.includes(compact(item.title))),
    );
    if (testCase.count === 200) expect(columnPages.length, 'the columns continue over several pages').toBeGreaterThan(1);
    columnPages.forEach((text, index) => {
      for (const heading of headings) expect(text, `column page ${index + 1} has "${heading}"`).toContain(heading);
    });
    const all = texts.join(' ');
    if (testCase.options.appendix) {
      expect(all).toContain('Guidance appendix');
      expect(all).toContain('Accepted for this year while the team is hired.');
      expect(all).toContain('§');
      // Every finding is numbered in full: the highest number is not clipped at the margin.
      const open = checkScenario(scenario).findings.filter((finding) => !finding.waived).length;
      expect(open).toBeGreaterThan(0);
      expect(new RegExp(`(^| )${open}\\. `).test(all), `finding number ${open} is printed whole`).toBe(true);
    } else {
      expect(all).not.toContain('Guidance appendix');
    }

    // Fonts: the bundled Inter, and every font embedded.
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.some((font) => font.name.includes('Inter'))).toBe(true);
    for (const font of fonts) expect(font.embedded, `${font.name} is embedded`).toBe(true);
  });
}

test('the print route says so when the scenario does not exist', async ({ page }) => {
  await seedScenarios(page, []);
  await page.goto('about:blank');
  await page.goto('/#/print?scenario=missing&paper=a4&orientation=portrait&appendix=1');
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'failed');
  await expect(page.getByRole('alert')).toHaveText(/no longer exists/);
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Scenario } from '../../shared/model/index.js';
import { lane } from './support/board.js';
import { openSeeded } from './support/library.js';
import { fixtureScenario } from './support/pdf.js';

// From the smallest window Remit allows (760×520) to a 2,560-wide screen, the page never scrolls,
// sideways or down: on the board, in Compare (with a result) and in the Scenarios library, the
// document is exactly the window. The header folds as far as its content needs (measured, not a
// breakpoint): its controls stay whole in the window, and a long plan name is cut short with the
// full name on hover.

const LONG_NAME = 'Northwind Holdings 2026 operating model after the merger with the Contoso product group';
const PLAN: Scenario = fixtureScenario('wide-plan', LONG_NAME, 24);
const OTHER: Scenario = {
  ...fixtureScenario('wide-other', 'x', 1),
  ...{
    responsibilities: PLAN.responsibilities.map((item, index) =>
      index % 4 === 0 ? { ...item, owner: 'CTO' as const } : item,
    ),
  },
  name: 'Board review 2026 — product-led alternative with a long name as well',
};

const SIZES = [
  { width: 760, height: 520 },
  { width: 800, height: 600 },
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
] as const;

async function openPlan(page: Page): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('remit.guide.dismissed', '1'));
  await openSeeded(page, PLAN, [OTHER]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(LONG_NAME.slice(0, 20));
  await expect(lane(page, 'CIO').getByRole('listitem').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** The document is the window: no scrolling sideways or down. */
async function expectDocumentIsTheWindow(page: Page, what: string): Promise<void> {
  const metrics = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
  }));
  expect(metrics.scrollWidth, `${what}: page width`).toBeLessThanOrEqual(metrics.innerWidth);
  expect(metrics.scrollHeight, `${what}: page height`).toBe(metrics.innerHeight);
}

/** Clicks a header button, or its item in the "…" menu when the header folded it away. */
async function fromHeader(page: Page, button: string, item: string): Promise<void> {
  const header = page.getByRole('banner');
  const direct = header.getByRole('button', { name: button, exact: true });
  if (await direct.isVisible()) await direct.click();
  else {
    await header.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name: item }).click();
  }
}

/** Every visible control of the header, whole inside the window. */
async function expectHeaderWhole(page: Page): Promise<void> {
  const header = page.getByRole('banner');
  const controls: Locator[] = [
    ...(await header.getByRole('button').all()),
    header.getByRole('status').first(),
  ];
  for (const control of controls) {
    if (await control.isVisible()) await expect(control).toBeInViewport({ ratio: 1 });
  }
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} nothing scrolls sideways or down: board, Compare, Scenarios`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openPlan(page);

    await expectDocumentIsTheWindow(page, 'the board');
    await expectHeaderWhole(page);
    const name = page.getByRole('heading', { level: 1 }).getByText(LONG_NAME);
    await expect(name).toHaveAttribute('title', LONG_NAME);
    await expect(page).toHaveTitle(`${LONG_NAME} — Remit`);
    // The name shows at least its first words, never just "Nort…".
    expect((await name.boundingBox())?.width ?? 0).toBeGreaterThan(150);

    await fromHeader(page, 'Compare', 'Compare…');
    const compare = page.getByRole('dialog', { name: 'Compare scenarios' });
    await compare.getByRole('checkbox', { name: new RegExp(`^${LONG_NAME}`) }).check();
    await compare.getByRole('checkbox', { name: /^Board review 2026/ }).check();
    await compare.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(compare.getByRole('heading', { name: 'Summary' })).toBeVisible();
    await expectDocumentIsTheWindow(page, 'Compare');
    // Nothing inside the dialog scrolls sideways either.
    const wide = await compare.evaluate((dialog) =>
      [dialog, ...dialog.querySelectorAll('*')]
        .filter(
          (node) =>
            node.scrollWidth > node.clientWidth + 1 &&
            ['auto', 'scroll'].includes(getComputedStyle(node).overflowX),
        )
        .map((node) => `${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''}`),
    );
    expect(wide, 'Compare: boxes that scroll sideways').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(compare).toBeHidden();

    await fromHeader(page, 'Scenarios', 'Scenarios…');
    const library = page.getByRole('dialog', { name: 'Scenarios' });
    await expect(library.getByRole('list', { name: 'Scenario list' }).getByRole('listitem')).not.toHaveCount(
      0,
    );
    await expectDocumentIsTheWindow(page, 'the Scenarios library');
    const wideRows = await library.evaluate((dialog) =>
      [dialog, ...dialog.querySelectorAll('*')]
        .filter(
          (node) =>
            node.scrollWidth > node.clientWidth + 1 &&
            ['auto', 'scroll'].includes(getComputedStyle(node).overflowX),
        )
        .map((node) => `${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''}`),
    );
    expect(wideRows, 'Scenarios: boxes that scroll sideways').toEqual([]);
  });
}

test('the header folds by what it holds, not by a breakpoint: at 1024×700 a short name keeps every button, a long one folds them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  await expect(lane(page, 'CIO')).toBeVisible();
  const header = page.getByRole('banner');
  // The starter plan's short name leaves room for the scenario buttons and Help.
  for (const name of ['Scenarios', 'Compare', 'Export PDF', 'Help']) {
    await expect(header.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(header.getByRole('button', { name: 'More actions' })).toBeHidden();

  await openPlan(page);
  // The long name needs the room: the buttons fold into the "…" menu, which lists them.
  for (const name of ['Scenarios', 'Compare', 'Export PDF', 'Help']) {
    await expect(header.getByRole('button', { name, exact: true })).toBeHidden();
  }
  await header.getByRole('button', { name: 'More actions' }).click();
  const menu = page.getByRole('menu', { name: 'More actions' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Scenarios…',
    'Versions…',
    'Compare…',
    'Export PDF…',
    'How Remit works',
    'Sources',
    'About Remit',
  ]);
});

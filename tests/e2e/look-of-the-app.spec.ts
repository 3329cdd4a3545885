import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Scenario } from '../../shared/model/index.js';
import { lane } from './support/board.js';
import { openSeeded } from './support/library.js';
import { fixtureScenario, openPrintView } from './support/pdf.js';

// The look of the app, pinned: screenshots of the board, the guidance panel, a dialog, compare
// and the print view at three window sizes in both themes, compared with committed baselines
// (`npx playwright test look-of-the-app --update-snapshots` after an intended change; look at
// every new picture before committing it). The same views pass axe at every size and theme.
// Deterministic: fixed plans seeded into IndexedDB, a fixed clock and time zone, reduced motion
// (Playwright also stops animations and hides the caret), the bundled Inter font loaded.

const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const NOW = new Date('2026-03-02T10:30:00Z');

const PLAN: Scenario = fixtureScenario('look-plan', 'Board review 2026', 24);
/** The same plan with a few decisions changed, so compare has moves to show. */
const ALTERNATIVE: Scenario = {
  ...PLAN,
  id: fixtureScenario('look-alt', 'x', 1).id,
  name: 'Board review 2026 — product-led',
  responsibilities: PLAN.responsibilities.map((item, index) =>
    index === 0 ? { ...item, owner: 'CTO' } : index === 3 ? { ...item, owner: 'CIO' } : index === 6 ? { ...item, owner: 'Shared', lead: 'CTO' } : item,
  ),
};

test.use({ timezoneId: 'UTC', locale: 'en-GB', deviceScaleFactor: 1 });

/** Seeds both plans, makes PLAN the one Remit opens, and opens it with the guide dismissed. */
async function openPlan(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.addInitScript(() => window.localStorage.setItem('remit.guide.dismissed', '1'));
  await openSeeded(page, PLAN, [ALTERNATIVE]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PLAN.name);
  await expect(lane(page, 'CIO').getByRole('listitem').first()).toBeVisible();
  await settle(page);
}

/** Fonts loaded, no pointer hover, nothing focused, two frames painted. */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

async function expectNoViolations(page: Page, what: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Guidance' });
}

/** What changes from run to run without being the look: the save status. */
function volatile(page: Page): Locator[] {
  return [page.locator('.save-indicator')];
}

// A page screenshot of 1,920×1,080 on a busy machine can take seconds; the pixels must match.
const OPTIONS = { maxDiffPixelRatio: 0.01, timeout: 30_000 } as const;

for (const size of SIZES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const at = `${size.width}x${size.height}-${colorScheme}`;
    const where = `at ${size.width}×${size.height} in ${colorScheme}`;

    test.describe(where, () => {
      test.beforeEach(async ({ page }) => {
        // Axe runs and page-sized pictures on a shared machine take their time.
        test.setTimeout(120_000);
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await openPlan(page);
      });

      test(`the board and the guidance panel match the baselines and pass axe ${where}`, async ({ page }) => {
        // The board. Where the panel is a drawer it starts closed; where it docks it is open.
        await expect(page).toHaveScreenshot(`board-${at}.png`, { ...OPTIONS, mask: volatile(page) });
        await expectNoViolations(page, `the board ${where}`);

        // The guidance panel (the drawer, opened, on a small window).
        const toggle = page.getByRole('button', { name: 'Guidance panel' });
        if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
        await expect(panel(page)).toBeVisible();
        await settle(page);
        await expect(page).toHaveScreenshot(`panel-${at}.png`, { ...OPTIONS, mask: volatile(page) });
        await expectNoViolations(page, `the guidance panel ${where}`);
      });

      test(`a dialog matches its baseline and passes axe ${where}`, async ({ page }) => {
        // Adding a responsibility, with the owner the guidance suggests.
        await page.getByRole('button', { name: 'Add responsibility' }).click();
        const add = page.getByRole('dialog', { name: 'Add a responsibility' });
        await add.getByLabel('Title').fill('Customer mobile app');
        await expect(add.getByTestId('suggested-owner')).toHaveText('CTO');
        await settle(page);
        await expect(page).toHaveScreenshot(`dialog-${at}.png`, { ...OPTIONS, mask: volatile(page) });
        await expectNoViolations(page, `the add dialog ${where}`);
      });

      test(`compare matches its baseline and passes axe ${where}`, async ({ page }) => {
        // On a small window Compare is in the header's "…" menu.
        if (size.width < 900) {
          await page.getByRole('button', { name: 'More actions' }).click();
          await page.getByRole('menuitem', { name: 'Compare…' }).click();
        } else {
          await page.getByRole('button', { name: 'Compare', exact: true }).click();
        }
        const compare = page.getByRole('dialog', { name: 'Compare scenarios' });
        await compare.getByRole('checkbox', { name: new RegExp(`^${PLAN.name}(?! —)`) }).check();
        await compare.getByRole('checkbox', { name: /^Board review 2026 — product-led/ }).check();
        await compare.getByRole('button', { name: 'Compare', exact: true }).click();
        await expect(compare.getByRole('heading', { name: 'Summary' })).toBeVisible();
        await settle(page);
        await expect(page).toHaveScreenshot(`compare-${at}.png`, { ...OPTIONS, mask: volatile(page) });
        await expectNoViolations(page, `compare ${where}`);
      });

      test(`the print view matches its baseline ${where}`, async ({ page }) => {
        // The print view of the plan, as the window shows it before it becomes a PDF.
        await openPrintView(page, PLAN.id, { paper: 'a4', orientation: 'portrait', appendix: true });
        await settle(page);
        await expect(page).toHaveScreenshot(`print-${at}.png`, OPTIONS);
      });
    });
  }
}

import { expect, test, type Page } from '@playwright/test';
import { checkScenario } from '../../shared/guidance/index.js';
import { lane } from './support/board.js';
import { openSeeded } from './support/library.js';
import { fixtureScenario } from './support/pdf.js';

const LONG_NAME = 'Northwind Holdings 2026 operating model after the merger with the Contoso product group';
const BIG = fixtureScenario('shell-big', LONG_NAME, 150);

/** Seeds the 150-card plan, makes it the one Remit opens, and opens it. */
async function openBigPlan(page: Page): Promise<void> {
  // A returning user: the first-run guide was dismissed long ago.
  await page.addInitScript(() => window.localStorage.setItem('remit.guide.dismissed', '1'));
  await openSeeded(page, BIG);
  await expect(page.getByRole('heading', { name: new RegExp(`Remit ${LONG_NAME.slice(0, 20)}`) })).toBeVisible();
  await expect(lane(page, 'CIO').getByRole('listitem').first()).toBeVisible();
}

/** The canvas (the board's scroll area). */
function canvas(page: Page) {
  return page.getByRole('main', { name: 'Planning canvas' });
}

test('the fixture has enough cards and findings to fill the window', () => {
  expect(BIG.responsibilities).toHaveLength(150);
  expect(checkScenario(BIG).findings.length).toBeGreaterThanOrEqual(40);
});

for (const size of [
  { width: 760, height: 520 },
  { width: 800, height: 600 },
  { width: 1440, height: 900 },
]) {
  test(`at ${size.width}×${size.height} the document is the window; header, toolbar and lane names stay while the board scrolls`, async ({ page }) => {
    await page.setViewportSize(size);
    await openBigPlan(page);
    const metrics = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
    }));
    expect(metrics.height).toBe(size.height);
    expect(metrics.width).toBeLessThanOrEqual(size.width);

    await canvas(page).evaluate((node) => node.scrollTo(0, node.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole('button', { name: 'Add responsibility' })).toBeInViewport();
    const heading = lane(page, 'CIO').getByRole('heading', { name: 'CIO' });
    await expect(heading).toBeInViewport();
    const box = await heading.boundingBox();
    const main = await canvas(page).boundingBox();
    expect(box && main && box.y >= main.y && box.y < main.y + 40).toBe(true);

    // The long plan name is cut short in the header, whole on hover and in the window title.
    const name = page.getByRole('heading', { level: 1 }).getByText(LONG_NAME);
    await expect(name).toHaveAttribute('title', LONG_NAME);
    expect(await name.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
    await expect(page).toHaveTitle(`${LONG_NAME} — Remit`);
  });
}

test('at 1440×900 the default (compact) density shows at least 12 cards per lane; comfortable shows fewer', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openBigPlan(page);
  const visibleCards = () =>
    canvas(page).evaluate((main) => {
      const view = main.getBoundingClientRect();
      const list = main.querySelector('[data-lane-cards="CIO"]');
      return [...(list?.children ?? [])].filter((node) => {
        const rect = node.getBoundingClientRect();
        return rect.top >= view.top && rect.bottom <= view.bottom;
      }).length;
    });
  const compact = await visibleCards();
  expect(compact).toBeGreaterThanOrEqual(12);

  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radio', { name: 'Comfortable' }).check();
  await expect.poll(visibleCards).toBeLessThan(compact);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-density', 'comfortable');
});

test('a low card’s menu opens upward and stays in the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openBigPlan(page);
  const main = await canvas(page).boundingBox();
  const buttons = lane(page, 'CIO').getByRole('button', { name: /^Move or edit / });
  // The last CIO card whose menu button is fully in view, near the bottom of the canvas.
  const chosen = await canvas(page).evaluate((node) => {
    const bottom = node.getBoundingClientRect().bottom - 30;
    const all = [...node.querySelectorAll('[data-lane-cards="CIO"] .card-menu-button')];
    return all.reduce((last, button, index) => (button.getBoundingClientRect().bottom < bottom ? index : last), 0);
  });
  expect(chosen).toBeGreaterThan(5);
  await buttons.nth(chosen).click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const box = await menu.boundingBox();
  expect(box && main && box.y >= main.y && box.y + box.height <= main.y + main.height).toBe(true);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.keyboard.press('Escape');
  await expect(buttons.nth(chosen)).toBeFocused();
});

for (const size of [
  { width: 760, height: 520 },
  { width: 800, height: 600 },
]) {
  test(`at ${size.width}×${size.height} the header folds into a "…" menu that opens each of its dialogs`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/');
    await expect(lane(page, 'CIO')).toBeVisible();
    const header = page.getByRole('banner');
    for (const name of ['Scenarios', 'Versions', 'Compare', 'Export PDF', 'Help']) {
      await expect(header.getByRole('button', { name, exact: true })).toBeHidden();
    }
    const more = header.getByRole('button', { name: 'More actions' });
    // Nothing in the header is cut off or pushes the page sideways.
    for (const control of [more, header.getByRole('status'), header.getByRole('button', { name: 'Display' })]) {
      await expect(control).toBeInViewport({ ratio: 1 });
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);

    const dialogs = [
      ['Scenarios…', /^Scenarios/],
      ['Versions…', /^Versions of/],
      ['Compare…', 'Compare scenarios'],
      ['Export PDF…', /PDF/],
      ['How Remit works', 'How Remit works'],
      ['Sources', /Sources/],
      ['About Remit', 'About Remit'],
    ] as const;
    for (const [item, title] of dialogs) {
      await more.click();
      const menu = page.getByRole('menu', { name: 'More actions' });
      await expect(menu.getByRole('menuitem').first()).toBeFocused();
      await menu.getByRole('menuitem', { name: item, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      // Focus comes back to the "…" button, never to <body>.
      await expect(more).toBeFocused();
    }
    // The keyboard path: ArrowDown opens, arrows move, Escape closes onto the button.
    await more.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'More actions' });
    await expect(menu.getByRole('menuitem', { name: 'Scenarios…' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: 'About Remit' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(more).toBeFocused();
  });
}

test('on a wide window the header shows its buttons and no "…" menu', async ({ page }) => {
  await page.goto('/');
  await expect(lane(page, 'CIO')).toBeVisible();
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Compare', exact: true })).toBeVisible();
  await expect(header.getByRole('button', { name: 'More actions' })).toBeHidden();
});

test('on a small window the guidance panel is a drawer: closed at first, opened by its button, closed by Escape', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto('/');
  await expect(lane(page, 'CIO')).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Guidance panel' });
  const guidance = page.getByRole('complementary', { name: 'Guidance' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(guidance).toBeHidden();
  await toggle.click();
  await expect(guidance).toBeInViewport();
  await guidance.getByRole('heading', { name: 'Guidance' }).focus();
  await page.keyboard.press('Escape');
  await expect(guidance).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('the theme setting (system, light, dark) applies at once and persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(lane(page, 'CIO')).toBeVisible();
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(background).not.toBe(light);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).not.toBe(light);
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByRole('radio', { name: 'System' }).check();
  await expect.poll(background).toBe(light);
});

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { serializeScenario } from '../../shared/format/index.js';
import { SOURCE_LINKS } from '../../shared/ipc/external-links.js';
import { responsibilityId, scenarioId, type Scenario } from '../../shared/model/index.js';
import { card, lane, openBoard } from './support/board.js';
import { emitFromMain, FAKE_VERSION, installFakeHost, invokes } from './support/fake-host.js';
import { openLibrary, scenarioItem } from './support/library.js';

// What the Electron host sends the page (files the OS opens with Remit, native menu commands)
// reaches the real renderer through its real Electron platform, with a fake preload bridge
// standing in for main (support/fake-host.ts). The Help menu is also checked in the plain
// browser, where it is the only way to About and Sources.

const APP_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const PLAN: Scenario = {
  id: scenarioId('from-the-desktop'),
  name: 'Desktop plan for the board',
  context: { companySize: 'large', focus: 'product', reportingLine: 'both-to-ceo' },
  responsibilities: [
    { id: responsibilityId('r1'), title: 'Customer-facing mobile app', owner: 'CTO' },
    { id: responsibilityId('r2'), title: 'ERP platform operations', owner: 'CIO' },
    { id: responsibilityId('r3'), title: 'Data privacy programme', owner: 'Shared', lead: 'CIO' },
  ],
  waivers: [],
  stances: {},
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

function title(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

test('a .remit.json the OS opens with Remit is imported as a new scenario and opened', async ({ page }) => {
  await installFakeHost(page);
  await page.goto('/');
  // Sent while the app may still be opening its storage: held until the page subscribes.
  await emitFromMain(page, 'app:open-file', { name: 'desktop-plan.remit.json', text: serializeScenario(PLAN) });
  await expect(title(page)).toContainText('Desktop plan for the board');
  await expect(card(lane(page, 'CTO'), 'Customer-facing mobile app')).toBeVisible();
  await expect(card(lane(page, 'Shared'), 'Data privacy programme')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “Desktop plan for the board” as a new scenario.' })).toBeVisible();

  // Added, not replacing: the starter is still in the library, next to the imported plan.
  const library = await openLibrary(page);
  await expect(scenarioItem(library, 'Desktop plan for the board')).toBeVisible();
  await expect(library.getByRole('list', { name: 'Scenario list' }).getByRole('listitem')).toHaveCount(2);
  await library.getByRole('button', { name: 'Close' }).first().click();

  // A second file later (a second instance): imported the same way.
  const second = { ...PLAN, name: 'Second opinion' };
  await emitFromMain(page, 'app:open-file', { name: 'second.remit.json', text: serializeScenario(second) });
  await expect(title(page)).toContainText('Second opinion');
  await page.reload();
  await expect(title(page)).toContainText('Second opinion');
});

test('a file that is not a Remit scenario gets a clear error and changes nothing', async ({ page }) => {
  await installFakeHost(page);
  await openBoard(page);
  const before = await title(page).textContent();
  await emitFromMain(page, 'app:open-file', { name: 'notes.remit.json', text: '{"format": "remit.scenario", "version": 1' });
  const dialog = page.getByRole('dialog', { name: 'Could not open the file' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText(/Could not read “notes\.remit\.json”: .+Nothing was changed\./);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('dialog').analyze();
  expect(results.violations).toEqual([]);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  expect(await title(page).textContent()).toBe(before);
  const library = await openLibrary(page);
  await expect(library.getByRole('list', { name: 'Scenario list' }).getByRole('listitem')).toHaveCount(1);
});

test('native menu: View → Guidance panel toggles the panel like the toolbar button', async ({ page }) => {
  await installFakeHost(page);
  await openBoard(page);
  const panel = page.getByRole('complementary', { name: 'Guidance' });
  const toggle = page.getByRole('button', { name: 'Guidance panel' });
  await expect(panel).toBeVisible();
  await emitFromMain(page, 'menu:run-command', 'view:toggle-guidance');
  await expect(panel).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await emitFromMain(page, 'menu:run-command', 'view:toggle-guidance');
  await expect(panel).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // And the two ways agree with each other.
  await toggle.click();
  await expect(panel).toBeHidden();
  await emitFromMain(page, 'menu:run-command', 'view:toggle-guidance');
  await expect(panel).toBeVisible();
});

test('native menu: Help → About and Help → Sources; Open article goes through main', async ({ page }) => {
  await installFakeHost(page);
  await openBoard(page);
  await emitFromMain(page, 'menu:run-command', 'help:about');
  const about = page.getByRole('dialog', { name: 'About Remit' });
  await expect(about).toBeVisible();
  await expect(about).toContainText(`Version ${FAKE_VERSION}`);
  await expect(about).toContainText('“CIO vs. CTO: What’s the Difference?”');
  await expect(about).toContainText('CIOs look inward, CTOs look outward');
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();

  await emitFromMain(page, 'menu:run-command', 'help:sources');
  const sources = page.getByRole('dialog', { name: 'Sources' });
  await expect(sources).toBeVisible();
  // Only the article whose address is known has a link.
  const links = sources.getByRole('link', { name: 'Open article' });
  await expect(links).toHaveCount(SOURCE_LINKS.length);
  await links.first().click();
  await expect
    .poll(async () => (await invokes(page)).filter((call) => call.channel === 'shell:open-external'))
    .toEqual([{ channel: 'shell:open-external', request: { url: SOURCE_LINKS[0].url } }]);
  await expect(sources.getByRole('alert')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`browser: Help menu opens About and Sources by mouse and keyboard, axe-clean (${colorScheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await openBoard(page);
    const help = page.getByRole('button', { name: 'Help' });
    await help.click();
    const menu = page.getByRole('menu', { name: 'Help' });
    await expect(menu.getByRole('menuitem', { name: 'About Remit' })).toBeFocused();
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
    await menu.getByRole('menuitem', { name: 'About Remit' }).click();

    const about = page.getByRole('dialog', { name: 'About Remit' });
    await expect(about).toContainText(`Version ${APP_VERSION}`);
    await expect(about).toContainText('decide who owns what between the CIO and the CTO');
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).include('dialog').analyze()).violations).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`about-${colorScheme}.png`) });
    await about.getByRole('button', { name: 'Sources…' }).click();

    const sources = page.getByRole('dialog', { name: 'Sources' });
    await expect(sources.getByRole('heading', { name: '“CIO vs. CTO: What’s the Difference?”' })).toBeVisible();
    await expect(sources.getByRole('heading', { name: 'CIOs look inward, CTOs look outward' })).toBeVisible();
    // Each article lists the sections the guidance cites.
    for (const name of ['“CIO vs. CTO: What’s the Difference?”', 'CIOs look inward, CTOs look outward']) {
      const list = sources.getByRole('list', { name: `Sections of ${name.replace(/[“”]/g, '')} the guidance cites` });
      expect(await list.getByRole('listitem').count()).toBeGreaterThan(0);
    }
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).include('dialog').analyze()).violations).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`sources-${colorScheme}.png`) });
    await page.keyboard.press('Escape');
    await expect(sources).toBeHidden();
    await expect(help).toBeFocused();

    // Keyboard only: ArrowDown opens the menu, ArrowDown moves, Enter runs, Escape returns focus.
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'About Remit' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Sources' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(sources).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(help).toBeFocused();
  });
}

test('native menu: File → Share Plan… and Join a Shared Plan… open the same dialogs as the header', async ({ page }) => {
  await installFakeHost(page);
  await openBoard(page);
  await emitFromMain(page, 'menu:run-command', 'plan:share');
  const share = page.getByRole('dialog', { name: 'Share this plan' });
  await expect(share).toBeVisible();
  await expect(share.getByLabel('Your name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(share).toBeHidden();
  await emitFromMain(page, 'menu:run-command', 'plan:join');
  const join = page.getByRole('dialog', { name: 'Join a shared plan' });
  await expect(join).toBeVisible();
  // A link that is not one is refused in words, before anything connects.
  await join.getByLabel('Your name').fill('Ana');
  await join.getByLabel('Share link').fill('not a link');
  await join.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(join.getByRole('alert')).toContainText('not a Remit share link');
  await page.keyboard.press('Escape');
  await expect(join).toBeHidden();
  // Stop sharing on a plan that is not shared does nothing (and says nothing wrong).
  await emitFromMain(page, 'menu:run-command', 'plan:stop-sharing');
  await expect(page.getByRole('button', { name: 'Share…' })).toBeVisible();
});

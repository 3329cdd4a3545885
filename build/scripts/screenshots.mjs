// Saves README screenshots of the board in light and dark (build/screenshots/board-*.png).
// Serves the built renderer (REMIT_OUT_DIR or dist/renderer) with build/scripts/serve-web.mjs, builds a
// realistic plan through the UI itself (catalog, menus, a waiver), so the pictures show what a
// user gets, then captures 1280×800 in both colour schemes.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium-path.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.REMIT_SCREENSHOT_PORT ?? 4390);
const outDir = fileURLToPath(new URL('../screenshots/', import.meta.url));
const base = `http://127.0.0.1:${port}/`;

async function waitForServer(server) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (server.exitCode !== null) throw new Error('The web server exited; build the renderer first (npm run build:renderer).');
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The web server did not answer on ${base}`);
}

async function menu(page, title, item) {
  await page.getByRole('button', { name: `Move or edit ${title}`, exact: true }).click();
  await page.getByRole('menu', { name: `Move or edit ${title}` }).getByRole('menuitem', { name: item, exact: true }).click();
}

async function buildPlan(page) {
  await page.goto(base);
  await page.getByRole('region', { name: 'CIO', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Add from catalog' }).click();
  const catalog = page.getByRole('dialog', { name: 'Add from catalog' });
  for (const [query, title] of [
    ['backup', 'Backup and disaster recovery'],
    ['website', 'Public website'],
    ['pipeline', 'CI/CD and deployment pipeline'],
    ['cloud', 'Cloud infrastructure for internal systems'],
    ['budget', 'Technology budget'],
  ]) {
    await catalog.getByLabel('Search the catalog').fill(query);
    await catalog.getByRole('button', { name: new RegExp(`^Add ${title.replace(/[()/]/g, '\\$&')} to`) }).click();
  }
  await catalog.getByRole('button', { name: 'Done' }).click();
  await menu(page, 'Customer-facing apps and website', 'Move to CTO');
  await menu(page, 'Data security', 'Add note…');
  const note = page.getByRole('dialog', { name: /Note on/ });
  await note.getByLabel('Note').fill('Board review in March');
  await note.getByRole('button', { name: 'Save note' }).click();
  // A placement the guidance disagrees with, so findings show on the board and in the panel.
  await menu(page, 'Public website', 'Move to CIO');
  await menu(page, 'Public website', 'Move to top of lane');
  await menu(page, 'Research and development', 'Move to top of lane');
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
  // The pictures show the working board: the first-run guide dismissed, no toast left over.
  await page.getByRole('button', { name: 'Got it' }).click();
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  if (await dismiss.count()) await dismiss.first().click();
}

const server = spawn(process.execPath, ['build/scripts/serve-web.mjs', '--port', String(port)], { cwd: root, stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
try {
  await waitForServer(server);
  mkdirSync(outDir, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await buildPlan(page);
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.mouse.move(1, 1);
    // Runs in the page: no focus ring or hover left over from building the plan, top of the board.
    await page.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0);');
    const path = `${outDir}board-${colorScheme}.png`;
    await page.screenshot({ path });
    console.log(`Saved ${path}`);
  }
} finally {
  await browser.close();
  server.kill();
}

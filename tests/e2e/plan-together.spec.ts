import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { spawnServer, temporaryFolder, TEST_SECRET, type ServerProcess } from '../support/remit-server.js';
import { card, lane } from './support/board.js';
import { laneTitles, menuAction } from './support/canvas.js';

// Plan together, with real parts: a real `remit serve` on loopback (serving the built app and
// the shared plans), real Chromium contexts (each its own IndexedDB, its own person), links
// from a real `remit invite`.
const WEB = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const CLI = fileURLToPath(new URL('../../electron/cli/remit.mjs', import.meta.url));
const LANES = ['CIO', 'Shared', 'CTO', 'Unassigned'] as const;

// Each test drives two browsers and a server on a shared machine: more time than one page needs.
// (Patience, not a performance check: these waits assert what arrives, never how fast.)
test.beforeEach(() => test.setTimeout(180_000));
const PATIENCE = { timeout: 30_000 };

let served: ServerProcess | undefined;
test.beforeAll(async () => {
  served = await spawnServer({ dataDir: temporaryFolder(), extra: ['--web', WEB] });
});
test.afterAll(async () => {
  await served?.stop();
});

function origin(server: ServerProcess = served!): string {
  return `http://127.0.0.1:${server.port}`;
}

/** A share link to a new plan, as `remit invite` prints it. */
function invite(server: ServerProcess = served!): string {
  const run = spawnSync(process.execPath, [CLI, 'invite', '--url', origin(server)], {
    env: { ...process.env, REMIT_SECRET: TEST_SECRET },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

/** The board as titles per lane, top to bottom. */
async function board(page: Page): Promise<Record<string, string[]>> {
  const entries = await Promise.all(LANES.map(async (name) => [name, await laneTitles(lane(page, name))] as const));
  return Object.fromEntries(entries);
}

/** Waits until both pages show the same board; returns it. */
async function converged(a: Page, b: Page): Promise<Record<string, string[]>> {
  await expect
    .poll(async () => {
      const [left, right] = await Promise.all([board(a), board(b)]);
      return JSON.stringify(left) === JSON.stringify(right);
    }, PATIENCE)
    .toBe(true);
  return board(a);
}

function connection(page: Page): Locator {
  return page.getByRole('group', { name: 'Sharing' }).getByRole('status');
}

async function person(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page };
}

/** Opens the served app and shares its starter plan through `link`. */
async function share(page: Page, link: string, name: string, server?: ServerProcess): Promise<void> {
  await page.goto(`${origin(server)}/`);
  await expect(lane(page, 'CIO')).toBeVisible(PATIENCE);
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this plan' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByLabel('Share link').fill(link);
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(dialog).toBeHidden(PATIENCE);
  await expect(connection(page)).toHaveText(/Live/, PATIENCE);
}

/** Opens `link` in the browser (the served /join path) and joins the plan. */
async function join(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Join a shared plan' });
  await expect(dialog.getByLabel('Share link')).toHaveValue(link, PATIENCE);
  // The token leaves the address bar once the dialog has it.
  expect(page.url()).not.toContain('token=');
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(dialog).toBeHidden(PATIENCE);
  await expect(connection(page)).toHaveText(/Live/, PATIENCE);
}

async function rename(page: Page, from: string, to: string): Promise<void> {
  await menuAction(page, from, 'Rename…');
  const dialog = page.getByRole('dialog', { name: 'Rename responsibility' });
  await dialog.getByLabel('Title').fill(to);
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog).toBeHidden();
}

async function add(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Add responsibility' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a responsibility' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Title').press('Enter');
  await expect(dialog).toBeHidden();
}

test('two people edit one plan at once (move, add, rename, delete, reorder) and converge; each sees the other', async ({ browser }) => {
  const link = invite();
  const ana = await person(browser);
  const ben = await person(browser);
  await share(ana.page, link, 'Ana');
  await join(ben.page, link, 'Ben');
  expect(await converged(ana.page, ben.page)).toEqual(await board(ana.page));
  // Presence: each sees the other by name.
  await expect(ana.page.getByRole('list', { name: 'People on this plan' })).toContainText('Ben', PATIENCE);
  await expect(ben.page.getByRole('list', { name: 'People on this plan' })).toContainText('Ana', PATIENCE);

  // Concurrent edits from both sides, without waiting for each other.
  await Promise.all([
    (async () => {
      await menuAction(ana.page, 'Run the employee service desk', 'Move to CTO');
      await menuAction(ana.page, 'Technology roadmap', 'Delete');
      await menuAction(ana.page, 'IT governance and compliance', 'Move to top of lane');
    })(),
    (async () => {
      await rename(ben.page, 'Research and development', 'R&D and prototyping');
      await add(ben.page, 'Summer picnic');
    })(),
  ]);
  const result = await converged(ana.page, ben.page);
  expect(result.CTO).toContain('Run the employee service desk');
  expect(result.CIO?.[0]).toBe('IT governance and compliance');
  expect(result.CIO).not.toContain('Run the employee service desk');
  expect(Object.values(result).flat()).not.toContain('Technology roadmap');
  expect(Object.values(result).flat()).toContain('R&D and prototyping');
  expect(Object.values(result).flat()).not.toContain('Research and development');
  expect(result.Unassigned).toContain('Summer picnic');

  // The card Ben has selected carries his mark on Ana's board.
  await card(lane(ben.page, 'CTO'), 'Run the employee service desk').focus();
  await expect(card(lane(ana.page, 'CTO'), 'Run the employee service desk').locator('..').getByTitle('Ben has selected this card')).toBeVisible();
  await ana.context.close();
  await ben.context.close();
});

test('one person goes offline, both edit, it reconnects: both converge and nothing is lost', async ({ browser }) => {
  const link = invite();
  const ana = await person(browser);
  const ben = await person(browser);
  await share(ana.page, link, 'Ana');
  await join(ben.page, link, 'Ben');
  await converged(ana.page, ben.page);

  await ben.context.setOffline(true);
  await expect(connection(ben.page)).toHaveText(/Offline/, PATIENCE);
  await menuAction(ben.page, 'Run the employee service desk', 'Move to CTO');
  await add(ben.page, 'Offline idea');
  await expect(connection(ben.page)).toHaveText(/Offline — \d+ local changes?/);
  await rename(ana.page, 'Research and development', 'R&D while Ben is away');
  await menuAction(ana.page, 'Technology roadmap', 'Move to CIO');
  // Ana does not see Ben's offline changes yet.
  await expect(card(lane(ana.page, 'CTO'), 'Run the employee service desk')).toHaveCount(0);

  await ben.context.setOffline(false);
  await expect(connection(ben.page)).toHaveText(/Live/, PATIENCE);
  const result = await converged(ana.page, ben.page);
  expect(result.CTO).toContain('Run the employee service desk');
  expect(Object.values(result).flat()).toContain('Offline idea');
  expect(Object.values(result).flat()).toContain('R&D while Ben is away');
  expect(result.CIO).toContain('Technology roadmap');
  await ana.context.close();
  await ben.context.close();
});

test('undo in one window undoes only its own change', async ({ browser }) => {
  const link = invite();
  const ana = await person(browser);
  const ben = await person(browser);
  await share(ana.page, link, 'Ana');
  await join(ben.page, link, 'Ben');
  await menuAction(ana.page, 'Run the employee service desk', 'Move to CTO');
  await expect(card(lane(ben.page, 'CTO'), 'Run the employee service desk')).toBeVisible();
  await menuAction(ben.page, 'Technology roadmap', 'Move to CIO');
  await expect(card(lane(ana.page, 'CIO'), 'Technology roadmap')).toBeVisible();

  await ana.page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click();
  const result = await converged(ana.page, ben.page);
  expect(result.CIO).toContain('Run the employee service desk');
  expect(result.CTO).not.toContain('Run the employee service desk');
  // Ben's move stays.
  expect(result.CIO).toContain('Technology roadmap');
  await ana.context.close();
  await ben.context.close();
});

test('a link with a bad token is refused with a clear message, and the library is unchanged', async ({ page }) => {
  const link = invite();
  const forged = link.replace(/token=([^&]+)$/, (_match, token: string) => `token=${token.slice(0, -4)}AAAA`);
  await page.goto(`${origin()}/`);
  await expect(lane(page, 'CIO')).toBeVisible(PATIENCE);
  await page.getByRole('button', { name: 'Join…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Join a shared plan' });
  await dialog.getByLabel('Your name').fill('Eve');
  await dialog.getByLabel('Share link').fill(forged);
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('refused', PATIENCE);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // Still the local plan, not shared.
  await expect(page.getByRole('button', { name: 'Share…' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Sharing' }).getByRole('status')).toHaveCount(0);
});

test('the server killed and restarted mid-session loses nothing it acknowledged', async ({ browser }) => {
  const dataDir = temporaryFolder();
  let server = await spawnServer({ dataDir, extra: ['--web', WEB] });
  try {
    const link = invite(server);
    const ana = await person(browser);
    await share(ana.page, link, 'Ana', server);
    await menuAction(ana.page, 'Run the employee service desk', 'Move to CTO');
    await rename(ana.page, 'Research and development', 'Acknowledged rename');
    // Acknowledged: connected, synced, nothing waiting.
    await expect(connection(ana.page)).toHaveAttribute('data-unacknowledged', '0', PATIENCE);
    await expect(connection(ana.page)).toHaveText(/Live/);

    server.child.kill('SIGKILL');
    await server.exited;
    await expect(connection(ana.page)).toHaveText(/Reconnecting/, PATIENCE);
    server = await spawnServer({ dataDir, port: server.port, extra: ['--web', WEB] });
    await expect(connection(ana.page)).toHaveText(/Live/, PATIENCE);

    // Someone new reads the plan from the restarted server only.
    const ben = await person(browser);
    await join(ben.page, link, 'Ben');
    const result = await converged(ana.page, ben.page);
    expect(result.CTO).toContain('Run the employee service desk');
    expect(Object.values(result).flat()).toContain('Acknowledged rename');
    await ana.context.close();
    await ben.context.close();
  } finally {
    await server.stop();
  }
});

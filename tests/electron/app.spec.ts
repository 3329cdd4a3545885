import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { card, dragByPointer, lane } from '../e2e/support/board.js';
import { launchRemit, skipWithoutElectron } from './harness.js';

// Runs the built app (npm run build) in real Electron. Where no Electron binary is installed
// (our CI: ELECTRON_SKIP_BINARY_DOWNLOAD=1) every test skips and the reason is printed.
skipWithoutElectron();

const TITLE = 'Run the employee service desk';

let userDataDir: string;
const running: ElectronApplication[] = [];

test.beforeEach(async () => {
  userDataDir = await mkdtemp(path.join(tmpdir(), 'remit-electron-'));
});

test.afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => app.close().catch(() => undefined)));
  await rm(userDataDir, { recursive: true, force: true });
});

/** Launches the built app with its own userData folder. */
async function launch(): Promise<ElectronApplication> {
  const app = await launchRemit(userDataDir);
  running.push(app);
  return app;
}

test('the window opens on app://remit with the secure web preferences', async () => {
  const app = await launch();
  const page = await app.firstWindow();
  await expect(page).toHaveURL(/^app:\/\/remit\//);
  await expect(lane(page, 'CIO')).toBeVisible();

  // getLastWebPreferences() is real but missing from electron.d.ts: hence the local type.
  const preferences = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => {
      const contents = window.webContents as typeof window.webContents & {
        getLastWebPreferences(): Record<string, unknown>;
      };
      return contents.getLastWebPreferences();
    }),
  );
  expect(preferences.length).toBeGreaterThan(0);
  for (const preference of preferences) {
    expect(preference).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  }

  // No Node in the page, only the allowlisted bridge, and it reaches main.
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  const info = await page.evaluate(() =>
    (globalThis as unknown as { remit: { invoke(channel: string): Promise<unknown> } }).remit.invoke(
      'app:get-info',
    ),
  );
  expect(info).toMatchObject({ ok: true, value: { version: expect.any(String) } });
});

test('the library is in persistent storage (the permission handler grants persist() to the app)', async () => {
  const app = await launch();
  const page = await app.firstWindow();
  await expect(lane(page, 'CIO')).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.storage.persisted())).toBe(true);
});

test('window.open and navigation away are refused', async () => {
  const app = await launch();
  const page = await app.firstWindow();
  await expect(lane(page, 'CIO')).toBeVisible();
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(/^app:\/\/remit\//);
  expect(app.windows()).toHaveLength(1);
});

test('a move survives a restart', async () => {
  let app = await launch();
  let page = await app.firstWindow();
  await expect(card(lane(page, 'CIO'), TITLE)).toBeVisible();
  await dragByPointer(page, card(lane(page, 'CIO'), TITLE), lane(page, 'CTO'));
  await expect(card(lane(page, 'CTO'), TITLE)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await app.close();
  running.splice(running.indexOf(app), 1);

  app = await launch();
  page = await app.firstWindow();
  await expect(card(lane(page, 'CTO'), TITLE)).toBeVisible();
  await expect(card(lane(page, 'CIO'), TITLE)).toHaveCount(0);
});

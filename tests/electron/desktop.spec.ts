import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { MenuCommand } from '../../shared/ipc/channels.js';
import { card, dragByPointer, lane } from '../e2e/support/board.js';
import { launchRemit, skipWithoutElectron } from './harness.js';

// Desktop integration in real Electron (npm run build first): the native menu's Undo, PDF export
// to a file, window placement across restarts, and the secure preferences of every window, the
// hidden PDF window included. Where no Electron binary is installed every test skips and the
// reason is printed.
skipWithoutElectron();

const TITLE = 'Run the employee service desk';

let workDir: string;
const running: ElectronApplication[] = [];

test.beforeEach(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'remit-desktop-'));
});

test.afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => app.close().catch(() => undefined)));
  await rm(workDir, { recursive: true, force: true });
});

async function launch(): Promise<ElectronApplication> {
  const app = await launchRemit(path.join(workDir, 'profile'));
  running.push(app);
  return app;
}

async function close(app: ElectronApplication): Promise<void> {
  await app.close();
  running.splice(running.indexOf(app), 1);
}

/** Chooses a native menu item the way a click does: by its command id, in the main window. */
async function chooseMenu(app: ElectronApplication, command: MenuCommand): Promise<void> {
  await app.evaluate(({ BrowserWindow, Menu }, id) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(id);
    if (!item) throw new Error(`no menu item ${id}`);
    const window = BrowserWindow.getAllWindows().find((candidate) => candidate.isVisible());
    item.click(undefined, window, window?.webContents);
  }, command);
}

async function board(app: ElectronApplication): Promise<Page> {
  const page = await app.firstWindow();
  await expect(card(lane(page, 'CIO'), TITLE)).toBeVisible();
  return page;
}

test('the menu Undo undoes the last move, and undoes typing when a text field has focus', async () => {
  const app = await launch();
  const page = await board(app);
  await dragByPointer(page, card(lane(page, 'CIO'), TITLE), lane(page, 'CTO'));
  await expect(card(lane(page, 'CTO'), TITLE)).toBeVisible();

  // Focus in a text field: the menu's Undo undoes the typing there, the move stays.
  const search = page.getByRole('searchbox', { name: /Search/ });
  await search.click();
  await search.pressSequentially('desk');
  await expect(search).toHaveValue('desk');
  await chooseMenu(app, 'edit:undo');
  await expect(search).toHaveValue('');
  await expect(card(lane(page, 'CTO'), TITLE)).toBeVisible();

  // Focus on the board: the menu's Undo undoes the move, Redo makes it again.
  await card(lane(page, 'CTO'), TITLE).focus();
  await chooseMenu(app, 'edit:undo');
  await expect(card(lane(page, 'CIO'), TITLE)).toBeVisible();
  await chooseMenu(app, 'edit:redo');
  await expect(card(lane(page, 'CTO'), TITLE)).toBeVisible();
});

test('Export PDF from the menu writes a PDF file, from a sandboxed hidden window', async () => {
  const app = await launch();
  const page = await board(app);
  const target = path.join(workDir, 'Plan.pdf');
  // The native save dialog cannot be driven; answer it in main with our path.
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (() =>
      Promise.resolve({ canceled: false, filePath }));
  }, target);
  // Record the preferences of every window created during the export (the hidden one is
  // destroyed before the export finishes).
  await app.evaluate(({ app: electronApp }) => {
    const seen: Record<string, unknown>[] = [];
    (globalThis as { remitSeenPreferences?: unknown }).remitSeenPreferences = seen;
    electronApp.on('browser-window-created', (_event, window) => {
      window.webContents.once('did-start-loading', () => {
        const contents = window.webContents as typeof window.webContents & {
          getLastWebPreferences(): Record<string, unknown>;
        };
        seen.push(contents.getLastWebPreferences());
      });
    });
  });

  await chooseMenu(app, 'export:pdf');
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  await expect(dialog.getByRole('status')).toContainText('PDF saved', { timeout: 30_000 });

  const bytes = await readFile(target);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect((await stat(target)).size).toBeGreaterThan(1000);

  const seen = await app.evaluate(
    () => (globalThis as unknown as { remitSeenPreferences: Record<string, unknown>[] }).remitSeenPreferences,
  );
  expect(seen.length).toBeGreaterThan(0);
  for (const preferences of seen) {
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  }
});

test('the window opens where it was left, across a restart', async () => {
  let app = await launch();
  await board(app);
  const placed = { x: 40, y: 30, width: 1100, height: 720 };
  await app.evaluate(({ BrowserWindow }, bounds) => {
    BrowserWindow.getAllWindows()[0]?.setBounds(bounds);
  }, placed);
  const before = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.getNormalBounds(),
  );
  await close(app);
  const saved = JSON.parse(await readFile(path.join(workDir, 'profile', 'desktop-state.json'), 'utf8')) as {
    window: { bounds: unknown };
  };
  expect(saved.window.bounds).toEqual(before);

  app = await launch();
  await board(app);
  const after = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.getNormalBounds(),
  );
  expect(after).toEqual(before);
});

test('a scenario file on the command line reaches the page through app:open-file', async () => {
  // The page's import UI is the library's; here the contract: main reads the file and the
  // preload hands it over (buffered until the page subscribes).
  const app = await launch();
  const page = await board(app);
  const received = page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const bridge = (
          globalThis as unknown as {
            remit: { on(channel: string, listener: (payload: unknown) => void): () => void };
          }
        ).remit;
        const stop = bridge.on('app:open-file', (payload) => {
          stop();
          resolve(payload);
        });
      }),
  );
  const file = path.join(workDir, 'Board plan.remit.json');
  await writeFile(file, '{"format":"remit.scenario"}');
  // A second launch with the file forwards it to this instance (single instance lock).
  await launchRemit(path.join(workDir, 'profile'), [file])
    .then((second) => second.close())
    .catch(() => undefined);
  await expect(received).resolves.toEqual({
    name: 'Board plan.remit.json',
    text: '{"format":"remit.scenario"}',
  });
});

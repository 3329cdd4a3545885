import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/ipc/csp.js';

// Bundles the real electron/main/main.ts like build/scripts/build-electron.mjs does, but with
// `electron` swapped for a recording fake, then runs it: the wiring is checked end to end
// without an Electron binary.

const FAKE_KEY = '__remitFakeElectron';
const require = createRequire(import.meta.url);

function createFakeElectron(userDataDir: string) {
  const calls: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readonly options: Record<string, unknown>;
    readonly once = vi.fn();
    readonly on = vi.fn();
    readonly show = vi.fn();
    readonly maximize = vi.fn();
    readonly isMinimized = () => false;
    readonly restore = vi.fn();
    readonly focus = vi.fn();
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly webContents = { isLoadingMainFrame: () => false, once: vi.fn(), send: vi.fn() };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
      calls.push('new BrowserWindow');
    }
    static getAllWindows = () => windows;
    static fromWebContents = () => null;
  }
  const electron = {
    app: {
      setPath: vi.fn((name: string) => calls.push(`setPath ${name}`)),
      enableSandbox: vi.fn(() => calls.push('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => {
        calls.push('requestSingleInstanceLock');
        return true;
      }),
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener)),
      whenReady: vi.fn(() => {
        calls.push('whenReady');
        return Promise.resolve();
      }),
      getVersion: () => '9.9.9',
      name: 'Remit',
      isReady: () => true,
      getPath: (name: string) => (name === 'userData' ? userDataDir : '/home/user/Documents'),
      isPackaged: false,
      quit: vi.fn(),
      exit: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(() => calls.push('protocol.handle')),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    ipcMain: { handle: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    nativeTheme: { themeSource: 'system' },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
  return { electron, calls, appListeners, windows };
}

let dir: string;
let fake: ReturnType<typeof createFakeElectron>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'remit-main-'));
  await mkdir(path.join(dir, 'renderer'));
  await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Remit</title>');
  const outfile = path.join(dir, 'electron', 'main.cjs');
  await build({
    entryPoints: [path.resolve('electron/main/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'fake-electron',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^electron$/ }, () => ({ path: 'electron', namespace: 'fake' }));
          esbuild.onLoad({ filter: /.*/, namespace: 'fake' }, () => ({
            contents: `module.exports = globalThis.${FAKE_KEY};`,
          }));
        },
      },
    ],
  });
  // A window placement and theme saved by an earlier run.
  await mkdir(path.join(dir, 'profile'));
  await writeFile(
    path.join(dir, 'profile', 'desktop-state.json'),
    JSON.stringify({
      version: 1,
      window: { bounds: { x: 100, y: 80, width: 1100, height: 700 }, maximized: true },
      theme: 'dark',
    }),
  );
  fake = createFakeElectron(path.join(dir, 'profile'));
  (globalThis as Record<string, unknown>)[FAKE_KEY] = fake.electron;
  vi.stubEnv('REMIT_USER_DATA_DIR', path.join(dir, 'profile'));
  require(outfile);
  // Let the whenReady() continuation run.
  await new Promise((resolve) => setTimeout(resolve, 0));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  delete (globalThis as Record<string, unknown>)[FAKE_KEY];
  await rm(dir, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('sets userData, sandbox, the scheme and the lock before the app is ready', () => {
    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', path.join(dir, 'profile'));
    const before = fake.calls.slice(0, fake.calls.indexOf('whenReady'));
    expect(before).toEqual([
      'setPath userData',
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'requestSingleInstanceLock',
    ]);
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
  });

  it('installs deny-all permission handlers on the default session', () => {
    const session = fake.electron.session.defaultSession;
    const callback = vi.fn();
    (session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void)(
      {},
      'media',
      callback,
    );
    expect(callback).toHaveBeenCalledWith(false);
    expect((session.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean)()).toBe(false);
  });

  it('serves the renderer folder next to the bundle over app:// with the CSP header', async () => {
    const [scheme, handler] = fake.electron.protocol.handle.mock.calls[0] as unknown as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://remit/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Remit</title>');
  });

  it('registers one IPC handler per channel', () => {
    expect(fake.electron.ipcMain.handle.mock.calls.map((call) => call[0]).sort()).toEqual([
      'app:get-info',
      'dialog:open-file',
      'dialog:save-file',
      'export:pdf',
      'print:report-ready',
      'shell:open-external',
    ]);
  });

  it('opens the window where the last run left it, with the remembered theme', () => {
    expect(fake.windows[0]?.options).toMatchObject({ x: 100, y: 80, width: 1100, height: 700 });
    const readyToShow = fake.windows[0]?.once.mock.calls.find((call) => call[0] === 'ready-to-show')?.[1] as
      (() => void) | undefined;
    readyToShow?.();
    expect(fake.windows[0]?.maximize).toHaveBeenCalledOnce();
    expect(fake.electron.nativeTheme.themeSource).toBe('dark');
  });

  it('installs the application menu with File, Edit, View and Help', () => {
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const template = fake.electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as {
      label?: string;
      role?: string;
    }[];
    const labels = template.map((item) => item.label ?? item.role);
    expect(labels).toEqual(expect.arrayContaining(['&File', '&Edit', '&View', '&Help']));
  });

  it('opens only allowlisted https pages through shell:open-external', async () => {
    const listener = fake.electron.ipcMain.handle.mock.calls.find(
      (call) => call[0] === 'shell:open-external',
    )?.[1] as unknown as (event: unknown, request: unknown) => Promise<{ ok: boolean }>;
    const event = { senderFrame: { url: 'app://remit/index.html', parent: null }, sender: {} };
    const refused = await listener(event, { url: 'https://evil.example/' });
    expect(refused.ok).toBe(false);
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
    const url = 'https://cioindex.com/toolkit/cio-cto-chief-information-officer-chief-technology-officer/';
    expect(await listener(event, { url })).toEqual({ ok: true, value: undefined });
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith(url);
  });

  it('opens one hidden window with the secure preferences and the bundled preload on app://remit', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0];
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        preload: path.join(dir, 'electron', 'preload.cjs'),
      },
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://remit/index.html');
    expect(window?.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
  });

  it('hardens every web contents created later', () => {
    const created = fake.appListeners.get('web-contents-created');
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    created?.({}, contents);
    expect(contents.on.mock.calls.map((call) => call[0])).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as () => unknown;
    expect(handler()).toEqual({ action: 'deny' });
  });

  it('listens for a second instance', () => {
    expect(fake.appListeners.has('second-instance')).toBe(true);
  });

  it("sends a scenario file from a second instance's command line to the page as app:open-file", async () => {
    const file = path.join(dir, 'Board plan.remit.json');
    await writeFile(file, '\uFEFF{"format":"remit.scenario"}');
    const window = fake.windows[0];
    window?.webContents.send.mockClear();
    fake.appListeners.get('second-instance')?.({}, ['remit', '--flag', 'Board plan.remit.json'], dir);
    await vi.waitFor(() => expect(window?.webContents.send).toHaveBeenCalled());
    expect(window?.focus).toHaveBeenCalled();
    // Any local program can start a second instance: the user was asked first.
    expect(fake.electron.dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ message: 'Import “Board plan.remit.json” into your library?' }),
    );
    expect(window?.webContents.send).toHaveBeenCalledWith('app:open-file', {
      name: 'Board plan.remit.json',
      text: '{"format":"remit.scenario"}',
    });
  });

  it('imports nothing from a second instance when the user cancels', async () => {
    const file = path.join(dir, 'Pushed.remit.json');
    await writeFile(file, '{}');
    const window = fake.windows[0];
    window?.webContents.send.mockClear();
    fake.electron.dialog.showMessageBox.mockImplementationOnce(() => Promise.resolve({ response: 1 }));
    fake.appListeners.get('second-instance')?.({}, ['remit', 'Pushed.remit.json'], dir);
    await vi.waitFor(() => expect(fake.electron.dialog.showMessageBox).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window?.webContents.send).not.toHaveBeenCalled();
  });

  it('sends a file opened through the macOS file association (open-file) to the page', async () => {
    const file = path.join(dir, 'Other.remit.json');
    await writeFile(file, '{}');
    const window = fake.windows[0];
    window?.webContents.send.mockClear();
    const event = { preventDefault: vi.fn() };
    fake.appListeners.get('open-file')?.(event, file);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(window?.webContents.send).toHaveBeenCalledWith('app:open-file', {
        name: 'Other.remit.json',
        text: '{}',
      }),
    );
  });
});

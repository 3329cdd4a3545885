import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, secureWebPreferences } from '../../../../electron/main/window.js';

describe('secureWebPreferences', () => {
  it('spells out every secure setting', () => {
    expect(secureWebPreferences('/app/preload.cjs', false)).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });
});

describe('createMainWindow', () => {
  function fakeWindow() {
    const once = new Map<string, () => void>();
    return {
      once,
      window: {
        once: vi.fn((name: string, listener: () => void) => {
          once.set(name, listener);
        }),
        show: vi.fn(),
        loadURL: vi.fn(() => Promise.resolve()),
      },
    };
  }

  it('creates the window hidden and shows it on ready-to-show', () => {
    const fake = fakeWindow();
    let options: BrowserWindowConstructorOptions | undefined;
    createMainWindow({
      create: (given) => {
        options = given;
        return fake.window as never;
      },
      preloadPath: '/app/preload.cjs',
      url: 'app://remit/index.html',
      devTools: false,
    });
    expect(options?.show).toBe(false);
    expect(options?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(options?.backgroundColor).toBe('#f6f7f9');
    expect(fake.window.loadURL).toHaveBeenCalledWith('app://remit/index.html');
    expect(fake.window.show).not.toHaveBeenCalled();
    fake.once.get('ready-to-show')?.();
    expect(fake.window.show).toHaveBeenCalledOnce();
  });
});

describe('createMainWindow placement and theme', () => {
  function capture(extra: {
    bounds?: { x: number; y: number; width: number; height: number };
    maximized?: boolean;
    dark?: boolean;
  }) {
    const once = new Map<string, () => void>();
    let options: BrowserWindowConstructorOptions | undefined;
    const window = {
      once: vi.fn((name: string, listener: () => void) => {
        once.set(name, listener);
      }),
      show: vi.fn(),
      maximize: vi.fn(),
      loadURL: vi.fn(() => Promise.resolve()),
    };
    createMainWindow({
      create: (given) => {
        options = given;
        return window as never;
      },
      preloadPath: '/app/preload.cjs',
      url: 'app://remit/index.html',
      devTools: false,
      ...extra,
    });
    return { options, window, once };
  }

  it('opens at the given bounds, maximizing before it is first shown', () => {
    const { options, window, once } = capture({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
    });
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, minWidth: 760, minHeight: 520 });
    once.get('ready-to-show')?.();
    expect(window.maximize).toHaveBeenCalledOnce();
    expect(window.maximize.mock.invocationCallOrder[0]).toBeLessThan(
      window.show.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('uses the default size and does not maximize without a saved placement', () => {
    const { options, window, once } = capture({});
    expect(options).toMatchObject({ width: 1280, height: 820 });
    expect(options?.x).toBeUndefined();
    once.get('ready-to-show')?.();
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('paints a dark window before a dark page loads', () => {
    expect(capture({ dark: true }).options?.backgroundColor).toBe('#12161c');
  });
});

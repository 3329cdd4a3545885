import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, secureWebPreferences } from '../../../electron/main/window.js';

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
    expect(fake.window.loadURL).toHaveBeenCalledWith('app://remit/index.html');
    expect(fake.window.show).not.toHaveBeenCalled();
    fake.once.get('ready-to-show')?.();
    expect(fake.window.show).toHaveBeenCalledOnce();
  });
});

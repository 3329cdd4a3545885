import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../../../electron/main/app-url.js';
import {
  denyPermissionCheck,
  denyPermissionRequest,
  guardPermissionCheck,
  guardPermissionRequest,
  denyWindowOpen,
  guardNavigation,
  hardenWebContents,
  installPermissionGuards,
} from '../../../../electron/main/security.js';

describe('isAppUrl (parsed, not prefix-matched)', () => {
  it.each([
    ['app://remit/', true],
    ['app://remit/index.html', true],
    ['app://remit/assets/index-abc.js?x=1#y', true],
    ['app://remit.evil.com/', false],
    ['app://remit@evil/', false],
    ['app://remit:pw@remit/', false],
    ['app://remit:8080/', false],
    ['app://evil/remit/', false],
    ['https://remit/', false],
    ['https://example.com/', false],
    ['http://app://remit/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app:remit', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('guardNavigation', () => {
  it.each(['app://remit.evil.com/', 'app://remit@evil/', 'https://example.com/', 'file:///tmp/x.html'])(
    'refuses %s',
    (url) => {
      const event = { preventDefault: vi.fn() };
      expect(guardNavigation(event, url)).toBe(false);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    },
  );

  it('lets the app origin through', () => {
    const event = { preventDefault: vi.fn() };
    expect(guardNavigation(event, 'app://remit/index.html')).toBe(true);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});

describe('hardenWebContents', () => {
  function harden() {
    const listeners = new Map<string, (event: unknown) => void>();
    const contents = {
      on: vi.fn((name: string, listener: (event: unknown) => void) => {
        listeners.set(name, listener);
        return contents;
      }),
      setWindowOpenHandler: vi.fn(),
    };
    hardenWebContents(contents as unknown as Pick<WebContents, 'on' | 'setWindowOpenHandler'>);
    return { contents, listeners };
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'cancels %s to another origin and allows the app origin',
    (name) => {
      const { listeners } = harden();
      const listener = listeners.get(name);
      expect(listener).toBeDefined();
      const away = { url: 'https://evil.example/', preventDefault: vi.fn() };
      listener?.(away);
      expect(away.preventDefault).toHaveBeenCalledOnce();
      const home = { url: 'app://remit/index.html', preventDefault: vi.fn() };
      listener?.(home);
      expect(home.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('refuses to attach a <webview>', () => {
    const { listeners } = harden();
    const event = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('installs the deny window-open handler', () => {
    const { contents } = harden();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as () => unknown;
    expect(handler).toBe(denyWindowOpen);
  });
});

describe('window.open', () => {
  it('is denied for every URL', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'a %s request is denied',
    (permission) => {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('every permission check answers false', () => {
    expect(denyPermissionCheck()).toBe(false);
  });

  it('installs request, check and device handlers that deny all but persistent storage for the app', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    installPermissionGuards(session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as typeof guardPermissionRequest;
    const callback = vi.fn();
    request({}, 'media', callback, { requestingUrl: 'app://remit/' });
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as typeof guardPermissionCheck;
    expect(check({}, 'media', 'app://remit')).toBe(false);
    expect(check({}, 'persistent-storage', 'app://remit')).toBe(true);
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
  });

  it.each([
    ['persistent-storage', 'app://remit/index.html', true],
    ['persistent-storage', 'app://remit.evil.com/', false],
    ['persistent-storage', 'https://example.com/', false],
    ['persistent-storage', '', false],
    ['media', 'app://remit/', false],
    ['notifications', 'app://remit/', false],
    ['unknown', 'app://remit/', false],
  ])('a %s request from %j is granted: %s', (permission, requestingUrl, granted) => {
    const callback = vi.fn();
    guardPermissionRequest({}, permission, callback, { requestingUrl });
    expect(callback).toHaveBeenCalledExactlyOnceWith(granted);
    expect(guardPermissionCheck({}, permission, requestingUrl)).toBe(granted);
  });
});

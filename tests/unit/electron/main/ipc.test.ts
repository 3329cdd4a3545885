import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IpcFailure } from '../../../../electron/main/ipc-failure.js';
import {
  createInvokeListener,
  isTrustedSender,
  registerIpcHandlers,
  sendEvent,
  type IpcHandlers,
} from '../../../../electron/main/ipc.js';
import { INVOKE_CHANNELS, MAX_FILE_BYTES } from '../../../../shared/ipc/channels.js';

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

function eventFrom(frame: FakeFrame | null): IpcMainInvokeEvent {
  return { senderFrame: frame, sender: { id: 1 } } as unknown as IpcMainInvokeEvent;
}

const top = (url: string): FakeFrame => ({ url, parent: null });
const appEvent = (): IpcMainInvokeEvent => eventFrom(top('app://remit/index.html'));

describe('isTrustedSender', () => {
  it('accepts the top frame of the app origin', () => {
    expect(isTrustedSender(appEvent())).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'app://remit.evil.com/',
    'app://remit@evil/',
    'file:///home/user/x.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses a frame at %s', (url) => {
    expect(isTrustedSender(eventFrom(top(url)))).toBe(false);
  });

  it('refuses a destroyed frame (senderFrame null)', () => {
    expect(isTrustedSender(eventFrom(null))).toBe(false);
  });

  it('refuses a sub-frame, even on the app origin', () => {
    const child: FakeFrame = { url: 'app://remit/index.html', parent: top('app://remit/') };
    expect(isTrustedSender(eventFrom(child))).toBe(false);
  });
});

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  return {
    'app:get-info': () => ({ version: '1.2.3', platform: 'linux' }),
    'dialog:save-file': () => ({ saved: true, location: '/tmp/x.remit.json' }),
    'dialog:open-file': () => null,
    'export:pdf': () => ({ saved: false }),
    'print:report-ready': () => undefined,
    'shell:open-external': () => undefined,
    ...overrides,
  };
}

describe('createInvokeListener', () => {
  it('answers a trusted, valid request with the handler value', async () => {
    const listener = createInvokeListener('app:get-info', handlers()['app:get-info']);
    await expect(listener(appEvent())).resolves.toEqual({
      ok: true,
      value: { version: '1.2.3', platform: 'linux' },
    });
  });

  it('refuses a forged sender without running the handler', async () => {
    const save = vi.fn(() => ({ saved: true }));
    const log = vi.fn();
    const listener = createInvokeListener('dialog:save-file', save, log);
    const request = { suggestedName: 'a.remit.json', mimeType: 'application/json', data: '{}' };
    const result = await listener(eventFrom(top('https://evil.example/')), request);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(save).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it.each([
    ['no payload', []],
    ['a string', ['plan.remit.json']],
    ['a path in the name', [{ suggestedName: '../../.bashrc', mimeType: 'text/plain', data: 'x' }]],
    ['a Windows path', [{ suggestedName: 'C:\\x\\y.json', mimeType: 'text/plain', data: 'x' }]],
    ['an unknown key', [{ suggestedName: 'a.json', mimeType: 'a/b', data: 'x', path: '/etc' }]],
    ['data of the wrong type', [{ suggestedName: 'a.json', mimeType: 'a/b', data: 42 }]],
    ['two arguments', [{ suggestedName: 'a.json', mimeType: 'a/b', data: 'x' }, 'extra']],
    [
      'data over the size limit',
      [{ suggestedName: 'a.bin', mimeType: 'a/b', data: new Uint8Array(MAX_FILE_BYTES + 1) }],
    ],
  ])('refuses a save request with %s', async (_label, args) => {
    const save = vi.fn(() => ({ saved: true }));
    const listener = createInvokeListener('dialog:save-file', save);
    const result = await listener(appEvent(), ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses a payload on a channel that takes none', async () => {
    const listener = createInvokeListener('app:get-info', handlers()['app:get-info']);
    await expect(listener(appEvent(), { sneaky: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('accepts bytes as save data', async () => {
    const save = vi.fn(() => ({ saved: true }));
    const listener = createInvokeListener('dialog:save-file', save);
    const request = { suggestedName: 'a.pdf', mimeType: 'application/pdf', data: new Uint8Array([1, 2]) };
    await expect(listener(appEvent(), request)).resolves.toMatchObject({ ok: true });
    expect(save).toHaveBeenCalledWith(request, { sender: { id: 1 } });
  });

  it('turns an IpcFailure into an error value with its message', async () => {
    const listener = createInvokeListener('dialog:open-file', () => {
      throw new IpcFailure('io', 'Remit could not read "x": permission was denied.');
    });
    await expect(listener(appEvent(), { accept: ['.remit.json'] })).resolves.toEqual({
      ok: false,
      error: { code: 'io', message: 'Remit could not read "x": permission was denied.' },
    });
  });

  it('hides unexpected errors behind "internal" and logs them', async () => {
    const log = vi.fn();
    const listener = createInvokeListener(
      'dialog:open-file',
      () => {
        throw new Error('secret stack detail /home/user');
      },
      log,
    );
    const result = await listener(appEvent(), { accept: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalled();
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly the allowlisted channels', () => {
    const ipcMain = { handle: vi.fn() };
    registerIpcHandlers(ipcMain, handlers());
    const channels = ipcMain.handle.mock.calls.map((call) => call[0] as string).sort();
    expect(channels).toEqual(Object.keys(INVOKE_CHANNELS).sort());
  });
});

describe('sendEvent', () => {
  it('sends a valid payload', () => {
    const contents = { send: vi.fn() };
    sendEvent(contents as unknown as Pick<WebContents, 'send'>, 'menu:run-command', 'edit:undo');
    expect(contents.send).toHaveBeenCalledWith('menu:run-command', 'edit:undo');
  });

  it('throws on an invalid payload instead of forwarding it', () => {
    const contents = { send: vi.fn() };
    expect(() =>
      sendEvent(contents as unknown as Pick<WebContents, 'send'>, 'menu:run-command', 'rm -rf' as never),
    ).toThrow();
    expect(contents.send).not.toHaveBeenCalled();
  });
});

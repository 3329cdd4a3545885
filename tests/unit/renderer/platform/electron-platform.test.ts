import { describe, expect, it, vi } from 'vitest';
import {
  createElectronPlatform,
  PlatformRequestError,
} from '../../../../renderer/platform/electron-platform.js';
import type { RemitBridge } from '../../../../shared/ipc/bridge.js';
import type { MenuCommand } from '../../../../shared/ipc/channels.js';

function fakeBridge(answers: Record<string, unknown>) {
  const invoke = vi.fn((channel: string) => Promise.resolve(answers[channel]));
  const on = vi.fn(() => () => undefined);
  return { invoke, on, bridge: { invoke, on } as unknown as RemitBridge };
}

describe('createElectronPlatform', () => {
  it('is the electron kind and unwraps getInfo', async () => {
    const { bridge } = fakeBridge({
      'app:get-info': { ok: true, value: { version: '0.1.0', platform: 'linux' } },
    });
    const platform = createElectronPlatform(bridge);
    expect(platform.kind).toBe('electron');
    await expect(platform.getInfo()).resolves.toEqual({ version: '0.1.0', platform: 'linux' });
  });

  it('saves through dialog:save-file with only the contract fields', async () => {
    const fake = fakeBridge({ 'dialog:save-file': { ok: true, value: { saved: true, location: '/x' } } });
    const platform = createElectronPlatform(fake.bridge);
    const request = { suggestedName: 'a.remit.json', mimeType: 'application/json', data: '{}', extra: 1 };
    await expect(platform.saveFile(request)).resolves.toEqual({ saved: true, location: '/x' });
    expect(fake.invoke).toHaveBeenCalledWith('dialog:save-file', {
      suggestedName: 'a.remit.json',
      mimeType: 'application/json',
      data: '{}',
    });
  });

  it('rejects with the message from main when a request fails', async () => {
    const { bridge } = fakeBridge({
      'dialog:open-file': { ok: false, error: { code: 'too-large', message: '"x" is too large.' } },
    });
    const failure = await createElectronPlatform(bridge)
      .openFile(['.remit.json'])
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PlatformRequestError);
    expect(failure).toMatchObject({ code: 'too-large', message: '"x" is too large.' });
  });

  it('subscribes to menu commands and opened files through the bridge', () => {
    const fake = fakeBridge({});
    const platform = createElectronPlatform(fake.bridge);
    const listener = vi.fn();
    expect(typeof platform.onMenuCommand(listener)).toBe('function');
    platform.onFileOpened(listener);
    expect(fake.on).toHaveBeenNthCalledWith(1, 'menu:run-command', expect.any(Function));
    expect(fake.on).toHaveBeenNthCalledWith(2, 'app:open-file', listener);
  });
});

describe('menu commands in the Electron platform', () => {
  /** A bridge whose menu event can be fired by the test. */
  function menuBridge() {
    let fire: ((command: MenuCommand) => void) | undefined;
    const unsubscribe = vi.fn(() => {
      fire = undefined;
    });
    const on = vi.fn((_channel: string, listener: (command: MenuCommand) => void) => {
      fire = listener;
      return unsubscribe;
    });
    const bridge = { invoke: vi.fn(), on } as unknown as RemitBridge;
    return { bridge, on, unsubscribe, fire: (command: MenuCommand) => fire?.(command) };
  }

  function editing(focused: boolean) {
    return { hasFocusedTextField: vi.fn(() => focused), run: vi.fn() };
  }

  it('passes Undo and Redo on to undo the plan when no text field has focus', () => {
    const fake = menuBridge();
    const text = editing(false);
    const listener = vi.fn();
    createElectronPlatform(fake.bridge, text).onMenuCommand(listener);
    fake.fire('edit:undo');
    fake.fire('edit:redo');
    expect(listener.mock.calls).toEqual([['edit:undo'], ['edit:redo']]);
    expect(text.run).not.toHaveBeenCalled();
  });

  it("undoes the focused text field's typing instead, and does not undo the plan", () => {
    const fake = menuBridge();
    const text = editing(true);
    const listener = vi.fn();
    createElectronPlatform(fake.bridge, text).onMenuCommand(listener);
    fake.fire('edit:undo');
    fake.fire('edit:redo');
    expect(text.run.mock.calls).toEqual([['undo'], ['redo']]);
    expect(listener).not.toHaveBeenCalled();
  });

  it('undoes the text field once however many features subscribe', () => {
    const fake = menuBridge();
    const text = editing(true);
    const platform = createElectronPlatform(fake.bridge, text);
    platform.onMenuCommand(vi.fn());
    platform.onMenuCommand(vi.fn());
    fake.fire('edit:undo');
    expect(text.run).toHaveBeenCalledOnce();
    expect(fake.on).toHaveBeenCalledOnce();
  });

  it('passes other commands through while a text field has focus', () => {
    const fake = menuBridge();
    const listener = vi.fn();
    createElectronPlatform(fake.bridge, editing(true)).onMenuCommand(listener);
    fake.fire('export:pdf');
    expect(listener).toHaveBeenCalledExactlyOnceWith('export:pdf');
  });

  it('unsubscribes from the bridge when the last listener leaves', () => {
    const fake = menuBridge();
    const platform = createElectronPlatform(fake.bridge, editing(false));
    const first = vi.fn();
    const stopFirst = platform.onMenuCommand(first);
    const stopSecond = platform.onMenuCommand(vi.fn());
    stopFirst();
    fake.fire('help:about');
    expect(first).not.toHaveBeenCalled();
    expect(fake.unsubscribe).not.toHaveBeenCalled();
    stopSecond();
    expect(fake.unsubscribe).toHaveBeenCalledOnce();
  });
});

describe('openExternal in the Electron platform', () => {
  it('asks main through shell:open-external and rejects with its message when refused', async () => {
    const fake = fakeBridge({
      'shell:open-external': { ok: false, error: { code: 'invalid-request', message: 'Only sources.' } },
    });
    const platform = createElectronPlatform(fake.bridge);
    await expect(platform.openExternal('https://evil.example/')).rejects.toMatchObject({
      code: 'invalid-request',
      message: 'Only sources.',
    });
    expect(fake.invoke).toHaveBeenCalledWith('shell:open-external', { url: 'https://evil.example/' });
  });
});

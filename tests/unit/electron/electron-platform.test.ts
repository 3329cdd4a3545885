import { describe, expect, it, vi } from 'vitest';
import {
  createElectronPlatform,
  PlatformRequestError,
} from '../../../renderer/platform/electron-platform.js';
import type { RemitBridge } from '../../../shared/ipc/bridge.js';

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
    expect(fake.on).toHaveBeenNthCalledWith(1, 'menu:run-command', listener);
    expect(fake.on).toHaveBeenNthCalledWith(2, 'app:open-file', listener);
  });
});

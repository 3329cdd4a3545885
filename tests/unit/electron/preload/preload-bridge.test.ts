import type { IpcRendererEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createBridge, type IpcRendererLike } from '../../../../electron/preload/create-bridge.js';

function fakeIpc() {
  const handlers = new Map<string, (event: IpcRendererEvent, payload: unknown) => void>();
  const ipc = {
    invoke: vi.fn(() => Promise.resolve({ ok: true, value: 'x' })),
    on: vi.fn((channel: string, handler: (event: IpcRendererEvent, payload: unknown) => void) => {
      handlers.set(channel, handler);
      return ipc;
    }),
  };
  const emit = (channel: string, payload: unknown): void =>
    handlers.get(channel)?.({ sender: 'SECRET' } as unknown as IpcRendererEvent, payload);
  return { ipc, emit, handlers };
}

describe('preload bridge', () => {
  it('forwards allowlisted invokes', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc as unknown as IpcRendererLike);
    await bridge.invoke('dialog:open-file', { accept: ['.json'] });
    expect(ipc.invoke).toHaveBeenCalledWith('dialog:open-file', { accept: ['.json'] });
  });

  it('rejects a channel outside the allowlist without touching ipcRenderer', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc as unknown as IpcRendererLike);
    await expect(bridge.invoke('shell:exec' as never)).rejects.toThrow(/not an allowed channel/);
    await expect(bridge.invoke('__proto__' as never)).rejects.toThrow(/not an allowed channel/);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('listens only to allowlisted events, once each', () => {
    const { ipc, handlers } = fakeIpc();
    createBridge(ipc as unknown as IpcRendererLike);
    expect([...handlers.keys()].sort()).toEqual(['app:open-file', 'menu:run-command']);
  });

  it('refuses to subscribe to an unknown event', () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc as unknown as IpcRendererLike);
    expect(() => bridge.on('ipc:anything' as never, () => undefined)).toThrow(/not an allowed event/);
  });

  it('gives listeners the payload only, and on() returns a working unsubscribe', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc as unknown as IpcRendererLike);
    const listener = vi.fn();
    const unsubscribe = bridge.on('menu:run-command', listener);
    emit('menu:run-command', 'edit:undo');
    expect(listener).toHaveBeenCalledExactlyOnceWith('edit:undo');
    unsubscribe();
    unsubscribe();
    emit('menu:run-command', 'edit:redo');
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keeps one listener working when another throws', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc as unknown as IpcRendererLike);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const good = vi.fn();
    bridge.on('menu:run-command', () => {
      throw new Error('boom');
    });
    bridge.on('menu:run-command', good);
    emit('menu:run-command', 'help:about');
    expect(good).toHaveBeenCalledWith('help:about');
    error.mockRestore();
  });

  it('buffers a file opened before the page subscribed, and delivers it once', async () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc as unknown as IpcRendererLike);
    emit('app:open-file', { name: 'a.remit.json', text: '{}' });
    emit('menu:run-command', 'edit:undo');
    const files = vi.fn();
    const commands = vi.fn();
    bridge.on('app:open-file', files);
    bridge.on('menu:run-command', commands);
    await Promise.resolve();
    expect(files).toHaveBeenCalledExactlyOnceWith({ name: 'a.remit.json', text: '{}' });
    expect(commands).not.toHaveBeenCalled();
    const later = vi.fn();
    bridge.on('app:open-file', later);
    await Promise.resolve();
    expect(later).not.toHaveBeenCalled();
  });

  it('is frozen', () => {
    const { ipc } = fakeIpc();
    expect(Object.isFrozen(createBridge(ipc as unknown as IpcRendererLike))).toBe(true);
  });
});

import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { RemitBridge } from '../../shared/ipc/bridge.js';
import {
  EVENT_CHANNELS,
  isEventChannel,
  isInvokeChannel,
  type EventChannel,
} from '../../shared/ipc/channels.js';

/** The `ipcRenderer` calls the bridge makes. */
export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on'>;

/**
 * Events kept until the page subscribes: a file the OS asked to open can arrive before React
 * has mounted its listener, and must not be lost.
 */
const BUFFERED_CHANNELS: ReadonlySet<EventChannel> = new Set<EventChannel>(['app:open-file']);
const MAX_BUFFERED = 16;

type Listener = (payload: unknown) => void;

/**
 * Builds the object the preload exposes as `window.remit`. Only allowlisted channels pass;
 * listeners receive the payload alone (never the `IpcRendererEvent`, which holds `sender`);
 * `on` returns its own unsubscribe, so identity of page functions proxied by `contextBridge`
 * never matters.
 */
export function createBridge(ipc: IpcRendererLike): RemitBridge {
  const listeners = new Map<EventChannel, Set<Listener>>();
  const buffered = new Map<EventChannel, unknown[]>();

  const dispatch = (listener: Listener, payload: unknown): void => {
    try {
      listener(payload);
    } catch (error) {
      console.error('Remit: an IPC event listener failed', error);
    }
  };

  for (const channel of Object.keys(EVENT_CHANNELS) as EventChannel[]) {
    const subscribed = new Set<Listener>();
    listeners.set(channel, subscribed);
    ipc.on(channel, (_event: IpcRendererEvent, payload: unknown) => {
      if (subscribed.size === 0) {
        if (!BUFFERED_CHANNELS.has(channel)) return;
        const queue = buffered.get(channel) ?? [];
        if (queue.length < MAX_BUFFERED) queue.push(payload);
        buffered.set(channel, queue);
        return;
      }
      for (const listener of [...subscribed]) dispatch(listener, payload);
    });
  }

  const bridge: RemitBridge = {
    invoke(channel, ...args) {
      if (!isInvokeChannel(channel)) {
        return Promise.reject(new Error(`Remit: "${String(channel)}" is not an allowed channel.`));
      }
      return ipc.invoke(channel, ...args);
    },
    on(channel, listener) {
      const subscribed = isEventChannel(channel) ? listeners.get(channel) : undefined;
      if (!subscribed) throw new Error(`Remit: "${channel}" is not an allowed event.`);
      if (typeof listener !== 'function') throw new TypeError('Remit: the listener must be a function.');
      const entry: Listener = (payload) => listener(payload as never);
      subscribed.add(entry);
      const pending = buffered.get(channel);
      if (pending) {
        buffered.delete(channel);
        queueMicrotask(() => {
          for (const payload of pending) if (subscribed.has(entry)) dispatch(entry, payload);
        });
      }
      return () => {
        subscribed.delete(entry);
      };
    },
  };
  return Object.freeze(bridge);
}

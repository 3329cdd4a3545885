import type {
  EventChannel,
  EventPayload,
  InvokeArgs,
  InvokeChannel,
  InvokeResponse,
  IpcResult,
} from './channels.js';

/** Name of the global the preload exposes: `window.remit`. */
export const BRIDGE_GLOBAL = 'remit';

/**
 * The one object the preload exposes to the page. Only allowlisted channels pass; the raw
 * `ipcRenderer` and its event objects never reach the page.
 */
export interface RemitBridge {
  /**
   * Sends a request to main and resolves with its result. Never rejects for a refused or
   * failed request (that is an `ok: false` result); rejects only for a channel that is not in
   * the allowlist.
   */
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<IpcResult<InvokeResponse<C>>>;
  /**
   * Subscribes to an event from main; returns the function that unsubscribes this listener.
   * Throws for a channel that is not in the allowlist.
   */
  on<C extends EventChannel>(channel: C, listener: (payload: EventPayload<C>) => void): () => void;
}

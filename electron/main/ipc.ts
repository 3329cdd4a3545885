import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokeRequest,
  type InvokeResponse,
  type IpcResult,
} from '../../shared/ipc/channels.js';
import { EVENT_PAYLOAD_SCHEMAS, INVOKE_REQUEST_SCHEMAS } from '../../shared/ipc/schemas.js';
import { isAppUrl } from './app-url.js';
import { IpcFailure } from './ipc-failure.js';

/** What a handler knows about the request besides its payload. */
export interface IpcContext {
  /** The web contents that sent the request (already checked to be a Remit page). */
  readonly sender: WebContents;
}

/**
 * One handler per invoke channel. Being a mapped type over the contract, a missing or
 * mistyped handler is a compile error. Handlers receive an already validated payload; they
 * throw {@link IpcFailure} for errors a user can cause.
 */
export type IpcHandlers = {
  readonly [C in InvokeChannel]: (
    request: InvokeRequest<C>,
    context: IpcContext,
  ) => InvokeResponse<C> | Promise<InvokeResponse<C>>;
};

/** The part of an invoke event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/**
 * True when the request comes from the top-level frame of a page on the app origin. A
 * destroyed or navigated-away frame (`senderFrame` null), a sub-frame or any other origin is
 * refused.
 */
export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Builds the `ipcMain.handle` listener of one channel: sender check, validation, handler. */
export function createInvokeListener<C extends InvokeChannel>(
  channel: C,
  handler: IpcHandlers[C],
  log: (message: string, error?: unknown) => void = console.error,
): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcResult<InvokeResponse<C>>> {
  const schema = INVOKE_REQUEST_SCHEMAS[channel];
  return async (event, ...args) => {
    if (!isTrustedSender(event)) {
      log(`Remit: refused "${channel}" from an untrusted sender (${event.senderFrame?.url ?? 'no frame'})`);
      return { ok: false, error: { code: 'forbidden', message: 'This request is not allowed.' } };
    }
    const parsed = args.length <= 1 ? schema.safeParse(args[0]) : undefined;
    if (!parsed?.success) {
      const detail = parsed?.error.issues[0]?.message ?? 'too many arguments';
      return {
        ok: false,
        error: { code: 'invalid-request', message: `Invalid request for "${channel}": ${detail}` },
      };
    }
    try {
      const value = await handler(parsed.data, { sender: event.sender });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof IpcFailure) return { ok: false, error: error.toIpcError() };
      log(`Remit: "${channel}" failed`, error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong in Remit. Please try again.' },
      };
    }
  };
}

/** Registers every handler with `ipcMain.handle`, one per allowlisted channel. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  log?: (message: string, error?: unknown) => void,
): void {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- C ties the channel to its handler's type, which a plain union would lose
  const register = <C extends InvokeChannel>(channel: C): void => {
    ipcMain.handle(channel, createInvokeListener(channel, handlers[channel], log));
  };
  for (const channel of Object.keys(INVOKE_CHANNELS) as InvokeChannel[]) register(channel);
}

/**
 * Sends an event to a renderer after validating its payload with the shared schema. Throws
 * when the payload is invalid: that is a bug in main, not something to forward.
 */
export function sendEvent<C extends EventChannel>(
  contents: Pick<WebContents, 'send'>,
  channel: C,
  payload: EventPayload<C>,
): void {
  if (!Object.hasOwn(EVENT_CHANNELS, channel)) throw new Error(`Unknown event channel ${channel}`);
  const checked = EVENT_PAYLOAD_SCHEMAS[channel].parse(payload);
  contents.send(channel, checked);
}

import type { RemitBridge } from '../../shared/ipc/bridge.js';
import type { IpcErrorCode, IpcResult } from '../../shared/ipc/channels.js';
import type { Platform } from './platform.js';

/** A request main refused or could not complete; `message` is written for the user. */
export class PlatformRequestError extends Error {
  readonly code: IpcErrorCode;

  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'PlatformRequestError';
    this.code = code;
  }
}

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformRequestError(result.error.code, result.error.message);
}

/**
 * The platform inside Electron: every call goes through the preload bridge (`window.remit`).
 * Failed requests reject with a {@link PlatformRequestError} whose message can be shown as is.
 */
export function createElectronPlatform(bridge: RemitBridge): Platform {
  return {
    kind: 'electron',
    getInfo: async () => unwrap(await bridge.invoke('app:get-info')),
    saveFile: async (request) =>
      unwrap(
        await bridge.invoke('dialog:save-file', {
          suggestedName: request.suggestedName,
          mimeType: request.mimeType,
          data: request.data,
        }),
      ),
    openFile: async (accept) => unwrap(await bridge.invoke('dialog:open-file', { accept: [...accept] })),
    onMenuCommand: (listener) => bridge.on('menu:run-command', listener),
    onFileOpened: (listener) => bridge.on('app:open-file', listener),
    exportPdf: async (request) => {
      const result = unwrap(
        await bridge.invoke('export:pdf', {
          scenarioId: request.scenarioId,
          suggestedName: request.suggestedName,
          options: { ...request.options },
        }),
      );
      return result.saved ? { kind: 'saved', location: result.location } : { kind: 'cancelled' };
    },
    reportPrintReady: (report) => {
      // Fire and forget: main answers only the export waiting for this window.
      bridge.invoke('print:report-ready', report).catch((error: unknown) => {
        console.error('Remit: could not report the print view as ready', error);
      });
    },
  };
}

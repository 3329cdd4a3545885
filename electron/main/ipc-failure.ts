import type { IpcError, IpcErrorCode } from '../../shared/ipc/channels.js';

/**
 * An error a handler throws on purpose, with a code and a message meant for the user. The IPC
 * layer turns it into an `ok: false` result; any other thrown error becomes `internal`.
 */
export class IpcFailure extends Error {
  readonly code: IpcErrorCode;

  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'IpcFailure';
    this.code = code;
  }

  /** The error as it crosses IPC. */
  toIpcError(): IpcError {
    return { code: this.code, message: this.message };
  }
}

/**
 * Bounded reads of standard input for the CLI: every `-` argument reads through here, so a
 * limit or a check added once applies to every command.
 */
import { BoundedReadError, readDescriptorSync } from '../files/bounded-read.js';

/** Raised when standard input cannot be read or holds more than the caller allows. */
export class StdinError extends Error {
  override readonly name = 'StdinError';
}

/**
 * Reads all of standard input as strict UTF-8 text, refusing (with a {@link StdinError} that
 * names `what` and the limit) input over `maxBytes` after reading at most one byte past it
 * (the same bounded loop the CLI and the main process use for files, so `< /dev/zero` stops),
 * and input that is not UTF-8. Blocks until end of input.
 */
export function readStdinText(maxBytes: number, what: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readDescriptorSync(0, maxBytes);
  } catch (error) {
    if (error instanceof BoundedReadError && error.reason === 'too-large') {
      throw new StdinError(`${what} is larger than ${formatBytes(maxBytes)}, the most Remit reads`);
    }
    throw new StdinError(`cannot read ${what}: ${(error as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new StdinError(`cannot read ${what}: it is not UTF-8 text`);
  }
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
}

/**
 * Bounded reads of standard input for the CLI: every `-` argument reads through here, so a
 * limit or a check added once applies to every command.
 */
import { readSync } from 'node:fs';

/** Raised when standard input cannot be read or holds more than the caller allows. */
export class StdinError extends Error {
  override readonly name = 'StdinError';
}

const CHUNK_BYTES = 64 * 1024;

function readChunk(buffer: Buffer): number {
  for (;;) {
    try {
      return readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0;
      // A non-blocking pipe with nothing in it yet: wait a moment rather than spin.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      throw new StdinError(`cannot read standard input: ${(error as Error).message}`);
    }
  }
}

/**
 * Reads all of standard input as strict UTF-8 text, refusing (with a {@link StdinError} that
 * names `what` and the limit) input over `maxBytes` without reading more than one chunk past
 * it, and input that is not UTF-8. Blocks until end of input.
 */
export function readStdinText(maxBytes: number, what: string): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (;;) {
    const read = readChunk(buffer);
    if (read === 0) break;
    total += read;
    if (total > maxBytes) {
      throw new StdinError(`${what} is larger than ${formatBytes(maxBytes)}, the most Remit reads`);
    }
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.concat(chunks, total));
  } catch {
    throw new StdinError(`cannot read ${what}: it is not UTF-8 text`);
  }
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
}

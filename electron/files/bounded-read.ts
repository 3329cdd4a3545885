/**
 * Reading a file a user (or another program) named, with bounded work: only a regular file is
 * read, and never more than the limit plus one byte (one more than allowed is how "too large"
 * is known without trusting `stat`, which says 0 for /dev/zero). Used by the CLI and by the
 * main process, so a FIFO, a device, or a symlink to one cannot hang or exhaust either.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** Why a bounded read failed; `message` is a short phrase for "cannot read x: …". */
export type BoundedReadReason = 'not-found' | 'permission' | 'not-a-file' | 'too-large' | 'io';

/** A refused or failed read, with a reason a caller can map to its own wording. */
export class BoundedReadError extends Error {
  override readonly name = 'BoundedReadError';
  constructor(
    readonly reason: BoundedReadReason,
    message: string,
  ) {
    super(message);
  }
}

// Opening a FIFO for reading blocks until a writer appears; O_NONBLOCK makes the open return at
// once so fstat can refuse it. It changes nothing for regular files. (Windows has no FIFOs to
// open this way, and no such flag.)
const OPEN_FLAGS = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK);
const CHUNK = 64 * 1024;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function notAFile(stats: Stats): BoundedReadError {
  return new BoundedReadError('not-a-file', `it is ${kindOf(stats)}, not a regular file`);
}

function tooLarge(limit: number): BoundedReadError {
  return new BoundedReadError('too-large', `the file is larger than ${formatMegabytes(limit)}, the most Remit reads`);
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Maps a Node error to a {@link BoundedReadError}; passes one through. */
export function toBoundedReadError(error: unknown): BoundedReadError {
  if (error instanceof BoundedReadError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new BoundedReadError('not-found', 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return new BoundedReadError('permission', 'permission denied');
  if (code === 'EISDIR') return new BoundedReadError('not-a-file', 'it is a folder, not a regular file');
  if (code === 'ELOOP') return new BoundedReadError('not-found', 'too many levels of symbolic links');
  if (code === 'ENAMETOOLONG') return new BoundedReadError('not-found', 'the name is too long');
  return new BoundedReadError('io', 'the system reported an error');
}

/** Joins chunks read so far into one array of exactly `total` bytes. */
function join(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads the regular file at `filePath` (symlinks followed) and returns its bytes. Throws
 * {@link BoundedReadError}: `not-a-file` for a folder, FIFO, device or socket (decided on the
 * opened descriptor, so a swap after a check cannot slip through), `too-large` after reading
 * at most `limit + 1` bytes, `not-found`, `permission` or `io` otherwise. Never blocks on a
 * FIFO. Synchronous: for the CLI.
 */
export function readRegularFileSync(filePath: string, limit: number): Uint8Array {
  let fd: number | null = null;
  try {
    fd = openSync(filePath, OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notAFile(stats);
    return readDescriptorSync(fd, limit);
  } catch (error) {
    throw toBoundedReadError(error);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The same as {@link readRegularFileSync}, asynchronous: for the main process. */
export async function readRegularFile(filePath: string, limit: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(filePath, OPEN_FLAGS);
    const stats = await handle.stat();
    if (!stats.isFile()) throw notAFile(stats);
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (total <= limit) {
      const buffer = new Uint8Array(Math.min(CHUNK, limit + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > limit) throw tooLarge(limit);
    return join(chunks, total);
  } catch (error) {
    throw toBoundedReadError(error);
  } finally {
    await handle?.close();
  }
}

// Waits without spinning when a non-blocking standard input has nothing yet.
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Reads from an open descriptor until end of file, at most `limit + 1` bytes; throws
 * `too-large` past the limit. Works on pipes, terminals and devices as well as files (standard
 * input may be any of them: `< /dev/zero` is refused after `limit + 1` bytes, not read
 * forever). Synchronous.
 */
export function readDescriptorSync(fd: number, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total <= limit) {
    const buffer = new Uint8Array(Math.min(CHUNK, limit + 1 - total));
    let bytesRead: number;
    try {
      bytesRead = readSync(fd, buffer, 0, buffer.byteLength, null);
    } catch (error) {
      // A non-blocking pipe with no data yet: wait a little and try again.
      if ((error as { code?: unknown }).code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if ((error as { code?: unknown }).code === 'EOF') break;
      throw error;
    }
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
  }
  if (total > limit) throw tooLarge(limit);
  return join(chunks, total);
}

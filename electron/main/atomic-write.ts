import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls {@link writeFileAtomic} makes; injectable to test failures. */
export interface AtomicWriteFs {
  readonly open: typeof open;
  readonly rename: typeof rename;
  readonly unlink: typeof unlink;
}

const nodeFs: AtomicWriteFs = { open, rename, unlink };

/**
 * Writes `data` to `target` so that readers see either the old file or the whole new one:
 * write a temporary file in the same folder, flush it to disk, then rename it over `target`.
 * On any failure the temporary file is removed, `target` is left as it was, and the error is
 * rethrown.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  fs: AtomicWriteFs = nodeFs,
): Promise<void> {
  const directory = path.dirname(target);
  const temporary = path.join(directory, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** The synchronous file-system calls {@link writeFileAtomicSync} makes; injectable for tests. */
export interface AtomicWriteSyncFs {
  readonly openSync: typeof openSync;
  readonly writeSync: (fd: number, data: Uint8Array) => number;
  readonly fsyncSync: typeof fsyncSync;
  readonly closeSync: typeof closeSync;
  readonly renameSync: typeof renameSync;
  readonly unlinkSync: typeof unlinkSync;
}

const nodeSyncFs: AtomicWriteSyncFs = {
  openSync,
  writeSync: (fd, data) => writeSync(fd, data),
  fsyncSync,
  closeSync,
  renameSync,
  unlinkSync,
};

/**
 * The synchronous twin of {@link writeFileAtomic}, for small files that must be on disk before
 * the process may exit (a window's placement written from its `close` event). Same guarantee:
 * readers see the old file or the whole new one; on failure the temporary file is removed and
 * the error rethrown.
 */
export function writeFileAtomicSync(
  target: string,
  data: string | Uint8Array,
  fs: AtomicWriteSyncFs = nodeSyncFs,
): void {
  const directory = path.dirname(target);
  const temporary = path.join(directory, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const fd = fs.openSync(temporary, 'wx', 0o644);
    try {
      let written = 0;
      while (written < bytes.byteLength) written += fs.writeSync(fd, bytes.subarray(written));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    try {
      fs.unlinkSync(temporary);
    } catch {
      // The temporary file was never created, or is already gone.
    }
    throw error;
  }
}

import * as fsSync from 'node:fs';
import { mkdtemp, open, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  writeFileAtomic,
  writeFileAtomicSync,
  type AtomicWriteFs,
  type AtomicWriteSyncFs,
} from '../../../../electron/main/atomic-write.js';

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'remit-atomic-'));
  target = path.join(dir, 'plan.remit.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a temporary file in the same folder, then renames it over the target', async () => {
    await writeFile(target, 'old');
    const calls: string[] = [];
    const fs: AtomicWriteFs = {
      open: vi.fn((...args: Parameters<typeof open>) => {
        calls.push(`open ${path.dirname(String(args[0])) === dir}`);
        return open(...args);
      }),
      rename: vi.fn(async (from: string, to: string) => {
        calls.push(`rename ${path.basename(from).endsWith('.tmp')} -> ${to === target}`);
        expect(await readFile(target, 'utf8')).toBe('old');
        return rename(from, to);
      }) as unknown as typeof rename,
      unlink,
    };
    await writeFileAtomic(target, '{"new":true}', fs);
    expect(calls).toEqual(['open true', 'rename true -> true']);
    expect(await readFile(target, 'utf8')).toBe('{"new":true}');
    expect(await readdir(dir)).toEqual(['plan.remit.json']);
  });

  it('writes bytes as they are', async () => {
    await writeFileAtomic(target, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(await readFile(target)).toEqual(Buffer.from('%PDF'));
  });

  it('leaves the original intact and no temporary file when the rename fails', async () => {
    await writeFile(target, 'original');
    const fs: AtomicWriteFs = {
      open,
      rename: () =>
        Promise.reject(Object.assign(new Error('no'), { code: 'EXDEV' })),
      unlink,
    };
    await expect(writeFileAtomic(target, 'replacement', fs)).rejects.toThrow('no');
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['plan.remit.json']);
  });

  it('leaves the original intact when writing the data fails (full disk)', async () => {
    await writeFile(target, 'original');
    const failingOpen = (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    }) as unknown as typeof open;
    await expect(
      writeFileAtomic(target, 'replacement', { open: failingOpen, rename, unlink }),
    ).rejects.toThrow('disk full');
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['plan.remit.json']);
  });

  it('creates the file when it does not exist yet', async () => {
    await writeFileAtomic(target, 'fresh');
    expect(await readFile(target, 'utf8')).toBe('fresh');
  });
});

describe('writeFileAtomicSync', () => {
  const realSync: AtomicWriteSyncFs = {
    openSync: fsSync.openSync,
    writeSync: (fd, data) => fsSync.writeSync(fd, data),
    fsyncSync: fsSync.fsyncSync,
    closeSync: fsSync.closeSync,
    renameSync: fsSync.renameSync,
    unlinkSync: fsSync.unlinkSync,
  };

  it('replaces the target with the whole new content and leaves no temporary file', async () => {
    await writeFile(target, 'old');
    writeFileAtomicSync(target, 'new ✓');
    expect(await readFile(target, 'utf8')).toBe('new ✓');
    expect(await readdir(dir)).toEqual([path.basename(target)]);
  });

  it('keeps writing until short writes have put every byte down', async () => {
    const fs: AtomicWriteSyncFs = {
      ...realSync,
      // At most 3 bytes per call, like a slow pipe or a signal-interrupted write.
      writeSync: (fd, data) => fsSync.writeSync(fd, data.subarray(0, 3)),
    };
    writeFileAtomicSync(target, 'abcdefghij', fs);
    expect(await readFile(target, 'utf8')).toBe('abcdefghij');
  });

  it('leaves the old file and no temporary file when the disk fills up', async () => {
    await writeFile(target, 'old');
    const fs: AtomicWriteSyncFs = {
      ...realSync,
      writeSync: () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    };
    expect(() => writeFileAtomicSync(target, 'new', fs)).toThrow('no space');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual([path.basename(target)]);
  });

  it('leaves the old file when the rename fails', async () => {
    await writeFile(target, 'old');
    const fs: AtomicWriteSyncFs = {
      ...realSync,
      renameSync: () => {
        throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      },
    };
    expect(() => writeFileAtomicSync(target, 'new', fs)).toThrow('busy');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual([path.basename(target)]);
  });
});

import { mkdtemp, open, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, type AtomicWriteFs } from '../../../electron/main/atomic-write.js';

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
      }) as unknown as typeof open,
      rename: vi.fn(async (from: string, to: string) => {
        calls.push(`rename ${path.basename(String(from)).endsWith('.tmp')} -> ${to === target}`);
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
      rename: (() =>
        Promise.reject(Object.assign(new Error('no'), { code: 'EXDEV' }))) as unknown as typeof rename,
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

import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile, readRegularFileSync } from '../../../../electron/files/bounded-read.js';

const folder = mkdtempSync(path.join(tmpdir(), 'remit-bounded-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const posix = process.platform !== 'win32';
const fifo = path.join(folder, 'fifo.remit.json');
if (posix) execFileSync('mkfifo', [fifo]);
const zeroLink = path.join(folder, 'zero.remit.json');
if (posix) symlinkSync('/dev/zero', zeroLink);
const small = path.join(folder, 'small.json');
writeFileSync(small, '{"a":1}');
const big = path.join(folder, 'big.json');
writeFileSync(big, 'x'.repeat(1025));

const readers = [
  ['sync', (file: string, limit: number) => Promise.resolve().then(() => readRegularFileSync(file, limit))],
  ['async', readRegularFile],
] as const;

describe.each(readers)('bounded read (%s)', (_label, read) => {
  it('reads a regular file, and one exactly at the limit', async () => {
    expect(new TextDecoder().decode(await read(small, 7))).toBe('{"a":1}');
  });

  it('refuses a file over the limit', async () => {
    await expect(read(big, 1024)).rejects.toMatchObject({ reason: 'too-large' });
  });

  it.skipIf(!posix)('refuses a FIFO at once instead of waiting for a writer', async () => {
    await expect(read(fifo, 1024)).rejects.toMatchObject({ reason: 'not-a-file', message: expect.stringMatching(/pipe/) });
  });

  it.skipIf(!posix)('refuses a symlink to /dev/zero without reading from it', async () => {
    await expect(read(zeroLink, 1024)).rejects.toMatchObject({ reason: 'not-a-file', message: expect.stringMatching(/device/) });
  });

  it('refuses a folder, and says when a file does not exist', async () => {
    await expect(read(folder, 1024)).rejects.toMatchObject({ reason: 'not-a-file' });
    await expect(read(path.join(folder, 'missing.json'), 1024)).rejects.toMatchObject({ reason: 'not-found' });
  });
});

describe('standard input', () => {
  it.skipIf(!posix)('stops after the limit plus one byte when standard input is /dev/zero', () => {
    const script = `import { readDescriptorSync } from ${JSON.stringify(path.resolve('electron/files/bounded-read.ts'))};
try { readDescriptorSync(0, 1_000_000); console.log('read'); } catch (error) { console.log(error.reason); }`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: [openSync('/dev/zero', 'r'), 'pipe', 'pipe'],
      timeout: 20_000,
    });
    expect(output.toString().trim()).toBe('too-large');
  });
});

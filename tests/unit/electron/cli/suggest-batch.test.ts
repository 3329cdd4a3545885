import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES, MAX_BATCH_LINES, MAX_TITLE_CHARS } from '../../../../electron/cli/remit.js';
import { FILE_LIMITS } from '../../../../shared/format/index.js';
import { suggestOwner } from '../../../../shared/guidance/index.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

function remit(input: string | Buffer, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'electron/cli/remit.mjs'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TITLES = ['Run the employee help desk', 'Product roadmap', 'Plan the summer party', 'Cloud cost management'];

describe('remit suggest --json -: one title a line in, one JSON object a line out', { timeout: 90_000 }, () => {
  it('answers every line in order, the same as the shared guidance does', () => {
    const result = remit(`${TITLES.join('\r\n')}\n`, 'suggest', '--json', '-');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { text: string; owner: string });
    expect(lines.map((line) => line.text)).toEqual(TITLES);
    expect(lines.map((line) => line.owner)).toEqual(TITLES.map((title) => suggestOwner(title).owner));
  });

  it('answers 100 titles in one process and skips blank lines', () => {
    const titles = Array.from({ length: 100 }, (_, index) => `${TITLES[index % TITLES.length]} ${index}`);
    const result = remit(titles.join('\n\n  \n'), 'suggest', '-', '--json');
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(100);
  });

  it('writes the text form for every title without --json', () => {
    const result = remit('Help desk\nProduct roadmap\n', 'suggest', '-');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('“Help desk” → CIO');
    expect(result.stdout).toContain('“Product roadmap” → CTO');
  });

  it('allows a line as long as a card title, no longer', () => {
    expect(MAX_TITLE_CHARS).toBe(FILE_LIMITS.title);
  });

  it('prints nothing for empty input', () => {
    expect(remit('', 'suggest', '--json', '-')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it.each([
    ['more bytes than allowed', () => 'x'.repeat(MAX_BATCH_BYTES + 1), /larger than 1 MB/],
    ['more titles than allowed', () => 'Help desk\n'.repeat(MAX_BATCH_LINES + 1), new RegExp(`more than ${MAX_BATCH_LINES} titles`)],
    ['a line longer than a title', () => `ok\n${'y'.repeat(FILE_LIMITS.title + 1)}\n`, new RegExp(`line 2 .*longer than ${FILE_LIMITS.title} characters`)],
    ['input that is not UTF-8', () => Buffer.from('Caf\xe9\n', 'latin1'), /not UTF-8/],
  ])('refuses %s with one line on stderr and writes nothing', (_name, input, message) => {
    const result = remit(input(), 'suggest', '--json', '-');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus } from '../../../support/hostile-corpus.js';

// The hostile corpus through `remit check` (issue 17): every input refused (exit 2, one safe
// line) or checked (exit 0/1), within 1 s of CPU and 256 MB above an idle run. Small inputs
// run in one batch process; the big ones and the special files each in their own process,
// measured by that process itself (tests/support/measure-exit.mjs).

const posix = process.platform !== 'win32';
const CPU_BUDGET_MS = 1_000;
const MEMORY_BUDGET_KB = 256 * 1024;
// Anything a terminal acts on, or that reorders text; tab and line feed excepted in output.
// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// An echoed value longer than 200 characters shows up as a long run of one character here
// (the corpus's big strings are repetitions).
const LONG_RUN = /(.)\1{199}/u;

const corpus = hostileCorpus();
let folder: string;
const small: string[] = [];
const big: string[] = [];
const names = new Map<string, string>();

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'remit-hostile-cli-'));
  corpus.forEach((item, index) => {
    const file = path.join(folder, `case-${String(index).padStart(3, '0')}.remit.json`);
    writeFileSync(file, item.bytes);
    names.set(file, item.name);
    (item.big ? big : small).push(file);
  });
  if (posix) {
    const fifo = path.join(folder, 'fifo.remit.json');
    execFileSync('mkfifo', [fifo]);
    const zero = path.join(folder, 'zero.remit.json');
    symlinkSync('/dev/zero', zero);
    big.push(fifo, zero);
    names.set(fifo, 'a FIFO').set(zero, 'a symlink to /dev/zero');
  }
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function checkLine(name: string, code: number, out: string, err: string): void {
  expect([0, 1, 2], name).toContain(code);
  if (code === 2) {
    expect(err, name).toMatch(/^remit: [^\n]+\n$/);
    expect(err, name).not.toMatch(RAW_CONTROL);
    expect(err, name).not.toMatch(LONG_RUN);
    expect(err.length, name).toBeLessThan(800);
    expect(out, name).toBe('');
  } else {
    expect(err, name).toBe('');
    expect(out.length, name).toBeGreaterThan(0);
    expect(out, name).not.toMatch(RAW_CONTROL);
  }
}

interface Measured {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly cpuMs: number;
  readonly maxRssKb: number;
}

/** Runs the CLI as its own process (stdin from `stdinFile` when given) and measures it. */
function runMeasured(args: readonly string[], stdinFile?: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', './tests/support/measure-exit.mjs', 'electron/cli/remit.mjs', ...args], {
      stdio: [stdinFile ? openSync(stdinFile, 'r') : 'ignore', 'pipe', 'pipe', 'pipe'],
      timeout: 30_000,
    });
    let out = '';
    let err = '';
    let usage = '';
    child.stdout?.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => void (err += chunk.toString()));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => void (usage += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        const measured = JSON.parse(usage) as { cpuMs: number; maxRssKb: number };
        resolve({ code: code ?? -1, out, err, ...measured });
      } catch {
        reject(new Error(`no usage report (exit ${String(code)}): ${err.slice(0, 200)}`));
      }
    });
  });
}

describe('remit check on the hostile corpus', () => {
  it('has at least 500 inputs', () => {
    expect(corpus.length + (posix ? 2 : 0)).toBeGreaterThanOrEqual(500);
  });

  it('answers every small input with an exit code and one safe line, each within 1 s of CPU', { timeout: 300_000 }, () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'tests/support/cli-batch.ts'], {
      input: `${small.join('\n')}\n`,
      maxBuffer: 256 * 1024 * 1024,
      timeout: 280_000,
    }).toString();
    const lines = output.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { path?: string; code: number; out: string; err: string; cpuMs: number; done?: boolean; maxRssKb: number });
    const results = lines.filter((line) => !line.done);
    expect(results).toHaveLength(small.length);
    let refused = 0;
    for (const result of results) {
      const name = names.get(result.path ?? '') ?? String(result.path);
      checkLine(name, result.code, result.out, result.err);
      expect(result.cpuMs, name).toBeLessThan(CPU_BUDGET_MS);
      if (result.code === 2) refused += 1;
    }
    // Most of the corpus is malformed; a few random mutations stay valid.
    expect(refused).toBeGreaterThan(results.length * 0.8);
  });

  it('refuses every big input and special file within its CPU and memory budget, each in its own process', { timeout: 300_000 }, async () => {
    const idle = await runMeasured(['--help']);
    // One at a time: each is measured alone, and the machine is shared.
    const runs: [string, () => Promise<Measured>][] = big.map((file) => [names.get(file) ?? file, () => runMeasured(['check', file])]);
    if (posix) runs.push(['standard input from /dev/zero', () => runMeasured(['check', '-'], '/dev/zero')]);
    for (const [name, run] of runs) {
      const measured = await run();
      checkLine(name, measured.code, measured.out, measured.err);
      expect(measured.code, name).toBe(2);
      expect(measured.cpuMs - idle.cpuMs, name).toBeLessThan(CPU_BUDGET_MS);
      expect(measured.maxRssKb - idle.maxRssKb, name).toBeLessThan(MEMORY_BUDGET_KB);
    }
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge, lintElectron, matchesBaseline, parseBaseline } from '../../../build/scripts/lint-electron.mjs';

const finding = (overrides: Partial<Record<string, unknown>> = {}) => ({
  id: 'SANDBOX_JS_CHECK',
  severity: 'MEDIUM',
  confidence: 'FIRM',
  file: 'electron/main/main.ts',
  line: 10,
  code: 'new BrowserWindow(options)',
  description: 'Use sandbox',
  ...overrides,
});
const entry = {
  id: 'SANDBOX_JS_CHECK',
  file: 'electron/main/main.ts',
  code: 'new BrowserWindow(options)',
  reason: 'options come from secureWebPreferences()',
};

describe('judge', () => {
  it('passes a reviewed finding and ignores low-severity ones', () => {
    const result = judge([finding(), finding({ id: 'X', severity: 'LOW' })], [entry]);
    expect(result.failures).toEqual([]);
    expect(result.stale).toEqual([]);
    expect(result.serious).toHaveLength(1);
  });

  it('fails a MEDIUM or HIGH finding missing from the baseline', () => {
    const high = finding({ id: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH' });
    expect(judge([finding(), high], [entry]).failures).toEqual([high]);
  });

  it('matches by id, file and code, not by line number', () => {
    expect(matchesBaseline(entry, finding({ line: 99 }))).toBe(true);
    expect(matchesBaseline(entry, finding({ code: 'new BrowserWindow({ sandbox: false })' }))).toBe(false);
    expect(matchesBaseline(entry, finding({ file: 'electron/main/other.ts' }))).toBe(false);
  });

  it('reports baseline entries that match nothing any more', () => {
    expect(judge([], [entry]).stale).toEqual([entry]);
  });
});

describe('parseBaseline', () => {
  it('requires a reason for every entry', () => {
    expect(() => parseBaseline(JSON.stringify({ entries: [{ ...entry, reason: '' }] }))).toThrow(/reason/);
    expect(() => parseBaseline(JSON.stringify({ entries: [{ id: 'X', file: 'y', code: 'z' }] }))).toThrow(
      /reason/,
    );
    expect(() => parseBaseline('[]')).toThrow();
    expect(parseBaseline(JSON.stringify({ entries: [entry] }))).toEqual([entry]);
  });
});

describe('lintElectron on a project with an insecure window', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'remit-lint-electron-'));
    await mkdir(path.join(dir, 'electron'), { recursive: true });
    await mkdir(path.join(dir, 'shared/ipc'), { recursive: true });
    await mkdir(path.join(dir, 'renderer'), { recursive: true });
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({ devDependencies: { electron: '45.4.1' } }),
    );
    await writeFile(
      path.join(dir, 'renderer/index.html'),
      '<!doctype html><html><head><title>x</title></head></html>',
    );
    await writeFile(
      path.join(dir, 'electron/main.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
        '',
      ].join('\n'),
    );
    await writeFile(path.join(dir, 'baseline.json'), JSON.stringify({ entries: [] }));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('fails with the findings, by id and code', { timeout: 30_000 }, async () => {
    const report = await lintElectron({ projectRoot: dir, baselinePath: path.join(dir, 'baseline.json') });
    const ids = report.failures.map((failure: { id: string }) => failure.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        // No navigation guard and no permission handler in this project: global findings.
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
    const failure = report.failures.find((item: { id: string }) => item.id === 'CONTEXT_ISOLATION_JS_CHECK');
    expect(failure).toMatchObject({
      file: 'electron/main.ts',
      code: expect.stringContaining('contextIsolation: false'),
    });
  });
});

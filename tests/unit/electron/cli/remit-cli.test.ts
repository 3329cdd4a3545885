import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const DIRECTORY = mkdtempSync(join(tmpdir(), 'remit-cli-'));

function remit(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'electron/cli/remit.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function plan(name: string, responsibilities: unknown[], context: Record<string, string> = {}): string {
  const path = join(DIRECTORY, `${name}.remit.json`);
  writeFileSync(
    path,
    JSON.stringify({
      format: 'remit.scenario',
      version: 1,
      name,
      context: { companySize: 'medium', focus: 'balanced', reportingLine: 'both-to-ceo', ...context },
      responsibilities,
    }),
  );
  return path;
}

describe('remit CLI', { timeout: 60_000 }, () => {
  it('documents both commands and the exit codes in --help', () => {
    const result = remit('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('remit suggest');
    expect(result.stdout).toContain('remit check');
    expect(result.stdout).toContain('Exit status');
  });

  it('suggest --json prints owner, confidence, topic, signals and citations', () => {
    const result = remit('suggest', 'Run the employee help desk', '--json');
    expect(result.status).toBe(0);
    const body = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(body).toMatchObject({ owner: 'CIO', topic: { id: 'service-desk' } });
    expect(body.confidence).toBeGreaterThan(0.5);
    expect(body.signals).toContain('help desk');
    expect(body.citations).toContainEqual({
      source: 'cio-vs-cto',
      section: 'step-1',
      label: 'Step 1, knowing both roles',
    });
  });

  it('suggest says Unknown for text it cannot place', () => {
    const result = remit('suggest', '--json', 'Plan', 'the', 'summer', 'party');
    expect(JSON.parse(result.stdout)).toMatchObject({ owner: 'Unknown', topic: null });
  });

  it('check exits 1 and lists findings when a card is clearly misplaced', () => {
    const path = plan('misplaced', [
      { title: 'Employee help desk', owner: 'CTO' },
      { title: 'Product development', owner: 'CTO' },
    ]);
    const text = remit('check', path);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/alignment score \d+\/100/);
    expect(text.stdout).toContain('ERROR [misplaced] “Employee help desk”');
    const json = remit('check', path, '--json');
    expect(json.status).toBe(1);
    const body = JSON.parse(json.stdout) as {
      score: number;
      findings: { ruleId: string; severity: string }[];
    };
    expect(body.score).toBeGreaterThanOrEqual(0);
    expect(body.findings).toContainEqual(expect.objectContaining({ ruleId: 'misplaced', severity: 'error' }));
  });

  it('check exits 0 when nothing is at error level', () => {
    const path = plan('fine', [
      { title: 'Employee help desk', owner: 'CIO' },
      { title: 'Product development', owner: 'CTO' },
    ]);
    const result = remit('check', path, '--json');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it.each([
    [
      'an invalid file',
      () => ['check', plan('invalid', [{ title: 'X', owner: 'CEO' }])],
      /responsibilities\[0\]\.owner: expected one of CIO, CTO, Shared, Unassigned/,
    ],
    [
      'a missing file',
      () => ['check', join(DIRECTORY, 'nope.json')],
      /cannot read .*nope\.json: no such file/,
    ],
    [
      'a file that is not UTF-8',
      () => {
        const path = join(DIRECTORY, 'latin1.remit.json');
        writeFileSync(path, Buffer.from('{"format":"remit.scenario","name":"Caf\xe9"}', 'latin1'));
        return ['check', path];
      },
      /cannot read .*latin1\.remit\.json: it is not UTF-8 text/,
    ],
    ['no command', () => [], /missing command/],
    ['an unknown option', () => ['suggest', '--verbose', 'x'], /unknown option --verbose/],
    ['suggest without text', () => ['suggest', '--json'], /suggest needs some text/],
  ])('exits 2 with one line on stderr for %s', (_label, args, message) => {
    const result = remit(...args());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeBackup, parseBackup } from '../../../../shared/format/backup.js';
import {
  decodeScenario,
  encodeScenario,
  parseScenarioFile,
  repairStoredScenario,
  serializeScenario,
} from '../../../../shared/format/index.js';
import { responsibilityId, scenarioId, type Scenario } from '../../../../shared/model/index.js';
import { scenarioOf } from '../commands/fixtures.js';

const plan: Scenario = {
  ...scenarioOf([['Help desk', 'CIO'], ['Platform', 'Shared', 'CTO'], ['Automation', 'Shared'], ['Budget', 'Unassigned']]),
  id: scenarioId('plan'),
  responsibilities: [
    ...scenarioOf([['Help desk', 'CIO'], ['Platform', 'Shared', 'CTO'], ['Automation', 'Shared']]).responsibilities,
    { id: responsibilityId('budget'), title: 'Budget', owner: 'Unassigned', note: 'Decide in Q3' },
  ],
  waivers: [{ findingId: 'f1', rationale: 'agreed', at: '2026-01-01T00:00:00.000Z' }],
  stances: { 'technology-budget': 'CIO' },
};
const fileOptions = { newId: () => 'fresh', now: '2026-03-01T00:00:00.000Z' };

describe('the scenario codec: one plain form for rows, files and backups', () => {
  it('every format holds the same plain scenario', () => {
    const plain = encodeScenario(plan);
    const { format, version, ...fileBody } = JSON.parse(serializeScenario(plan)) as Record<string, unknown>;
    expect([format, version]).toEqual(['remit.scenario', 1]);
    expect(fileBody).toEqual(plain);
    const backup = JSON.parse(serializeBackup({ scenarios: [plan], trash: [], snapshots: [], settings: {} }, plan.updatedAt)) as {
      scenarios: unknown[];
    };
    expect(backup.scenarios[0]).toEqual(plain);
  });

  it.each(['file', 'backup', 'stored'] as const)('decodes its own plain form from a %s back to the same scenario', (source) => {
    const plain = JSON.parse(JSON.stringify(source === 'file' ? { format: 'remit.scenario', version: 1, ...encodeScenario(plan) } : encodeScenario(plan))) as unknown;
    const result = decodeScenario(plain, source === 'file' ? { source, ...fileOptions } : { source });
    expect(result).toEqual({ ok: true, scenario: plan });
  });

  it('normalises the same way whichever way a scenario comes in', () => {
    const messy = { ...encodeScenario(plan), name: '  Two   words ', responsibilities: [{ id: 'a', title: ' Help\tdesk ', owner: 'CIO', note: '  keep me  ' }] };
    const fromFile = parseScenarioFile(JSON.stringify({ format: 'remit.scenario', version: 1, ...messy }), fileOptions);
    const fromBackup = decodeScenario(messy, { source: 'backup' });
    const fromRow = decodeScenario(messy, { source: 'stored' });
    for (const result of [fromFile, fromBackup, fromRow]) {
      expect(result.ok && [result.scenario.name, result.scenario.responsibilities[0]]).toEqual([
        'Two words',
        { id: 'a', title: 'Help desk', owner: 'CIO', note: 'keep me' },
      ]);
    }
  });

  it('refuses a hostile key in a database row as in a file', () => {
    const row = { ...encodeScenario(plan), stances: JSON.parse('{"__proto__":"CIO"}') as unknown };
    expect(decodeScenario(row, { source: 'stored' })).toMatchObject({ ok: false, error: { path: 'stances.__proto__' } });
    expect(decodeScenario(row, { source: 'backup', basePath: ['scenarios', 2] })).toMatchObject({
      ok: false,
      error: { path: 'scenarios[2].stances.__proto__' },
    });
  });

  it('a file refuses a lead outside Shared, a backup or a row drops it', () => {
    const plain = { ...encodeScenario(plan), responsibilities: [{ id: 'a', title: 'A', owner: 'CIO', lead: 'CTO' }] };
    expect(decodeScenario({ format: 'remit.scenario', version: 1, ...plain }, { source: 'file', ...fileOptions })).toMatchObject({
      ok: false,
      error: { path: 'responsibilities[0].lead' },
    });
    for (const source of ['backup', 'stored'] as const) {
      const result = decodeScenario(plain, { source });
      expect(result.ok && result.scenario.responsibilities[0]).toEqual({ id: 'a', title: 'A', owner: 'CIO' });
    }
  });
});

describe('repairStoredScenario: the one repair path for rows', () => {
  it.each([
    ['an unknown lane', { owner: 'Board' }, { id: 'a', title: 'A', owner: 'Unassigned' }],
    ['a lead that is not a role', { owner: 'Shared', lead: 'CEO' }, { id: 'a', title: 'A', owner: 'Shared' }],
    ['a blank title', { title: '   ' }, { id: 'a', title: 'Untitled', owner: 'CIO' }],
    ['a missing id', { id: undefined }, { id: 'card-1', title: 'A', owner: 'CIO' }],
    ['a note that is not text', { note: 7 }, { id: 'a', title: 'A', owner: 'CIO' }],
  ])('repairs %s', (_name, change, expected) => {
    const row = { ...encodeScenario(plan), responsibilities: [{ id: 'a', title: 'A', owner: 'CIO', ...change }] };
    const result = decodeScenario(row, { source: 'stored' });
    expect(result.ok && result.scenario.responsibilities).toEqual([expected]);
  });

  it('repairs the scenario level: name, context, timestamps, waivers, stances', () => {
    const row = {
      ...encodeScenario(plan),
      name: '',
      context: { companySize: 'huge', focus: 'product' },
      createdAt: 'yesterday',
      updatedAt: '2026-02-02T00:00:00.000Z',
      waivers: [{ findingId: 'f1', rationale: '', at: 'x' }, plan.waivers[0], plan.waivers[0]],
      stances: { a: 'CIO', b: 'CEO' },
    };
    const result = decodeScenario(row, { source: 'stored' });
    expect(result.ok && result.scenario).toMatchObject({
      name: 'Untitled scenario',
      context: { companySize: 'medium', focus: 'product', reportingLine: 'both-to-ceo' },
      createdAt: '2026-02-02T00:00:00.000Z',
      updatedAt: '2026-02-02T00:00:00.000Z',
      waivers: plan.waivers,
      stances: { a: 'CIO' },
    });
  });

  it.each([1, 2])('leaves every row of the version %i fixture exactly as it is', (version) => {
    const fixture = JSON.parse(readFileSync(new URL(`../../renderer/persistence/fixtures/v${version}.json`, import.meta.url), 'utf8')) as {
      scenarios: Record<string, unknown>[];
    };
    for (const row of fixture.scenarios) {
      expect(repairStoredScenario(row)).toEqual(row);
      expect(decodeScenario(row, { source: 'stored' }).ok).toBe(true);
    }
  });

  it('leaves what it cannot repair for the schema to refuse, naming where', () => {
    const row = { ...encodeScenario(plan), responsibilities: [{ id: 'a', title: 'x'.repeat(10_000), owner: 'CIO' }] };
    expect(decodeScenario(row, { source: 'stored' })).toMatchObject({ ok: false, error: { path: 'responsibilities[0].title' } });
  });
});

describe('backup: scenarios pass the codec with their place in the file', () => {
  it('names the scenario a problem is in', () => {
    const text = serializeBackup({ scenarios: [plan], trash: [], snapshots: [], settings: {} }, plan.updatedAt).replace('"owner": "CIO"', '"owner": "Board"');
    expect(parseBackup(text)).toMatchObject({ ok: false, error: { path: 'scenarios[0].responsibilities[0].owner' } });
  });
});

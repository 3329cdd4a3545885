import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../../shared/format/backup.js';
import { scenarioId, type Scenario } from '../../../../shared/model/index.js';
import { RemitDatabase } from '../../../../renderer/persistence/database.js';
import { ScenarioRepository } from '../../../../renderer/persistence/repository.js';
import { parseScenarioText, serializeScenarioText } from '../../../../renderer/features/library/scenario-file.js';
import { scenarioOf } from '../../shared/commands/fixtures.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const base: Scenario = {
  ...scenarioOf([['Help desk', 'CIO'], ['Platform', 'Shared', 'CTO'], ['Budget', 'Unassigned']]),
  id: scenarioId('base'),
  waivers: [{ findingId: 'f1', rationale: 'agreed', at: '2026-01-01T00:00:00.000Z' }],
  stances: { 'technology-budget': 'CIO' },
};

const validBackupText = serializeBackup(
  {
    scenarios: [base, { ...base, id: scenarioId('second') }],
    trash: [{ deletedAt: '2026-01-02T00:00:00.000Z', scenario: { ...base, id: scenarioId('trashed') } }],
    snapshots: [{ id: 'snap', scenarioId: base.id, name: 'v1', kind: 'manual', createdAt: '2026-01-03T00:00:00.000Z', scenario: base }],
    settings: { lastOpenedScenario: 'base' },
  },
  '2026-01-04T00:00:00.000Z',
);
const validScenarioText = serializeScenarioText(base);

/** Every path to a value in `value`, e.g. ['scenarios', 0, 'name']. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const result: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((item, index) => result.push([...prefix, index], ...paths(item, [...prefix, index])));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) result.push([...prefix, key], ...paths(item, [...prefix, key]));
  }
  return result;
}

function edit(text: string, path: (string | number)[], change: (parent: Record<string | number, Json>, key: string | number) => void): string {
  const root = JSON.parse(text) as Json;
  let parent = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  change(parent, path[path.length - 1]!);
  return JSON.stringify(root);
}

/** Malformed and hostile variants of a valid file: each must be refused. */
function hostileVariants(valid: string, kind: 'backup' | 'scenario'): { name: string; text: string }[] {
  const variants: { name: string; text: string }[] = [];
  const tree = JSON.parse(valid) as Json;
  const allPaths = paths(tree);
  // Truncations: broken JSON at many points.
  for (let cut = 1; cut < valid.trimEnd().length; cut += Math.ceil(valid.length / 40)) variants.push({ name: `truncated at ${cut}`, text: valid.slice(0, cut) });
  // Wrong type at every path that holds a value (not array items of free text).
  for (const path of allPaths) {
    const last = path[path.length - 1];
    // Settings values are free JSON, a note may be anything textual: skip where any type is fine.
    if (path[0] === 'settings') continue;
    variants.push({
      name: `wrong type at ${path.join('.')}`,
      text: edit(valid, path, (parent, key) => {
        const current = parent[key];
        parent[key] = typeof current === 'number' ? 'seven' : typeof current === 'string' ? 42 : Array.isArray(current) ? { not: 'a list' } : current && typeof current === 'object' ? [1, 2] : 'x';
      }),
    });
    // Missing fields: drop every object key.
    // Dropping an entry of a free-keyed record (stances) leaves a valid file, and the scenario
    // file format makes ids, timestamps, waivers and stances optional on input. A Shared card
    // without a lead is valid in both formats (the guidance reports it with a fix).
    const optionalInScenarioFile = kind === 'scenario' && ['id', 'createdAt', 'updatedAt', 'waivers', 'stances'].includes(String(last));
    const optional = optionalInScenarioFile || last === 'lead';
    if (typeof last === 'string' && path[path.length - 2] !== 'stances' && !optional) variants.push({ name: `missing ${path.join('.')}`, text: edit(valid, path, (parent, key) => { delete parent[key]; }) });
  }
  // Prototype-polluting keys at several depths.
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    const objectPaths = [[], ...allPaths.filter((path) => {
      let node = tree;
      for (const part of path) node = (node as Record<string | number, Json>)[part] as Json;
      return node !== null && typeof node === 'object' && !Array.isArray(node);
    })];
    for (const path of objectPaths.slice(0, 12)) {
      const json = JSON.parse(valid) as Json;
      let node = json as Record<string | number, Json>;
      for (const part of path) node = node[part] as Record<string | number, Json>;
      // JSON.stringify drops a real __proto__; splice the key in as text instead.
      const marker = '"__marker__":1';
      node.__marker__ = 1;
      variants.push({ name: `${key} key at ${path.join('.') || 'top'}`, text: JSON.stringify(json).replace(marker, `"${key}":{"polluted":true}`) });
    }
  }
  // Unknown format, version, fields; duplicates; size; not an object.
  const top = kind === 'backup' ? 'remit.backup' : 'remit.scenario';
  for (const format of ['remit.other', '', 'REMIT.BACKUP', 'remit.scenario', 'remit.backup', 7, null]) {
    if (format === top) continue;
    variants.push({ name: `format ${String(format)}`, text: edit(valid, ['format'], (parent) => void (parent.format = format)) });
  }
  for (const version of [0, 2, 99, -1, 1.5, '1', null]) variants.push({ name: `version ${String(version)}`, text: edit(valid, ['version'], (parent) => void (parent.version = version)) });
  // The scenario format drops unknown fields by design (forward compatibility); backups refuse them.
  if (kind === 'backup') variants.push({ name: 'unknown top-level field', text: edit(valid, ['format'], (parent) => void (parent.extra = true)) });
  for (const text of ['', ' ', 'null', '[]', '"remit"', '42', 'true', '{}', '\u0000', '<html></html>', '{"format":"remit.backup"']) variants.push({ name: `not a file: ${JSON.stringify(text)}`, text });
  const responsibilities = kind === 'backup' ? ['scenarios', 0, 'responsibilities'] : ['responsibilities'];
  variants.push({
    name: 'duplicate responsibility id',
    text: edit(valid, responsibilities, (parent, key) => {
      const list = parent[key] as Json[];
      list.push(list[0] as Json);
    }),
  });
  if (kind === 'backup') {
    variants.push({ name: 'duplicate scenario id', text: edit(valid, ['scenarios', 1, 'id'], (parent) => void (parent.id = 'base')) });
    variants.push({ name: 'scenario id also in trash', text: edit(valid, ['trash', 0, 'scenario', 'id'], (parent) => void (parent.id = 'second')) });
    variants.push({ name: 'duplicate snapshot id', text: edit(valid, ['snapshots'], (parent) => void (parent.snapshots as Json[]).push((parent.snapshots as Json[])[0] as Json)) });
  }
  const limit = kind === 'backup' ? 32 * 1024 * 1024 : 10 * 1024 * 1024;
  variants.push({ name: 'over the size limit', text: valid.replace('"name"', `"padding":"${'x'.repeat(limit)}","name"`) });
  variants.push({ name: 'deeply nested', text: `${'['.repeat(20_000)}${']'.repeat(20_000)}` });
  if (kind === 'backup') variants.push({ name: 'deeply nested setting', text: edit(valid, ['format'], (parent) => void (parent.settings = { deep: JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`) as Json })) });
  return variants;
}

async function dump(repository: ScenarioRepository): Promise<string> {
  return JSON.stringify(await repository.exportAll());
}

describe('hostile and malformed files', () => {
  const backups = hostileVariants(validBackupText, 'backup');
  const scenarios = hostileVariants(validScenarioText, 'scenario');

  it('the valid files themselves parse (so every variant below differs by its defect only)', () => {
    expect(parseBackup(validBackupText).ok).toBe(true);
    expect(parseScenarioText(validScenarioText, { newId: () => 'n', now: '2026-01-01T00:00:00.000Z' }).ok).toBe(true);
    expect(backups.length + scenarios.length).toBeGreaterThanOrEqual(200);
  });

  it(`refuses ${backups.length} bad backups with a clear message and leaves the database unchanged`, async () => {
    const repository = new ScenarioRepository(new RemitDatabase(`hostile-${Math.random()}`));
    await repository.add(base);
    const before = await dump(repository);
    for (const variant of backups) {
      const result = parseBackup(variant.text);
      expect(result.ok, variant.name).toBe(false);
      if (result.ok) await repository.restore(result.backup, { newId: () => 'x', now: 'x' });
      else expect(result.error.message.length, variant.name).toBeGreaterThan(15);
    }
    expect(await dump(repository)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`refuses ${scenarios.length} bad scenario files with a clear message and leaves the database unchanged`, async () => {
    const repository = new ScenarioRepository(new RemitDatabase(`hostile-${Math.random()}`));
    await repository.add(base);
    const before = await dump(repository);
    for (const variant of scenarios) {
      const result = parseScenarioText(variant.text, { newId: () => 'new', now: '2026-01-01T00:00:00.000Z' });
      expect(result.ok, variant.name).toBe(false);
      if (result.ok) await repository.add(result.scenario);
      else expect(result.error.message.length, variant.name).toBeGreaterThan(15);
    }
    expect(await dump(repository)).toBe(before);
  });

  it('a restore that fails half-way changes nothing (one transaction)', async () => {
    const repository = new ScenarioRepository(new RemitDatabase(`hostile-${Math.random()}`));
    await repository.add(base);
    const before = await dump(repository);
    const broken = { ...base, id: undefined as unknown as Scenario['id'] };
    await expect(
      repository.restore(
        { scenarios: [{ ...base, id: scenarioId('fresh') }, { ...base, name: 'changed' }, broken], trash: [], snapshots: [], settings: {} },
        { newId: () => 'snap', now: '2026-01-01T00:00:00.000Z' },
      ),
    ).rejects.toThrow();
    expect(await dump(repository)).toBe(before);
  });

  it('names the path of the problem', () => {
    const wrongOwner = edit(validBackupText, ['scenarios', 0, 'responsibilities', 1, 'owner'], (parent) => void (parent.owner = 'CEO'));
    const result = parseBackup(wrongOwner);
    expect(result).toMatchObject({ ok: false, error: { path: 'scenarios[0].responsibilities[1].owner' } });
    expect(!result.ok && result.error.message).toMatch(/scenarios\[0\]\.responsibilities\[1\]\.owner/);
    const proto = parseBackup(validBackupText.replace('"format"', '"__proto__":{"x":1},"format"'));
    expect(proto).toMatchObject({ ok: false, error: { path: '__proto__' } });
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../../shared/format/backup.js';
import { scenarioId, type Scenario } from '../../../../shared/model/index.js';
import { RemitDatabase } from '../../../../renderer/persistence/database.js';
import { ScenarioRepository } from '../../../../renderer/persistence/repository.js';
import { LibrarySession } from '../../../../renderer/state/library-session.js';
import { scenarioFromTemplate, TEMPLATES } from '../../../../renderer/features/library/templates.js';
import { scenarioOf } from '../../shared/commands/fixtures.js';

function clock() {
  let id = 0;
  let tick = 0;
  return {
    newId: () => `id-${++id}`,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++tick)).toISOString(),
  };
}

function freshRepository(): ScenarioRepository {
  return new ScenarioRepository(new RemitDatabase(`library-${Math.random()}`));
}

function named(id: string, name: string, rows: Parameters<typeof scenarioOf>[0] = [['A', 'CIO']]): Scenario {
  return { ...scenarioOf(rows), id: scenarioId(id), name };
}

describe('ScenarioRepository library operations', () => {
  it('trash is recoverable: moved scenarios leave the list, come back whole, and a save cannot resurrect them', async () => {
    const repository = freshRepository();
    const scenario = named('a', 'Alpha', [['X', 'Shared', 'CTO']]);
    await repository.add(scenario);
    await repository.moveToTrash(scenario.id, '2026-02-01T00:00:00.000Z');
    expect(await repository.list()).toEqual([]);
    expect(await repository.listTrash()).toEqual([{ scenario, deletedAt: '2026-02-01T00:00:00.000Z' }]);
    await expect(repository.save(scenario)).rejects.toThrow(/moved to the trash/);
    expect(await repository.restoreFromTrash(scenario.id)).toEqual(scenario);
    expect(await repository.load(scenario.id)).toEqual(scenario);
    expect(await repository.listTrash()).toEqual([]);
  });

  it('renames, refuses empty names, and lists snapshots newest first per scenario', async () => {
    const repository = freshRepository();
    await repository.add(named('a', 'Alpha'));
    await repository.add(named('b', 'Beta'));
    await repository.rename(scenarioId('a'), '  Alpha 2 ', '2026-03-01T00:00:00.000Z');
    expect((await repository.load(scenarioId('a')))?.name).toBe('Alpha 2');
    await expect(repository.rename(scenarioId('a'), '   ', 'x')).rejects.toThrow(/needs a name/);
    const a = (await repository.load(scenarioId('a')))!;
    for (const [id, at] of [['s1', '2026-01-01'], ['s2', '2026-01-03'], ['s3', '2026-01-02']] as const) {
      await repository.createSnapshot({ id, scenarioId: a.id, name: id, kind: 'manual', createdAt: at, scenario: a });
    }
    await repository.createSnapshot({ id: 'other', scenarioId: scenarioId('b'), name: 'b', kind: 'auto', createdAt: '2026-01-09', scenario: a });
    expect((await repository.listSnapshots(a.id)).map((item) => item.id)).toEqual(['s2', 's3', 's1']);
  });

  it('export → wipe → restore gives deep-equal data (and the same backup file)', async () => {
    const time = clock();
    const repository = freshRepository();
    for (const template of TEMPLATES) await repository.add(scenarioFromTemplate(template, time.newId, time.now()));
    const kept = named('kept', 'Kept', [['A', 'CIO'], ['B', 'Shared', 'CIO']]);
    await repository.add({ ...kept, waivers: [{ findingId: 'f1', rationale: 'because', at: '2026-01-01T00:00:00.000Z' }], stances: { 'technology-budget': 'CTO' } });
    await repository.add(named('gone', 'Gone'));
    await repository.moveToTrash(scenarioId('gone'), '2026-04-01T00:00:00.000Z');
    await repository.createSnapshot({ id: 'snap', scenarioId: kept.id, name: 'v1', kind: 'manual', createdAt: '2026-04-02T00:00:00.000Z', scenario: kept });
    const before = await repository.exportAll();
    const file = serializeBackup(before, '2026-05-01T00:00:00.000Z');

    await repository.database.delete();
    const wiped = freshRepository();
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const summary = await wiped.restore(parsed.backup, { newId: time.newId, now: time.now() });
    expect(summary).toEqual({ added: before.scenarios.length, replaced: 0, unchanged: 0 });
    const after = await wiped.exportAll();
    expect(after).toEqual(before);
    expect(serializeBackup(after, '2026-05-01T00:00:00.000Z')).toBe(file);
  });

  it('restore merges: replaced scenarios get an automatic snapshot first, others stay', async () => {
    const time = clock();
    const repository = freshRepository();
    const mine = named('a', 'Mine', [['A', 'CIO']]);
    const other = named('b', 'Other');
    await repository.add(mine);
    await repository.add(other);
    const incoming = { ...mine, name: 'From backup', responsibilities: [] };
    const summary = await repository.restore(
      { scenarios: [incoming, other], trash: [], snapshots: [], settings: {} },
      { newId: time.newId, now: time.now() },
    );
    expect(summary).toEqual({ added: 0, replaced: 1, unchanged: 1 });
    expect(await repository.load(mine.id)).toEqual(incoming);
    const [snapshot] = await repository.listSnapshots(mine.id);
    expect(snapshot).toMatchObject({ kind: 'auto', name: 'Before restoring a backup', scenario: mine });
  });
});

describe('LibrarySession', () => {
  it('reopens the last opened scenario, switches stores, duplicates and trashes the open one', async () => {
    const time = clock();
    const repository = freshRepository();
    const session = await LibrarySession.open(repository, time, () => named('first', 'First'));
    expect(session.openId).toBe('first');
    await session.create(named('second', 'Second'));
    const secondStore = session.getState().store;
    expect(session.openId).toBe('second');
    await session.openScenario(scenarioId('first'));
    expect(session.getState().store).not.toBe(secondStore);
    expect(await repository.lastOpened()).toBe('first');

    const reopened = await LibrarySession.open(repository, time, () => named('never', 'Never'));
    expect(reopened.openId).toBe('first');
    reopened.dispose();

    const copy = await session.duplicate(scenarioId('first'));
    expect(session.openId).toBe('first');
    await session.openScenario(copy.id);
    expect(session.getState().store.getState().scenario.name).toBe('First (2)');
    await session.moveToTrash(session.openId);
    expect((await repository.listTrash()).map((item) => item.scenario.name)).toEqual(['First (2)']);
    expect(['first', 'second']).toContain(session.openId);
    session.dispose();
  });

  it('restoring a version is one undoable step, with the current content kept as an automatic version', async () => {
    const time = clock();
    const repository = freshRepository();
    const session = await LibrarySession.open(repository, time, () => named('s', 'S', [['A', 'CIO']]));
    await session.saveSnapshot('Start');
    const store = session.getState().store;
    store.dispatch({ type: 'responsibility/move', id: store.getState().scenario.responsibilities[0]!.id, to: 'CTO' });
    await store.flush();
    const [start] = await repository.listSnapshots(session.openId);
    await session.restoreSnapshot(start!);
    expect(store.getState().scenario.responsibilities[0]?.owner).toBe('CIO');
    expect((await repository.load(session.openId))?.responsibilities[0]?.owner).toBe('CIO');
    const versions = await repository.listSnapshots(session.openId);
    expect(versions.map((item) => [item.kind, item.name])).toContainEqual(['auto', 'Before restoring “Start”']);
    store.undo();
    await store.flush();
    expect((await repository.load(session.openId))?.responsibilities[0]?.owner).toBe('CTO');
    session.dispose();
  });

  it('adopts a change another window committed, but not while its own write is pending', async () => {
    const time = clock();
    const name = `sync-${Math.random()}`;
    const here = await LibrarySession.open(new ScenarioRepository(new RemitDatabase(name)), time, () => named('s', 'S', [['A', 'CIO']]));
    const elsewhere = new ScenarioRepository(new RemitDatabase(name));
    const stored = (await elsewhere.load(scenarioId('s')))!;
    await elsewhere.save({ ...stored, name: 'Renamed elsewhere', updatedAt: '2030-01-01T00:00:00.000Z' });
    await expect.poll(() => here.getState().store.getState().scenario.name).toBe('Renamed elsewhere');
    here.dispose();
  });

  it('templates use catalog titles, fresh unique ids, and put contested entries in Unassigned', () => {
    const time = clock();
    for (const template of TEMPLATES) {
      const scenario = scenarioFromTemplate(template, time.newId, time.now());
      expect(scenario.responsibilities).toHaveLength(template.entries.length);
      expect(new Set(scenario.responsibilities.map((item) => item.id)).size).toBe(scenario.responsibilities.length);
      if (template.everythingTo) expect(scenario.responsibilities.every((item) => item.owner === template.everythingTo)).toBe(true);
    }
    const enterprise = scenarioFromTemplate(TEMPLATES.find((item) => item.id === 'enterprise')!, time.newId, time.now());
    expect(enterprise.responsibilities.find((item) => item.title === 'Technology budget')?.owner).toBe('Unassigned');
    expect(enterprise.responsibilities.find((item) => item.title === 'ERP system')?.owner).toBe('CIO');
  });
});

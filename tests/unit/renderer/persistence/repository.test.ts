import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RemitDatabase } from '../../../../renderer/persistence/database.js';
import {
  fromRow,
  RevisionConflictError,
  ScenarioDeletedError,
  ScenarioRepository,
  toRow,
} from '../../../../renderer/persistence/repository.js';
import { scenarioOf } from '../../shared/commands/fixtures.js';

describe('ScenarioRepository', () => {
  it('saves and loads a scenario deep-equal, and remembers it as last opened', async () => {
    const repository = new ScenarioRepository(new RemitDatabase(`test-${Math.random()}`));
    const scenario = scenarioOf([
      ['A', 'CIO'],
      ['B', 'Shared', 'CTO'],
    ]);
    await repository.save(scenario);
    expect(await repository.load(scenario.id)).toEqual(scenario);
    expect(await repository.lastOpened()).toBe(scenario.id);
  });

  it('repairs damaged rows instead of failing, keeping every card', () => {
    const row = toRow(scenarioOf([['A', 'CIO']]));
    const damaged = {
      ...row,
      responsibilities: [
        { id: 'x', title: '', owner: 'Nowhere' },
        { id: 'x', title: 'dup', owner: 'CIO' },
        { id: 'y', title: 'S', owner: 'Shared', lead: 'CEO' },
      ],
    };
    const scenario = fromRow(damaged);
    expect(scenario.responsibilities.map((item) => [item.id, item.title, item.owner, item.lead])).toEqual([
      ['x', 'Untitled', 'Unassigned', undefined],
      ['x~2', 'dup', 'CIO', undefined],
      ['y', 'S', 'Shared', undefined],
    ]);
  });

  it('a save against a stale revision is refused and its write undone; a fresh one lands', async () => {
    const database = new RemitDatabase(`test-${Math.random()}`);
    const mine = new ScenarioRepository(database);
    const theirs = new ScenarioRepository(database);
    const scenario = scenarioOf([['A', 'CIO']]);
    const first = await mine.save(scenario);
    // Another window saves on top of revision `first`.
    const other = { ...scenario, name: 'Theirs' };
    expect(await theirs.save(other, first)).toBe(first + 1);
    // This window still thinks the row is at `first`: refused, with their version to merge.
    const stale = { ...scenario, name: 'Mine' };
    const refused = await mine.save(stale, first).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RevisionConflictError);
    expect((refused as RevisionConflictError).revision).toBe(first + 1);
    expect((refused as RevisionConflictError).stored.name).toBe('Theirs');
    // The write sent with the check was rolled back: the row is theirs, at their revision.
    expect((await database.scenarios.get(scenario.id))?.revision).toBe(first + 1);
    expect((await mine.load(scenario.id))?.name).toBe('Theirs');
    // Against the current revision the save lands.
    expect(await mine.save(stale, first + 1)).toBe(first + 2);
    expect((await mine.load(scenario.id))?.name).toBe('Mine');
  });

  it('a save of a scenario moved to the trash is refused and writes nothing', async () => {
    const database = new RemitDatabase(`test-${Math.random()}`);
    const repository = new ScenarioRepository(database);
    const scenario = scenarioOf([['A', 'CIO']]);
    const revision = await repository.save(scenario);
    await repository.moveToTrash(scenario.id, new Date().toISOString());
    await expect(repository.save({ ...scenario, name: 'Back?' }, revision)).rejects.toBeInstanceOf(ScenarioDeletedError);
    expect(await database.scenarios.get(scenario.id)).toBeUndefined();
  });
});

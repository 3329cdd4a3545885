import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RemitDatabase } from '../../../../renderer/persistence/database.js';
import { fromRow, ScenarioRepository, toRow } from '../../../../renderer/persistence/repository.js';
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
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RemitDatabase } from '../../../../renderer/persistence/database.js';
import { ScenarioRepository } from '../../../../renderer/persistence/repository.js';
import { ScenarioStore } from '../../../../renderer/state/scenario-store.js';
import { responsibilityId, type Scenario } from '../../../../shared/model/index.js';
import { scenarioOf } from '../../shared/commands/fixtures.js';

// Two windows on one database (D1): A saves a change; B, still showing the old version,
// changes something else. Both changes must survive on disk and in both stores.
async function twoWindows(): Promise<{ a: ScenarioStore; b: ScenarioStore; reader: ScenarioRepository; id: Scenario['id'] }> {
  const name = `lost-update-${Math.random()}`;
  const seed = new ScenarioRepository(new RemitDatabase(name));
  const plan = scenarioOf([
    ['Service desk', 'CIO'],
    ['Platform', 'CTO'],
  ]);
  await seed.add(plan);
  const open = async () => {
    const repository = new ScenarioRepository(new RemitDatabase(name));
    const loaded = (await repository.load(plan.id))!;
    return new ScenarioStore(loaded, (next, expected) => repository.save(next, expected), () => new Date().toISOString(), repository.revisionOf(loaded));
  };
  return { a: await open(), b: await open(), reader: new ScenarioRepository(new RemitDatabase(name)), id: plan.id };
}

const owner = (scenario: Scenario | null | undefined, title: string) =>
  scenario?.responsibilities.find((item) => item.title === title)?.owner;

describe('no lost update between two windows', () => {
  it('keeps both moves when B moves Y after A saved a move of X', async () => {
    const { a, b, reader, id } = await twoWindows();
    a.dispatch({ type: 'responsibility/move', id: responsibilityId('service desk'), to: 'CTO' });
    await a.flush();
    b.dispatch({ type: 'responsibility/move', id: responsibilityId('platform'), to: 'Shared', lead: 'CTO' });
    await b.flush();
    await b.flush();
    const stored = await reader.load(id);
    expect(owner(stored, 'Service desk')).toBe('CTO');
    expect(owner(stored, 'Platform')).toBe('Shared');
    expect(owner(b.getState().scenario, 'Service desk')).toBe('CTO');
    expect(b.getState().save.status).toBe('saved');
  });

  it('keeps both renames', async () => {
    const { a, b, reader, id } = await twoWindows();
    a.dispatch({ type: 'responsibility/rename', id: responsibilityId('service desk'), title: 'Help desk' });
    await a.flush();
    b.dispatch({ type: 'responsibility/rename', id: responsibilityId('platform'), title: 'Cloud platform' });
    await b.flush();
    await b.flush();
    const titles = (await reader.load(id))?.responsibilities.map((item) => item.title);
    expect(titles).toEqual(['Help desk', 'Cloud platform']);
  });
});

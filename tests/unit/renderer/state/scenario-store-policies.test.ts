import { describe, expect, it } from 'vitest';
import { scenarioBody } from '../../../../shared/commands/index.js';
import type { Scenario } from '../../../../shared/model/index.js';
import { responsibilityId } from '../../../../shared/model/index.js';
import { ScenarioStore } from '../../../../renderer/state/scenario-store.js';
import { lanesOf, scenarioOf } from '../../shared/commands/fixtures.js';

const start = scenarioOf([
  ['A', 'CIO'],
  ['B', 'CTO'],
]);

function recordingStore(save: (scenario: Scenario) => Promise<void> = async () => undefined) {
  const writes: Scenario[] = [];
  const store = new ScenarioStore(start, (scenario) => {
    writes.push(scenario);
    return save(scenario);
  });
  return { store, writes };
}

const elsewhere = { ...start, name: 'Renamed elsewhere', updatedAt: '2030-01-01T00:00:00.000Z' };
const adoptCommand = { type: 'scenario/replace', body: scenarioBody(elsewhere), label: 'Updated from another window' } as const;
const adopt = { kind: 'adopt', savedAt: elsewhere.updatedAt } as const;

describe('ScenarioStore undo policies', () => {
  it('records a replace as one undo step and one whole-row write', async () => {
    const { store, writes } = recordingStore();
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    store.dispatch({ type: 'scenario/replace', body: scenarioBody({ ...start, name: 'Imported' }), label: 'Import “x.remit.json”' });
    await store.flush();
    expect(writes.map((scenario) => scenario.name)).toEqual(['Test', 'Imported']);
    expect(store.getState().history.past.map((patch) => patch.label)).toEqual(['Move “A” to CTO', 'Import “x.remit.json”']);
    expect(store.undo()).toBe(true);
    expect(store.getState().scenario.name).toBe('Test');
    expect(lanesOf(store.getState().scenario).CIO).toEqual([]);
    store.dispose();
  });

  it('adopts a version saved elsewhere: history cleared, nothing written back, its save time kept', async () => {
    const { store, writes } = recordingStore();
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    await store.flush();
    expect(store.dispatch(adoptCommand, adopt)).toBe(true);
    await store.flush();
    expect(writes).toHaveLength(1);
    expect(store.getState().scenario).toEqual(elsewhere);
    expect(store.getState().history.past).toEqual([]);
    expect(store.getState().lastAction).toBe('Updated from another window');
    // The same saved version again (the watch fires for our own writes too) changes nothing.
    expect(store.dispatch({ ...adoptCommand, body: scenarioBody({ ...elsewhere }) }, adopt)).toBe(false);
    store.dispose();
  });

  it('does not adopt while its own write is pending: that write holds newer work', () => {
    const { store } = recordingStore(() => new Promise<void>(() => undefined));
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    expect(store.dispatch(adoptCommand, adopt)).toBe(false);
    expect(store.getState().scenario.name).toBe('Test');
    expect(store.getState().history.past).toHaveLength(1);
    store.dispose();
  });
});

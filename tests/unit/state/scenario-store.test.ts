import { describe, expect, it } from 'vitest';
import { responsibilityId, type Scenario } from '../../../shared/model/index.js';
import { ScenarioStore } from '../../../renderer/state/scenario-store.js';
import { lanesOf, scenarioOf } from '../commands/fixtures.js';

const start = scenarioOf([
  ['A', 'CIO'],
  ['B', 'CTO'],
]);

describe('ScenarioStore', () => {
  it('writes once per command and undoes and redoes', async () => {
    const writes: Scenario[] = [];
    const store = new ScenarioStore(start, async (scenario) => {
      writes.push(scenario);
    });
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    await store.flush();
    expect(writes).toHaveLength(1);
    expect(store.getState().save.status).toBe('saved');
    expect(store.undo()).toBe(true);
    expect(lanesOf(store.getState().scenario).CIO).toEqual(['A']);
    expect(store.redo()).toBe(true);
    expect(lanesOf(store.getState().scenario).CTO).toEqual(['B', 'A']);
    await store.flush();
    expect(writes).toHaveLength(3);
    expect(store.redo()).toBe(false);
  });

  it('keeps the work in memory and reports the error when a write fails', async () => {
    const store = new ScenarioStore(start, () => Promise.reject(new Error('QuotaExceededError')));
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    await store.flush();
    const state = store.getState();
    expect(state.save).toEqual({ status: 'error', message: 'QuotaExceededError' });
    expect(lanesOf(state.scenario).CTO).toEqual(['B', 'A']);
  });
});

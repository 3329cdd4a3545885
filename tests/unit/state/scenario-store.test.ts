import { describe, expect, it } from 'vitest';
import { responsibilityId, type Scenario } from '../../../shared/model/index.js';
import { inNextTask, ScenarioStore } from '../../../renderer/state/scenario-store.js';
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

  it('starts a write when its scheduler says, counting it as pending until then', async () => {
    const writes: Scenario[] = [];
    const waiting: (() => void)[] = [];
    const store = new ScenarioStore(
      start,
      async (scenario) => {
        writes.push(scenario);
      },
      () => '2026-01-01T00:00:00.000Z',
      (begin) => waiting.push(begin),
    );
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('b'), to: 'CIO' });
    expect(writes).toHaveLength(0);
    expect(store.isSettled()).toBe(false);
    expect(waiting).toHaveLength(1);
    waiting[0]?.();
    await store.flush();
    // Both changes written, in order; the second waited for the first, not for the scheduler.
    expect(writes.map((scenario) => lanesOf(scenario).CIO)).toEqual([[], ['B']]);
    expect(store.isSettled()).toBe(true);
  });

  it('inNextTask starts a write after the caller’s task, and the store waits for it', async () => {
    const writes: Scenario[] = [];
    const store = new ScenarioStore(
      start,
      async (scenario) => {
        writes.push(scenario);
      },
      undefined,
      inNextTask,
    );
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    await Promise.resolve();
    expect(writes).toHaveLength(0);
    expect(store.isSettled()).toBe(false);
    await store.flush();
    expect(writes).toHaveLength(1);
    expect(store.getState().save).toEqual({ status: 'saved' });
  });

  it('reports a write that throws at once as an error', async () => {
    const store = new ScenarioStore(
      start,
      () => {
        throw new Error('DataCloneError');
      },
      undefined,
      (begin) => begin(),
    );
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    await store.flush();
    expect(store.getState().save).toEqual({ status: 'error', message: 'DataCloneError' });
    store.dispose();
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

import { describe, expect, it, vi } from 'vitest';
import { responsibilityId, type Scenario } from '../../../../shared/model/index.js';
import { ScenarioStore } from '../../../../renderer/state/scenario-store.js';
import { lanesOf, scenarioOf } from '../../shared/commands/fixtures.js';

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

  it('writes changes one after another, in order, counting them as pending until written', async () => {
    const writes: Scenario[] = [];
    let release: () => void = () => undefined;
    const store = new ScenarioStore(start, (scenario) => {
      writes.push(scenario);
      return writes.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    });
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('b'), to: 'CIO' });
    // The first write started at once; the second waits for it.
    expect(writes).toHaveLength(1);
    expect(store.isSettled()).toBe(false);
    release();
    await store.flush();
    expect(writes.map((scenario) => lanesOf(scenario).CIO)).toEqual([[], ['B']]);
    expect(store.isSettled()).toBe(true);
  });

  it('reports a write that throws at once as an error', async () => {
    const store = new ScenarioStore(
      start,
      () => {
        throw new Error('DataCloneError');
      },
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

  it('retryNow writes a failed change at once, without waiting for the retry timer', async () => {
    vi.useFakeTimers();
    let fail = true;
    const writes: Scenario[] = [];
    const store = new ScenarioStore(start, async (scenario) => {
      if (fail) throw new Error('QuotaExceededError');
      writes.push(scenario);
    });
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    await store.flush();
    expect(store.getState().save.status).toBe('error');
    fail = false;
    store.retryNow();
    await store.flush();
    expect(writes).toHaveLength(1);
    expect(store.getState().save).toEqual({ status: 'saved' });
    // The retry timer was cancelled: nothing is written again later.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(writes).toHaveLength(1);
    store.dispose();
    vi.useRealTimers();
  });
});

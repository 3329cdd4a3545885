import { afterEach, describe, expect, it, vi } from 'vitest';
import { scenarioBody } from '../../../shared/commands/index.js';
import { responsibilityId, type Scenario } from '../../../shared/model/index.js';
import { CHECK_HOLD_MS, ScenarioStore } from '../../../renderer/state/scenario-store.js';
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

  describe('checked (what the guidance shows)', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** A save that resolves or rejects when the test says. */
    function controlledSave() {
      const calls: { resolve: () => void; reject: (error: Error) => void }[] = [];
      const save = () => new Promise<void>((resolve, reject) => calls.push({ resolve, reject }));
      return { calls, save };
    }

    it('follows the scenario once its write has landed, not before', async () => {
      const { calls, save } = controlledSave();
      const store = new ScenarioStore(start, save);
      expect(store.getState().checked).toBe(start);
      store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
      const moved = store.getState().scenario;
      expect(store.getState().checked).toBe(start);
      calls[0]?.resolve();
      await store.flush();
      expect(store.getState().checked).toBe(moved);
      store.dispose();
    });

    it('follows a change whose write is still in flight after CHECK_HOLD_MS, counted from the first change', () => {
      vi.useFakeTimers();
      const { save } = controlledSave();
      const store = new ScenarioStore(start, save);
      store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
      vi.advanceTimersByTime(CHECK_HOLD_MS / 2);
      store.dispatch({ type: 'responsibility/move', id: responsibilityId('b'), to: 'CIO' });
      vi.advanceTimersByTime(CHECK_HOLD_MS / 2 - 1);
      expect(store.getState().checked).toBe(start);
      vi.advanceTimersByTime(1);
      expect(store.getState().checked).toBe(store.getState().scenario);
      expect(lanesOf(store.getState().checked).CIO).toEqual(['B']);
      store.dispose();
    });

    it('follows at once when the write fails, and after an adopted external version', async () => {
      const { calls, save } = controlledSave();
      const store = new ScenarioStore(start, save);
      store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
      calls[0]?.reject(new Error('QuotaExceededError'));
      await store.flush();
      expect(store.getState().save.status).toBe('error');
      expect(store.getState().checked).toBe(store.getState().scenario);
      store.dispose();

      const settled = new ScenarioStore(start, async () => undefined);
      const external = { ...start, name: 'Renamed in another window', updatedAt: '2030-01-01T00:00:00.000Z' };
      const adopt = { kind: 'adopt', savedAt: external.updatedAt } as const;
      expect(settled.dispatch({ type: 'scenario/replace', body: scenarioBody(external), label: 'Updated from another window' }, adopt)).toBe(true);
      expect(settled.getState().scenario).toEqual(external);
      expect(settled.getState().checked).toBe(settled.getState().scenario);
      settled.dispose();
    });
  });
});

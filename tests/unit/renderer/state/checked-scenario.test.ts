import { afterEach, describe, expect, it, vi } from 'vitest';
import { scenarioBody } from '../../../../shared/commands/index.js';
import { responsibilityId } from '../../../../shared/model/index.js';
import { CHECK_HOLD_MS, CheckedScenario } from '../../../../renderer/state/checked-scenario.js';
import { ScenarioStore } from '../../../../renderer/state/scenario-store.js';
import { lanesOf, scenarioOf } from '../../shared/commands/fixtures.js';

const start = scenarioOf([
  ['A', 'CIO'],
  ['B', 'CTO'],
]);

/** A save that resolves or rejects when the test says. */
function controlledSave() {
  const calls: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const save = () => new Promise<void>((resolve, reject) => calls.push({ resolve, reject }));
  return { calls, save };
}

/** A store and its checked scenario, followed as a view would (one listener counting changes). */
function followed(save: () => Promise<void>) {
  const store = new ScenarioStore(start, save);
  const checked = new CheckedScenario(store);
  let notified = 0;
  const unsubscribe = checked.subscribe(() => {
    notified += 1;
  });
  return { store, checked, notifications: () => notified, unsubscribe };
}

describe('CheckedScenario (what the guidance shows)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows the scenario once its write has landed, not before', async () => {
    const { calls, save } = controlledSave();
    const { store, checked, notifications } = followed(save);
    expect(checked.getSnapshot()).toBe(start);
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    const moved = store.getState().scenario;
    expect(checked.getSnapshot()).toBe(start);
    calls[0]?.resolve();
    await store.flush();
    expect(checked.getSnapshot()).toBe(moved);
    expect(notifications()).toBe(1);
    store.dispose();
  });

  it('follows a change whose write is still in flight after CHECK_HOLD_MS, counted from the first change', () => {
    vi.useFakeTimers();
    const { save } = controlledSave();
    const { store, checked } = followed(save);
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    vi.advanceTimersByTime(CHECK_HOLD_MS / 2);
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('b'), to: 'CIO' });
    vi.advanceTimersByTime(CHECK_HOLD_MS / 2 - 1);
    expect(checked.getSnapshot()).toBe(start);
    vi.advanceTimersByTime(1);
    expect(checked.getSnapshot()).toBe(store.getState().scenario);
    expect(lanesOf(checked.getSnapshot()).CIO).toEqual(['B']);
    store.dispose();
  });

  it('follows at once when the write fails, and after an adopted external version', async () => {
    const { calls, save } = controlledSave();
    const failing = followed(save);
    failing.store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    calls[0]?.reject(new Error('QuotaExceededError'));
    await failing.store.flush();
    expect(failing.store.getState().save.status).toBe('error');
    expect(failing.checked.getSnapshot()).toBe(failing.store.getState().scenario);
    failing.store.dispose();

    const settled = followed(async () => undefined);
    const external = { ...start, name: 'Renamed in another window', updatedAt: '2030-01-01T00:00:00.000Z' };
    settled.store.dispatch(
      { type: 'scenario/replace', body: scenarioBody(external), label: 'Updated from another window' },
      { kind: 'adopt', savedAt: external.updatedAt },
    );
    expect(settled.checked.getSnapshot()).toBe(settled.store.getState().scenario);
    expect(settled.checked.getSnapshot().name).toBe('Renamed in another window');
    settled.store.dispose();
  });

  it('stops following with its last listener, and a new listener starts from the store', async () => {
    vi.useFakeTimers();
    const { calls, save } = controlledSave();
    const { store, checked, unsubscribe } = followed(save);
    store.dispatch({ type: 'responsibility/move', id: responsibilityId('a'), to: 'CTO' });
    unsubscribe();
    // No listener: the hold timer is gone and nothing follows the store.
    vi.advanceTimersByTime(CHECK_HOLD_MS * 2);
    expect(checked.getSnapshot()).toBe(start);
    calls[0]?.resolve();
    await store.flush();
    checked.subscribe(() => undefined);
    expect(checked.getSnapshot()).toBe(store.getState().scenario);
    store.dispose();
  });
});

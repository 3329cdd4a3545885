import { useContext, useSyncExternalStore } from 'react';
import type { Scenario } from '../../shared/model/index.js';
import type { ScenarioStore } from './scenario-store.js';
import { StoreContext } from './use-store.js';

/** The longest the checked scenario waits for a write in flight before following anyway. */
export const CHECK_HOLD_MS = 100;

/**
 * The scenario the views allowed to lag (the guidance) show: the store's scenario once its
 * write has landed or failed, or {@link CHECK_HOLD_MS} after the first change whose write is
 * still in flight (later changes do not restart the wait). Checking a large plan and rendering
 * its guidance takes the main thread for tens of milliseconds; done while a write is in flight
 * it would delay the transaction's events, i.e. the moment the change is on disk.
 *
 * Follows the store only while someone listens; a new listener starts from the store's state.
 */
export class CheckedScenario {
  private checked: Scenario;
  private readonly listeners = new Set<() => void>();
  private holdTimer: ReturnType<typeof setTimeout> | null = null;
  private unfollow: (() => void) | null = null;

  constructor(
    private readonly store: ScenarioStore,
    private readonly holdMs = CHECK_HOLD_MS,
  ) {
    this.checked = store.getState().scenario;
  }

  /** The checked scenario; stable between changes (for `useSyncExternalStore`). */
  readonly getSnapshot = (): Scenario => this.checked;

  /** Subscribes to changes of the checked scenario; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.unfollow) {
      this.unfollow = this.store.subscribe(this.follow);
      this.follow();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.unfollow?.();
      this.unfollow = null;
      this.stopHold();
    };
  };

  private readonly follow = (): void => {
    const { scenario, save } = this.store.getState();
    if (scenario === this.checked) {
      this.stopHold();
    } else if (save.status !== 'saving') {
      this.stopHold();
      this.set(scenario);
    } else {
      this.holdTimer ??= setTimeout(() => {
        this.holdTimer = null;
        this.set(this.store.getState().scenario);
      }, this.holdMs);
    }
  };

  private stopHold(): void {
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.holdTimer = null;
  }

  private set(scenario: Scenario): void {
    if (scenario === this.checked) return;
    this.checked = scenario;
    for (const listener of this.listeners) listener();
  }
}

/** One follower per store, shared by every view that shows the checked scenario. */
const followers = new WeakMap<ScenarioStore, CheckedScenario>();

/** The open scenario as the guidance shows it (see {@link CheckedScenario}). */
export function useCheckedScenario(): Scenario {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useCheckedScenario needs a StoreContext provider');
  let follower = followers.get(store);
  if (!follower) {
    follower = new CheckedScenario(store);
    followers.set(store, follower);
  }
  return useSyncExternalStore(follower.subscribe, follower.getSnapshot);
}

import {
  applyCommand,
  applyPatch,
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  historyAfter,
  invertPatch,
  RECORD,
  redo,
  undo,
  type Command,
  type History,
  type UndoPolicy,
} from '../../shared/commands/index.js';
import { mergeScenarios } from '../../shared/commands/merge.js';
import type { Scenario } from '../../shared/model/index.js';
import { RevisionConflictError } from '../persistence/repository.js';
import type { SharedPlan } from './shared-plan.js';

/** Where the latest change is: written, being written, or failed (kept in memory, retrying). */
export type SaveState =
  | { readonly status: 'saved' }
  | { readonly status: 'saving' }
  | { readonly status: 'error'; readonly message: string };

/** Everything the canvas renders from. Replaced, never mutated. */
export interface StoreState {
  readonly scenario: Scenario;
  readonly history: History;
  readonly save: SaveState;
  /** The label of the last change, undo or redo, for the status line. */
  readonly lastAction: string | null;
}

/**
 * Writes a scenario durably if the stored row is still `expectedRevision` (unknown: no check);
 * resolves with the row's new revision when the transaction committed, rejects with a
 * `RevisionConflictError` carrying the newer stored version when another window wrote it.
 */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a save that reports no revision (a plain async function) resolves to void
export type SaveScenario = (scenario: Scenario, expectedRevision: number | undefined) => Promise<number | void>;

/** How long to wait before retrying a failed write. */
const RETRY_MS = 3000;

/**
 * Holds the open scenario, applies commands, keeps undo history and saves every change.
 * Components read it with `useSyncExternalStore`.
 */
export class ScenarioStore {
  private state: StoreState;
  private readonly listeners = new Set<() => void>();
  private writing: Promise<void> = Promise.resolve();
  private pending = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** The stored version our changes are on top of: what the last landed write (or load) held. */
  private base: Scenario;
  /**
   * The plan's shared document while the plan is shared: commands, undo and redo go to it
   * (one Yjs transaction each) and the store renders what it materialises; the scenario row
   * is still written, as the local copy the library, Compare and PDF read. Null: a local plan.
   */
  private shared: SharedPlan | null = null;
  private stopRemote: () => void = () => undefined;

  constructor(
    scenario: Scenario,
    private readonly saveScenario: SaveScenario,
    private readonly now: () => string = () => new Date().toISOString(),
    /** The stored row's revision `scenario` was read at; unknown skips the first check. */
    // eslint-disable-next-line @typescript-eslint/no-useless-default-assignment -- keeps the parameter optional for callers while `revision` stays assignable to undefined
    private revision: number | undefined = undefined,
  ) {
    this.base = scenario;
    this.state = { scenario, history: EMPTY_HISTORY, save: { status: 'saved' }, lastAction: null };
  }

  /** Current state. Stable between changes (for `useSyncExternalStore`). */
  readonly getState = (): StoreState => this.state;

  /** Subscribes to changes; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Applies a command: the only way the scenario changes. Under {@link RECORD} (the default)
   * it is one undo step and one write of the whole scenario row. Under `adopt` it takes a
   * version another window saved: ignored while this store has writes pending or failing
   * (those hold newer work and will overwrite the stored row) or when that version is the one
   * shown; otherwise history is cleared and nothing is written back. Returns false when
   * nothing changed. Throws `CommandError` for invalid commands (unknown id, empty title).
   */
  readonly dispatch = (command: Command, policy: UndoPolicy = RECORD): boolean => {
    if (this.shared) {
      // Another window's copy of a shared plan is not news: the document itself syncs.
      if (policy.kind === 'adopt') return false;
      return this.dispatchShared(this.shared, command);
    }
    if (policy.kind === 'adopt' && (!this.isSettled() || policy.savedAt === this.state.scenario.updatedAt)) return false;
    const result = applyCommand(this.state.scenario, command);
    if (!result) return false;
    const history = historyAfter(this.state.history, result.patch, policy);
    switch (policy.kind) {
      case 'record':
        this.commit(result.scenario, history, result.patch.label);
        return true;
      case 'adopt': {
        const scenario = { ...result.scenario, updatedAt: policy.savedAt };
        this.base = scenario;
        this.setState({ scenario, history, save: { status: 'saved' }, lastAction: result.patch.label });
        return true;
      }
    }
  };

  /** Undoes the last change; false when there is none. */
  readonly undo = (): boolean => {
    if (this.shared) return this.stepShared(this.shared, 'undo');
    const step = undo(this.state.history);
    if (!step) return false;
    const scenario = applyPatch(this.state.scenario, invertPatch(step.patch));
    this.commit(scenario, step.history, `Undid: ${step.patch.label}`);
    return true;
  };

  /** Redoes the last undone change; false when there is none. */
  readonly redo = (): boolean => {
    if (this.shared) return this.stepShared(this.shared, 'redo');
    const step = redo(this.state.history);
    if (!step) return false;
    this.commit(applyPatch(this.state.scenario, step.patch), step.history, `Redid: ${step.patch.label}`);
    return true;
  };

  /**
   * The stored row's revision this store's changes are based on (unknown until the first read
   * or write tells it). The session adopts another window's version only when it is newer.
   */
  readonly storedRevision = (): number | undefined => this.revision;

  /** Records the revision of a version just adopted with the `adopt` policy. */
  readonly adoptedRevision = (revision: number | undefined): void => {
    if (revision !== undefined) this.revision = revision;
  };

  /** Resolves when every change so far has been written (or has failed). */
  readonly flush = (): Promise<void> => this.writing;

  /** True when nothing is waiting to be written and the last write succeeded. */
  readonly isSettled = (): boolean => this.pending === 0 && this.state.save.status === 'saved';

  /** Retries a failed write now instead of waiting for the timer. */
  readonly retryNow = (): void => {
    if (this.state.save.status !== 'error') return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.setState({ ...this.state, save: { status: 'saving' } });
    this.write(this.state.scenario);
  };

  /** Stops retrying (the store is being replaced by another scenario's). */
  readonly dispose = (): void => {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.stopRemote();
    this.shared?.destroy();
    this.listeners.clear();
  };

  /** The plan's shared document, or null for a plan that is not shared. */
  readonly getShared = (): SharedPlan | null => this.shared;

  /**
   * Makes this a shared plan's store: from now on it renders the document (read now) and
   * sends commands, undo and redo to it. Undo history starts afresh (it is the document's).
   */
  readonly attachShared = (shared: SharedPlan): void => {
    this.stopRemote();
    this.shared = shared;
    this.stopRemote = shared.onRemoteChange(() => this.adoptShared(shared));
    this.state = { ...this.state, history: EMPTY_HISTORY };
    this.adoptShared(shared);
    this.setState({ ...this.state });
  };

  /**
   * Makes this a local plan again (stop sharing): the plan as last shown stays, and is written
   * as the local copy. Returns the shared plan, for the caller to disconnect and forget.
   */
  readonly detachShared = (): SharedPlan | null => {
    const shared = this.shared;
    if (!shared) return null;
    this.stopRemote();
    this.stopRemote = () => undefined;
    this.shared = null;
    this.commit(this.state.scenario, EMPTY_HISTORY, 'Stopped sharing');
    return shared;
  };

  private dispatchShared(shared: SharedPlan, command: Command): boolean {
    // A view link: the server ignores changes, so none is made here either (it would only
    // show on this screen and never reach anyone).
    if (!shared.getState().canEdit) return false;
    const now = this.now();
    const result = shared.apply(command, this.state.scenario, now);
    if (!result) return false;
    const past = [...this.state.history.past, { label: result.label, from: {}, to: {} }].slice(-HISTORY_LIMIT);
    this.writeShared({ ...result.scenario, updatedAt: now }, { past, future: [] }, result.label);
    return true;
  }

  private stepShared(shared: SharedPlan, direction: 'undo' | 'redo'): boolean {
    if (!shared.getState().canEdit) return false;
    const now = this.now();
    if (!shared.step(direction, now)) return false;
    const { past, future } = this.state.history;
    const moved = direction === 'undo' ? past.at(-1) : future.at(-1);
    const history =
      direction === 'undo'
        ? { past: past.slice(0, -1), future: moved ? [...future, moved] : future }
        : { past: moved ? [...past, moved] : past, future: future.slice(0, -1) };
    const depth = shared.historyDepth();
    // The labels follow the undo manager's stacks (whose items a remote change may have emptied).
    const last = <T,>(items: readonly T[], count: number): readonly T[] => (count === 0 ? [] : items.slice(-count));
    const trimmed = { past: last(history.past, depth.undo), future: last(history.future, depth.redo) };
    const label = `${direction === 'undo' ? 'Undid' : 'Redid'}: ${moved?.label ?? 'your change'}`;
    const read = shared.materialise();
    if (!read.ok) {
      shared.setRefusal(read.error.message);
      this.setState({ ...this.state, history: trimmed, lastAction: label });
      return true;
    }
    shared.setRefusal(null);
    this.writeShared(read.scenario, trimmed, label);
    return true;
  }

  /** Shows what the shared document now holds, if it validates; else keeps the last good plan. */
  private adoptShared(shared: SharedPlan): void {
    if (this.shared !== shared) return;
    const read = shared.materialise();
    if (!read.ok) {
      shared.setRefusal(read.error.message);
      return;
    }
    shared.setRefusal(null);
    if (JSON.stringify(read.scenario) === JSON.stringify(this.state.scenario)) return;
    this.writeShared(read.scenario, this.state.history, this.state.lastAction);
  }

  private writeShared(scenario: Scenario, history: History, lastAction: string | null): void {
    this.state = { scenario, history, save: { status: 'saving' }, lastAction };
    this.write(scenario);
    this.setState(this.state);
  }

  private commit(next: Scenario, history: History, label: string): void {
    const scenario = { ...next, updatedAt: this.now() };
    // Write first, then notify: the transaction is on its way to disk while React renders the
    // change, so a page closed right after the change still keeps it.
    this.state = { scenario, history, save: { status: 'saving' }, lastAction: label };
    this.write(scenario);
    this.setState(this.state);
  }

  private write(scenario: Scenario): void {
    // Nothing in flight: start this write now, in the caller's task. Otherwise it waits for
    // the writes before it and then writes the latest state, so the last change is always the
    // one that lands last.
    const idle = this.pending === 0;
    this.pending += 1;
    const save = (snapshot: Scenario) =>
      Promise.resolve(this.saveScenario(snapshot, this.revision)).then((revision) => {
        if (typeof revision === 'number') this.revision = revision;
        this.base = snapshot;
      });
    this.writing = (idle ? new Promise<void>((resolve) => resolve(save(scenario))) : this.writing.then(() => save(this.state.scenario)))
      .then(
        () => {
          this.pending -= 1;
          if (this.pending === 0 && this.state.save.status !== 'error') {
            this.setState({ ...this.state, save: { status: 'saved' } });
          }
        },
        (error: unknown) => {
          this.pending -= 1;
          if (error instanceof RevisionConflictError) {
            if (this.shared) {
              // The shared document is the truth: write what it shows over the other window's copy.
              this.base = error.stored;
              this.revision = error.revision;
              this.write(this.state.scenario);
              return;
            }
            this.rebase(error.stored, error.revision);
            return;
          }
          const message = error instanceof Error ? error.message : String(error);
          this.setState({ ...this.state, save: { status: 'error', message } });
          this.scheduleRetry();
        },
      );
  }

  /**
   * Another window saved the scenario since our base: merge our changes (everything since the
   * base, unsaved ones included) on top of its version, show the result and save it against
   * the newer revision. Undo history is cleared: its patches replace whole fields and would
   * silently revert the other window's change.
   */
  private rebase(stored: Scenario, revision: number): void {
    const merged = mergeScenarios(this.base, this.state.scenario, stored);
    this.base = stored;
    this.revision = revision;
    const scenario = { ...merged.scenario, updatedAt: this.now() };
    const lastAction = merged.overlapped
      ? 'Merged with a change from another window (where both changed the same thing, yours was kept)'
      : 'Merged with a change from another window';
    this.state = { ...this.state, scenario, history: EMPTY_HISTORY, lastAction, save: { status: 'saving' } };
    this.write(scenario);
    this.setState(this.state);
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      // The latest in-memory state holds every change, so one write of it catches up.
      this.setState({ ...this.state, save: { status: 'saving' } });
      this.write(this.state.scenario);
    }, RETRY_MS);
  }

  private setState(next: StoreState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

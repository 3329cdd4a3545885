import { scenarioBody } from '../../shared/commands/index.js';
import { scenarioId, type Scenario, type ScenarioId, type Snapshot, type StoredData, type TrashedScenario } from '../../shared/model/index.js';
import type { RestoreSummary, ScenarioRepository } from '../persistence/repository.js';
import { ScenarioStore } from './scenario-store.js';
import type { SharedPlan, SharedPlans } from './shared-plan.js';
import type { ShareLink } from '../../shared/collab/index.js';
import { copyName, importedName } from '../../shared/naming/index.js';
import { adoptStoredCheck } from './check-cache.js';

/** A short message about something that happened outside the user's last click. */
export interface LibraryNotice {
  readonly id: number;
  readonly message: string;
}

/** What the app renders from: the open scenario's store and the latest notice. */
export interface SessionState {
  readonly store: ScenarioStore;
  readonly notice: LibraryNotice | null;
}

/** Makes ids and timestamps; injected so tests are deterministic. */
export interface SessionClock {
  readonly newId: () => string;
  readonly now: () => string;
}

/** How long to wait for the open scenario's writes before switching away from it. */
const FLUSH_LIMIT_MS = 5000;

/** A blank scenario named `name`. */
export function blankScenario(clock: SessionClock, name = 'Untitled scenario'): Scenario {
  const now = clock.now();
  return {
    id: scenarioId(clock.newId()),
    name,
    context: { companySize: 'medium', focus: 'balanced', reportingLine: 'both-to-ceo' },
    responsibilities: [],
    waivers: [],
    stances: {},
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The library as the app sees it: which scenario is open (one {@link ScenarioStore} per open
 * scenario; switching makes a new one), and every library operation (create, rename,
 * duplicate, trash, snapshots, import, backup). Keeps the open store in step with changes
 * other windows commit.
 */
export class LibrarySession {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private unwatch: () => void = () => undefined;
  private noticeCount = 0;

  private constructor(
    private readonly repository: ScenarioRepository,
    readonly clock: SessionClock,
    scenario: Scenario,
    private readonly shares: SharedPlans | null,
    shared: SharedPlan | null,
  ) {
    this.state = { store: this.makeStore(scenario, shared), notice: null };
    this.watch(scenario.id);
  }

  /**
   * Opens the last opened scenario, else the newest, else a new one from `firstScenario`
   * (which is saved before it is shown).
   */
  static async open(
    repository: ScenarioRepository,
    clock: SessionClock,
    firstScenario: () => Scenario,
    /** Shared plans (absent: every plan is local, as in tests of the library alone). */
    shares: SharedPlans | null = null,
  ): Promise<LibrarySession> {
    const lastId = await repository.lastOpened();
    // The plan's stored guidance check is read beside it (see check-cache.ts).
    const [last, check] = lastId ? await Promise.all([repository.load(lastId), repository.loadCheck(lastId)]) : [null, null];
    let scenario = last;
    scenario ??= (await repository.list())[0] ?? null;
    if (!scenario) {
      scenario = firstScenario();
      await repository.add(scenario);
    }
    const opened = scenario;
    const found = opened === last ? Promise.resolve(check) : repository.loadCheck(opened.id);
    const [shared] = await Promise.all([
      shares ? shares.open(opened.id) : null,
      found.then((stored) => adoptStoredCheck(repository, opened, stored)),
    ]);
    return new LibrarySession(repository, clock, opened, shares, shared);
  }

  /** Current state; stable between changes (for `useSyncExternalStore`). */
  readonly getState = (): SessionState => this.state;

  /** Subscribes to changes; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The id of the open scenario. */
  get openId(): ScenarioId {
    return this.state.store.getState().scenario.id;
  }

  /** Opens another scenario once the open one's changes are written. */
  async openScenario(id: ScenarioId): Promise<void> {
    if (id === this.openId) return;
    await this.settle();
    const scenario = await this.repository.load(id);
    if (!scenario) throw new Error('That scenario no longer exists.');
    await this.repository.setLastOpened(id);
    await this.replaceStoreLoaded(scenario);
  }

  /** Adds `scenario` to the library and opens it. */
  async create(scenario: Scenario): Promise<void> {
    await this.settle();
    await this.repository.add(scenario);
    this.replaceStore(scenario, null);
  }

  /** Shared plans, or null where sharing is not available (a session without their database). */
  get sharing(): SharedPlans | null {
    return this.shares;
  }

  /**
   * Shares the open plan through `link` (a link to a new, empty plan on a server): its content
   * is written into the server's document and from then on every change goes through it.
   */
  async shareOpen(link: ShareLink): Promise<void> {
    const shares = this.requireShares();
    const store = this.state.store;
    if (store.getShared()) throw new Error('This plan is already shared. Stop sharing it first to share it elsewhere.');
    await this.settle();
    const shared = await shares.share(store.getState().scenario, link, this.clock.now());
    if (this.state.store !== store) {
      // The user switched plans meanwhile: the share is recorded, it takes effect when the plan opens.
      shared.destroy();
      return;
    }
    store.attachShared(shared);
  }

  /**
   * Opens `link`'s shared plan: the local copy when this library already has it, else a new
   * local plan with the server's content. Returns the plan's name.
   */
  async join(link: ShareLink): Promise<string> {
    const shares = this.requireShares();
    const known = await shares.findByLink(link);
    if (known) {
      await this.openScenario(known);
      return this.state.store.getState().scenario.name;
    }
    await this.settle();
    const { shared, scenario } = await shares.join(scenarioId(this.clock.newId()), link, this.clock.now());
    try {
      await this.repository.add(scenario);
    } catch (error) {
      await shares.forget(shared);
      throw error;
    }
    this.replaceStore(scenario, shared);
    return scenario.name;
  }

  /**
   * Stops sharing the open plan: it stays in the library as a local plan with everything it
   * showed (written before the shared document is forgotten), and the connection closes.
   */
  async stopSharing(): Promise<void> {
    const shares = this.requireShares();
    const store = this.state.store;
    const shared = store.detachShared();
    if (!shared) return;
    await store.flush();
    await shares.forget(shared);
  }

  private requireShares(): SharedPlans {
    if (!this.shares) throw new Error('Sharing is not available here.');
    return this.shares;
  }

  /** Renames a scenario; the open one through a command, so it can be undone. */
  /**
   * Adds an imported scenario as a new one and opens it. A name the library already has gets
   * " (imported)" (then " (imported 2)"…), so two imports never make two identical rows.
   * Returns what was stored.
   */
  async importAsNew(scenario: Scenario): Promise<Scenario> {
    const names = (await this.repository.list()).map((entry) => entry.name);
    const named = { ...scenario, name: importedName(scenario.name, names) };
    await this.create(named);
    return named;
  }

  async rename(id: ScenarioId, name: string): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) throw new Error('A scenario needs a name.');
    if (id === this.openId) {
      this.state.store.dispatch({ type: 'scenario/rename', name: trimmed });
      await this.state.store.flush();
    } else {
      await this.repository.rename(id, trimmed, this.clock.now());
    }
  }

  /** Copies a scenario under a new id and name; the open scenario stays open. */
  async duplicate(id: ScenarioId): Promise<Scenario> {
    if (id === this.openId) await this.settle();
    const source = await this.repository.load(id);
    if (!source) throw new Error('That scenario no longer exists.');
    const now = this.clock.now();
    const names = (await this.repository.list()).map((scenario) => scenario.name);
    const copy = { ...source, id: scenarioId(this.clock.newId()), name: copyName(source.name, names), createdAt: now, updatedAt: now };
    await this.repository.add(copy, { open: false });
    return copy;
  }

  /**
   * Moves a scenario to the trash (recoverable). When it is the open one, the newest other
   * scenario opens, or a new blank one when none is left.
   */
  async moveToTrash(id: ScenarioId): Promise<void> {
    if (id !== this.openId) {
      await this.repository.moveToTrash(id, this.clock.now());
      return;
    }
    await this.settle();
    this.unwatch();
    try {
      await this.repository.moveToTrash(id, this.clock.now());
    } catch (error) {
      this.watch(id);
      throw error;
    }
    await this.openFallback();
  }

  /** Brings a scenario back from the trash (it does not open it). */
  async restoreFromTrash(id: ScenarioId): Promise<void> {
    await this.repository.restoreFromTrash(id);
  }

  /** Deletes a trashed scenario for good. */
  async deleteForever(id: ScenarioId): Promise<void> {
    await this.repository.deleteForever(id);
  }

  /** Calls `listener` with the library (scenarios and trash) now and after every change; returns the unsubscribe. */
  watchLibrary(listener: (library: { readonly scenarios: Scenario[]; readonly trash: TrashedScenario[] }) => void): () => void {
    return this.repository.watchLibrary(listener);
  }

  /** Calls `listener` with a scenario's versions now and after every change; returns the unsubscribe. */
  watchSnapshots(id: ScenarioId, listener: (snapshots: Snapshot[]) => void): () => void {
    return this.repository.watchSnapshots(id, listener);
  }

  /** Every scenario with its versions, newest first, once the open scenario's writes landed. */
  async listWithVersions(): Promise<{ readonly scenario: Scenario; readonly versions: readonly Snapshot[] }[]> {
    await this.state.store.flush();
    const scenarios = await this.repository.list();
    const versions = await Promise.all(scenarios.map((scenario) => this.repository.listSnapshots(scenario.id)));
    return scenarios.map((scenario, index) => ({ scenario, versions: versions[index] ?? [] }));
  }

  /** Deletes a saved version for good. */
  async deleteSnapshot(id: string): Promise<void> {
    await this.repository.deleteSnapshot(id);
  }

  /** Saves the open scenario as a named version. */
  async saveSnapshot(name: string, kind: Snapshot['kind'] = 'manual'): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) throw new Error('A version needs a name.');
    const scenario = this.state.store.getState().scenario;
    await this.repository.createSnapshot({
      id: this.clock.newId(),
      scenarioId: scenario.id,
      name: trimmed,
      kind,
      createdAt: this.clock.now(),
      scenario,
    });
  }

  /**
   * Replaces the open scenario's content with `content` (a `scenario/replace` command: one
   * undo step, one write), after an automatic version of the current content (the safety net
   * for restoring a version or importing over the scenario). The id and creation time stay.
   */
  async replaceOpenContent(content: Scenario, label: string, snapshotName: string): Promise<void> {
    await this.saveSnapshot(snapshotName, 'auto');
    const store = this.state.store;
    store.dispatch({ type: 'scenario/replace', body: scenarioBody(content), label });
    await store.flush();
  }

  /** Restores a version of the open scenario; undoable, and the current content is kept as a version first. */
  async restoreSnapshot(snapshot: Snapshot): Promise<void> {
    if (snapshot.scenarioId !== this.openId) throw new Error('That version belongs to another scenario.');
    // Flat names: an automatic version is never named after another automatic version, so names
    // do not nest ("Before restoring “Before restoring “…””).
    const restored = snapshot.kind === 'auto' ? 'an automatic version' : `“${snapshot.name}”`;
    await this.replaceOpenContent(snapshot.scenario, `Restore ${restored}`, `Before restoring ${restored}`);
  }

  /** Everything stored, for a backup file. The open scenario's writes land first. */
  async exportAll(): Promise<StoredData> {
    await this.state.store.flush();
    return this.repository.exportAll();
  }

  /** Restores a backup (merging, in one transaction); the open scenario adopts restored content. */
  async restoreBackup(backup: StoredData): Promise<RestoreSummary> {
    await this.settle();
    return this.repository.restore(backup, { newId: this.clock.newId, now: this.clock.now() });
  }

  /** Shows a short message (also used by features for outcomes the user should hear). */
  notify(message: string): void {
    this.noticeCount += 1;
    this.setState({ ...this.state, notice: { id: this.noticeCount, message } });
  }

  /** Stops watching storage (the page is going away). */
  dispose(): void {
    this.unwatch();
    this.state.store.dispose();
  }

  /** Waits for the open scenario's writes; throws when they failed, so nothing is left behind. */
  private async settle(): Promise<void> {
    const store = this.state.store;
    await Promise.race([store.flush(), new Promise((resolve) => setTimeout(resolve, FLUSH_LIMIT_MS))]);
    if (!store.isSettled()) {
      throw new Error('Your latest change to the open scenario is not saved yet. Try again once it is saved.');
    }
  }

  private async openFallback(): Promise<void> {
    const next = (await this.repository.list())[0];
    if (next) {
      await this.repository.setLastOpened(next.id);
      await this.replaceStoreLoaded(next);
    } else {
      const blank = blankScenario(this.clock);
      await this.repository.add(blank);
      this.replaceStore(blank, null);
    }
  }

  private makeStore(scenario: Scenario, shared: SharedPlan | null): ScenarioStore {
    const store = new ScenarioStore(
      scenario,
      (next, expectedRevision) => this.repository.save(next, expectedRevision),
      this.clock.now,
      this.repository.revisionOf(scenario),
    );
    if (shared) store.attachShared(shared);
    return store;
  }

  /** Opens `scenario` with its shared document when it is a shared plan. */
  private async replaceStoreLoaded(scenario: Scenario): Promise<void> {
    const [shared] = await Promise.all([
      this.shares ? this.shares.open(scenario.id) : null,
      this.repository.loadCheck(scenario.id).then((check) => adoptStoredCheck(this.repository, scenario, check)),
    ]);
    this.replaceStore(scenario, shared);
  }

  private replaceStore(scenario: Scenario, shared: SharedPlan | null): void {
    this.unwatch();
    this.state.store.dispose();
    this.setState({ ...this.state, store: this.makeStore(scenario, shared) });
    this.watch(scenario.id);
  }

  private watch(id: ScenarioId): void {
    this.unwatch = this.repository.watchScenario(id, (stored) => {
      if (stored) {
        const store = this.state.store;
        const revision = this.repository.revisionOf(stored);
        const known = store.storedRevision();
        // A late notice of an older version (ours already replaced it) is not news.
        if (revision !== undefined && known !== undefined && revision < known) return;
        const adopted = store.dispatch(
          { type: 'scenario/replace', body: scenarioBody(stored), label: 'Updated from another window' },
          { kind: 'adopt', savedAt: stored.updatedAt },
        );
        if (adopted) store.adoptedRevision(revision);
        return;
      }
      // Gone: moved to the trash in another window. Open something else and say so.
      const name = this.state.store.getState().scenario.name;
      this.unwatch();
      this.openFallback().then(
        () => this.notify(`“${name}” was moved to the trash in another window.`),
        (error: unknown) => this.notify(error instanceof Error ? error.message : String(error)),
      );
      // Rows at the revision this store already holds (the first read, the echo of its own
      // save) are skipped undecoded.
    }, () => this.state.store.storedRevision());
  }

  private setState(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

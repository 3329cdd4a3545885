import { liveQuery } from 'dexie';
import { decodeScenario, encodeScenario } from '../../shared/format/index.js';
import type { CheckResult } from '../../shared/guidance/index.js';
import {
  scenarioId,
  type Scenario,
  type ScenarioId,
  type Snapshot,
  type StoredData,
  type TrashedScenario,
} from '../../shared/model/index.js';
import type { CheckRow, RemitDatabase, ScenarioRow, SnapshotRow } from './database.js';

/** Maps a domain scenario to its row: the codec's plain scenario. Pure. */
export function toRow(scenario: Scenario): ScenarioRow {
  return encodeScenario(scenario);
}

/** A stored row the codec's repair could not make readable (kept in the database as it is). */
export class UnreadableRowError extends Error {
  constructor(id: unknown, detail: string) {
    super(`The stored scenario ${JSON.stringify(id)} cannot be read (${detail}); it is kept as it is.`);
    this.name = 'UnreadableRowError';
  }
}

/**
 * Maps a stored row back to a scenario through the same decoder as an imported file, after
 * the codec repairs what an older or damaged row may have wrong (see `repairStoredScenario`).
 * Pure; throws {@link UnreadableRowError} for a row beyond repair.
 */
export function fromRow(row: ScenarioRow): Scenario {
  // The revision is the row's bookkeeping, not part of the scenario the codec checks.
  const stored: Partial<ScenarioRow> = { ...row };
  delete stored.revision;
  const result = decodeScenario(stored, { source: 'stored' });
  if (!result.ok) throw new UnreadableRowError(row.id, result.error.message);
  return result.scenario;
}

/** The rows that read, leaving out (not deleting) any beyond repair, so one cannot hide the rest. */
function readable<Row, Value>(rows: readonly Row[], read: (row: Row) => Value): Value[] {
  const values: Value[] = [];
  for (const row of rows) {
    try {
      values.push(read(row));
    } catch (error) {
      if (!(error instanceof UnreadableRowError)) throw error;
    }
  }
  return values;
}

/** The settings key of the scenario opened last. */
export const LAST_OPENED = 'lastOpenedScenario';

/** Summary counts of a restore, for the confirmation message. */
export interface RestoreSummary {
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
}

/**
 * A save refused because another window wrote the scenario after this one read it: carries the
 * stored version and its revision, so the caller can merge its change on top and save again.
 */
export class RevisionConflictError extends Error {
  constructor(
    readonly stored: Scenario,
    readonly revision: number,
  ) {
    super('Another window saved this scenario meanwhile.');
    this.name = 'RevisionConflictError';
  }
}

/** A save refused because the scenario was moved to the trash (e.g. in another window). */
export class ScenarioDeletedError extends Error {
  constructor(name: string) {
    super(`“${name}” was moved to the trash in another window, so this change was not saved.`);
    this.name = 'ScenarioDeletedError';
  }
}

function toSnapshot(row: SnapshotRow): Snapshot {
  return {
    id: row.id,
    scenarioId: scenarioId(row.scenarioId),
    name: row.name,
    kind: row.kind,
    createdAt: row.createdAt,
    scenario: fromRow(row.scenario),
  };
}

function toSnapshotRow(snapshot: Snapshot): SnapshotRow {
  return {
    id: snapshot.id,
    scenarioId: snapshot.scenarioId,
    name: snapshot.name,
    kind: snapshot.kind,
    createdAt: snapshot.createdAt,
    scenario: toRow(snapshot.scenario),
  };
}

/** A scenario's stored guidance check and the key it was stored under (see {@link CheckRow}). */
export interface StoredCheck {
  readonly key: string;
  readonly result: CheckResult;
}

/** At most this many stored checks are kept (the most recently written); one per scenario. */
export const MAX_STORED_CHECKS = 20;

/** A stored check row back to a check result; null when the row is not one (a miss, not an error). */
function fromCheckRow(row: CheckRow): StoredCheck | null {
  const { key, findings, score, counts, guidance } = row;
  if (typeof key !== 'string' || !Array.isArray(findings) || !Array.isArray(guidance) || typeof counts !== 'object') return null;
  const byResponsibility = new Map((guidance as CheckRow['guidance']).map((entry) => [entry.id, entry]));
  return { key, result: { findings, score, counts, byResponsibility } };
}

/** The content of a scenario without its timestamps, to tell a real change from a re-save. */
function sameContent(a: Scenario, b: Scenario): boolean {
  const strip = (scenario: Scenario) => JSON.stringify({ ...toRow(scenario), updatedAt: '', createdAt: '' });
  return strip(a) === strip(b);
}

/**
 * Reads and writes scenarios, the trash, snapshots and settings. The only way features touch
 * the database. Every method that writes runs one read-write transaction and resolves once it
 * committed; when it rejects, nothing was changed.
 */
export class ScenarioRepository {
  /** The stored revision of every scenario this repository read or wrote (by object). */
  private readonly revisions = new WeakMap<Scenario, number>();

  constructor(readonly database: RemitDatabase) {}

  /**
   * The revision of the row a scenario object was read from (or written as), for a later
   * {@link save}; undefined for a scenario that did not come from this repository.
   */
  revisionOf(scenario: Scenario): number | undefined {
    return this.revisions.get(scenario);
  }

  private track(row: ScenarioRow): Scenario {
    const scenario = fromRow(row);
    this.revisions.set(scenario, row.revision ?? 0);
    return scenario;
  }

  /** Loads one scenario; null when it does not exist (or is in the trash). */
  async load(id: ScenarioId): Promise<Scenario | null> {
    const row = await this.database.scenarios.get(id);
    return row ? this.track(row) : null;
  }

  /**
   * Writes a scenario in one read-write transaction and resolves with the row's new revision
   * once it committed (durably, with strict durability). Rejects when the write failed (quota,
   * abort), with {@link ScenarioDeletedError} rather than bring back a scenario another window
   * deleted, and, when `expectedRevision` is given, with {@link RevisionConflictError} when
   * the stored row is no longer that revision: another window saved in between, and writing
   * the whole row now would silently undo its change. Nothing is written then.
   */
  async save(scenario: Scenario, expectedRevision?: number): Promise<number> {
    const { scenarios, settings, trash } = this.database;
    return this.database.transaction('rw', scenarios, settings, trash, async () => {
      const id = scenario.id;
      if (expectedRevision !== undefined) {
        // The write is sent with the checks, not after them: IndexedDB runs a transaction's
        // requests in order, so the reads still see the row as it was before this write, and
        // a failed check throws, which aborts the transaction and undoes the write. One round
        // trip to the database instead of two (the drop's save waited for the reads).
        const revision = expectedRevision + 1;
        const [trashed, current] = await Promise.all([
          trash.get(id),
          scenarios.get(id),
          scenarios.put({ ...toRow(scenario), revision }),
          settings.put({ key: LAST_OPENED, value: id }),
        ]);
        if (trashed) throw new ScenarioDeletedError(scenario.name);
        const stored = current?.revision ?? 0;
        if (current && stored !== expectedRevision) throw new RevisionConflictError(this.track(current), stored);
        this.revisions.set(scenario, revision);
        return revision;
      }
      // No revision to compare with (a scenario that did not come from this repository): the
      // stored one, if any, decides the next revision.
      const [trashed, current] = await Promise.all([trash.get(id), scenarios.get(id)]);
      if (trashed) throw new ScenarioDeletedError(scenario.name);
      const revision = (current?.revision ?? 0) + 1;
      await Promise.all([
        scenarios.put({ ...toRow(scenario), revision }),
        settings.put({ key: LAST_OPENED, value: id }),
      ]);
      this.revisions.set(scenario, revision);
      return revision;
    });
  }

  /**
   * Adds a new scenario (from blank, a template, a duplicate or an import); unless `open` is
   * false it is remembered as the one to open at start.
   */
  async add(scenario: Scenario, options: { readonly open?: boolean } = {}): Promise<void> {
    const { scenarios, settings } = this.database;
    await this.database.transaction('rw', scenarios, settings, async () => {
      if (await scenarios.get(scenario.id)) throw new Error(`A scenario with id ${scenario.id} already exists.`);
      await scenarios.add({ ...toRow(scenario), revision: 1 });
      this.revisions.set(scenario, 1);
      if (options.open !== false) await settings.put({ key: LAST_OPENED, value: scenario.id });
    });
  }

  /** Renames a scenario that is not open (the open one is renamed by a command). */
  async rename(id: ScenarioId, name: string, now: string): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) throw new Error('A scenario needs a name.');
    await this.database.transaction('rw', this.database.scenarios, async () => {
      const row = await this.database.scenarios.get(id);
      if (!row) throw new Error('That scenario no longer exists.');
      await this.database.scenarios.put({ ...row, name: trimmed, updatedAt: now, revision: (row.revision ?? 0) + 1 });
    });
  }

  /** The id of the scenario opened last, if any. */
  async lastOpened(): Promise<ScenarioId | null> {
    const row = await this.database.settings.get(LAST_OPENED);
    return typeof row?.value === 'string' ? scenarioId(row.value) : null;
  }

  /** Remembers which scenario is open, so it reopens at start. */
  async setLastOpened(id: ScenarioId): Promise<void> {
    await this.database.settings.put({ key: LAST_OPENED, value: id });
  }

  /** All scenarios (not in the trash), newest change first. */
  async list(): Promise<Scenario[]> {
    const rows = await this.database.scenarios.orderBy('updatedAt').reverse().toArray();
    return readable(rows, (row) => this.track(row));
  }

  /** Moves a scenario to the trash, with its snapshots kept (its stored check goes). */
  async moveToTrash(id: ScenarioId, now: string): Promise<void> {
    const { scenarios, trash, checks } = this.database;
    await this.database.transaction('rw', scenarios, trash, checks, async () => {
      const row = await scenarios.get(id);
      if (!row) throw new Error('That scenario no longer exists.');
      await trash.put({ ...row, deletedAt: now });
      await scenarios.delete(id);
      await checks.delete(id);
    });
  }

  /**
   * The stored guidance check of a scenario, or null when there is none or it cannot be read
   * (a stored check is derived data: a failed read only means the plan is checked afresh).
   * Whether it still applies is for the caller to decide by its key.
   */
  async loadCheck(id: ScenarioId): Promise<StoredCheck | null> {
    try {
      const row = await this.database.checks.get(id);
      return row ? fromCheckRow(row) : null;
    } catch {
      return null;
    }
  }

  /**
   * Stores a scenario's guidance check under `key`, replacing its previous one, and drops the
   * oldest rows beyond {@link MAX_STORED_CHECKS}. Its transaction holds only the checks table,
   * so it never waits for, nor holds up, a save of a scenario. Written with relaxed durability
   * (the database's own transactions are strict, for the plans): a stored check is derived data,
   * a check lost in a crash only means the plan is checked afresh when it next opens, and
   * skipping the flush to disk keeps a half-megabyte write of a large plan's check cheap. A
   * plain IndexedDB transaction, because Dexie sets durability per database, not per transaction;
   * nothing watches this table (no live query), so nothing misses Dexie's change notices.
   */
  async saveCheck(id: ScenarioId, key: string, result: CheckResult, now: string): Promise<void> {
    if (!this.database.isOpen()) await this.database.open();
    const row: CheckRow = {
      id,
      key,
      savedAt: now,
      findings: result.findings,
      score: result.score,
      counts: result.counts,
      guidance: [...result.byResponsibility.values()],
    };
    const transaction = this.database.backendDB().transaction('checks', 'readwrite', { durability: 'relaxed' });
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('storing the guidance check failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('storing the guidance check was aborted'));
    });
    const checks = transaction.objectStore('checks');
    checks.put(row);
    const count = checks.count();
    count.onsuccess = () => {
      let extra = count.result - MAX_STORED_CHECKS;
      if (extra <= 0) return;
      // Oldest first, by the savedAt index.
      const cursor = checks.index('savedAt').openKeyCursor();
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at || extra <= 0) return;
        checks.delete(at.primaryKey);
        extra -= 1;
        if (extra > 0) at.continue();
      };
    };
    await done;
  }

  /** Scenarios in the trash, most recently deleted first. */
  async listTrash(): Promise<TrashedScenario[]> {
    const rows = await this.database.trash.orderBy('deletedAt').reverse().toArray();
    return readable(rows, ({ deletedAt, ...row }) => ({ scenario: fromRow(row), deletedAt }));
  }

  /** Brings a scenario back from the trash. */
  async restoreFromTrash(id: ScenarioId): Promise<Scenario> {
    const { scenarios, trash } = this.database;
    return this.database.transaction('rw', scenarios, trash, async () => {
      const row = await trash.get(id);
      if (!row) throw new Error('That scenario is no longer in the trash.');
      const scenario = fromRow(row);
      const revision = (row.revision ?? 0) + 1;
      await scenarios.put({ ...toRow(scenario), revision });
      await trash.delete(id);
      this.revisions.set(scenario, revision);
      return scenario;
    });
  }

  /** Deletes a trashed scenario and its snapshots for good. */
  async deleteForever(id: ScenarioId): Promise<void> {
    const { trash, snapshots } = this.database;
    await this.database.transaction('rw', trash, snapshots, async () => {
      await trash.delete(id);
      await snapshots.where('scenarioId').equals(id).delete();
    });
  }

  /** Saves a named version of `scenario`. */
  async createSnapshot(snapshot: Snapshot): Promise<void> {
    await this.database.snapshots.add(toSnapshotRow(snapshot));
  }

  /** The versions of one scenario, newest first. */
  async listSnapshots(id: ScenarioId): Promise<Snapshot[]> {
    const rows = await this.database.snapshots
      .where('[scenarioId+createdAt]')
      .between([id, ''], [id, '\uffff'])
      .reverse()
      .toArray();
    return readable(rows, toSnapshot);
  }

  /** Deletes one version. */
  async deleteSnapshot(id: string): Promise<void> {
    await this.database.snapshots.delete(id);
  }

  /**
   * Everything stored, in domain terms (for a backup and for tests). One read transaction;
   * rejects with {@link UnreadableRowError} rather than leave a row out of a backup.
   */
  async exportAll(): Promise<StoredData> {
    const { scenarios, trash, snapshots, settings } = this.database;
    return this.database.transaction('r', scenarios, trash, snapshots, settings, async () => {
      const [scenarioRows, trashRows, snapshotRows, settingRows] = await Promise.all([
        scenarios.orderBy('id').toArray(),
        trash.orderBy('id').toArray(),
        snapshots.orderBy('id').toArray(),
        settings.orderBy('key').toArray(),
      ]);
      const settingsRecord: Record<string, unknown> = {};
      for (const row of settingRows) settingsRecord[row.key] = row.value;
      return {
        scenarios: scenarioRows.map(fromRow),
        trash: trashRows.map(({ deletedAt, ...row }) => ({ scenario: fromRow(row), deletedAt })),
        snapshots: snapshotRows.map(toSnapshot),
        settings: settingsRecord,
      };
    });
  }

  /**
   * Restores a backup in one transaction, merging: scenarios in the backup replace the ones
   * with the same id (after an automatic snapshot of the replaced content), others are kept;
   * nothing is deleted. On any failure nothing changes.
   */
  async restore(
    data: StoredData,
    options: { readonly newId: () => string; readonly now: string },
  ): Promise<RestoreSummary> {
    const { scenarios, trash, snapshots, settings } = this.database;
    return this.database.transaction('rw', scenarios, trash, snapshots, settings, async () => {
      let added = 0;
      let replaced = 0;
      let unchanged = 0;
      for (const scenario of data.scenarios) {
        const existing = (await scenarios.get(scenario.id)) ?? (await trash.get(scenario.id));
        if (existing) {
          const current = fromRow(existing);
          if (sameContent(current, scenario)) {
            unchanged += 1;
          } else {
            replaced += 1;
            await snapshots.add(
              toSnapshotRow({
                id: options.newId(),
                scenarioId: current.id,
                name: 'Before restoring a backup',
                kind: 'auto',
                createdAt: options.now,
                scenario: current,
              }),
            );
          }
          await trash.delete(scenario.id);
        } else {
          added += 1;
        }
        await scenarios.put({ ...toRow(scenario), revision: (existing?.revision ?? 0) + 1 });
      }
      for (const item of data.trash) {
        // A scenario live here stays live: the trash entry of a backup never hides it.
        if (await scenarios.get(item.scenario.id)) continue;
        await trash.put({ ...toRow(item.scenario), deletedAt: item.deletedAt });
      }
      for (const snapshot of data.snapshots) await snapshots.put(toSnapshotRow(snapshot));
      for (const [key, value] of Object.entries(data.settings)) await settings.put({ key, value });
      return { added, replaced, unchanged };
    });
  }

  /**
   * Calls `listener` with the stored scenario now and after every committed change to it, in
   * this tab or another (Dexie live queries cross tabs); null once it is gone. Returns the
   * unsubscribe.
   */
  watchScenario(
    id: ScenarioId,
    listener: (scenario: Scenario | null) => void,
    /**
     * The revision the watcher already shows: a row at or below it is not news (the first read
     * of the query, the echo of the watcher's own save) and is neither decoded nor passed on.
     * Decoding a 300-card row took ~40 ms, at load right after the same row's first decode.
     */
    known: () => number | undefined = () => undefined,
  ): () => void {
    const subscription = liveQuery(() => this.database.scenarios.get(id)).subscribe({
      next: (row) => {
        const shown = known();
        if (row && shown !== undefined && (row.revision ?? 0) <= shown) return;
        listener(row ? this.track(row) : null);
      },
      error: () => undefined,
    });
    return () => subscription.unsubscribe();
  }

  /** Calls `listener` with the library (scenarios and trash) now and after every change. */
  watchLibrary(
    listener: (library: { readonly scenarios: Scenario[]; readonly trash: TrashedScenario[] }) => void,
  ): () => void {
    const subscription = liveQuery(async () => ({ scenarios: await this.list(), trash: await this.listTrash() })).subscribe({
      next: listener,
      error: () => undefined,
    });
    return () => subscription.unsubscribe();
  }

  /** Calls `listener` with the versions of a scenario now and after every change. */
  watchSnapshots(id: ScenarioId, listener: (snapshots: Snapshot[]) => void): () => void {
    const subscription = liveQuery(() => this.listSnapshots(id)).subscribe({ next: listener, error: () => undefined });
    return () => subscription.unsubscribe();
  }
}

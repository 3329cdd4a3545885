import { Dexie, type EntityTable } from 'dexie';
import type { CompanySize, Focus, ReportingLine } from '../../shared/model/index.js';

/** How a scenario is stored. Separate from the domain type so storage can evolve on its own. */
export interface ScenarioRow {
  id: string;
  name: string;
  context: { companySize: CompanySize; focus: Focus; reportingLine: ReportingLine };
  responsibilities: {
    id: string;
    title: string;
    owner: string;
    lead?: string | undefined;
    note?: string | undefined;
  }[];
  waivers: { findingId: string; rationale: string; at: string }[];
  stances: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  /**
   * Counts the writes of this row, so a save can tell whether another window wrote it since
   * this one read it (see `ScenarioRepository.save`). Absent in rows written before it
   * existed, which reads as 0. Not indexed, so adding it needed no schema version.
   */
  revision?: number;
}

/** A key/value setting, e.g. the last opened scenario. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A deleted scenario kept for recovery: the whole row plus when it was deleted (version 2). */
export interface TrashRow extends ScenarioRow {
  deletedAt: string;
}

/** Why a snapshot exists: made by the user, or automatically before a risky operation. */
export type SnapshotKind = 'manual' | 'auto';

/** A named version of one scenario (version 2). `scenario` is a full copy of the row. */
export interface SnapshotRow {
  id: string;
  scenarioId: string;
  name: string;
  kind: SnapshotKind;
  createdAt: string;
  scenario: ScenarioRow;
}

/** The database name in IndexedDB. Changing it makes existing data look lost: never do. */
export const DATABASE_NAME = 'remit';

/** Options for tests (fake-indexeddb) and for the page (what to do when another tab upgrades). */
export interface DatabaseOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * Remit's IndexedDB database. Versions are append-only: never edit a shipped version, add a
 * new one with a comment saying what it changes and why. Old versions' tables stay declared
 * (tests/support/schema-history.ts keeps each version's definition for the migration tests).
 */
export class RemitDatabase extends Dexie {
  scenarios!: EntityTable<ScenarioRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  trash!: EntityTable<TrashRow, 'id'>;
  snapshots!: EntityTable<SnapshotRow, 'id'>;

  constructor(name: string = DATABASE_NAME, options: DatabaseOptions = {}) {
    // Strict durability: a committed move must survive a crash or power loss right after.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    // Version 1: scenarios stored whole (one row per scenario, written in one transaction per
    // change) and a settings table for small app state such as the last opened scenario.
    this.version(1).stores({
      scenarios: 'id, name, updatedAt',
      settings: 'key',
    });
    // Version 2: the library. A `trash` table holds deleted scenarios (moved there whole, so a
    // delete is recoverable and live queries on `scenarios` never see them) and `snapshots`
    // holds named versions of a scenario, indexed by scenario and time. Version 1 rows need no
    // change: both tables start empty, so there is no upgrade function.
    this.version(2).stores({
      scenarios: 'id, name, updatedAt',
      settings: 'key',
      trash: 'id, deletedAt',
      snapshots: 'id, scenarioId, createdAt, [scenarioId+createdAt]',
    });
  }

  /**
   * Runs `listener` when another tab opens a newer schema version. This connection blocks that
   * upgrade until it closes, so the listener must finish its work and call `close()` (and
   * usually reload the page, so it runs the newer code). Returns the unsubscribe.
   */
  onUpgradeElsewhere(listener: () => void): () => void {
    const onVersionChange = (): false => {
      listener();
      // false: do not let Dexie close at once; the listener closes after pending writes land.
      return false;
    };
    this.on('versionchange', onVersionChange);
    return () => this.on('versionchange').unsubscribe(onVersionChange);
  }
}

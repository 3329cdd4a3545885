import { Dexie, type EntityTable } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';
import type { CheckResult, ResponsibilityGuidance } from '../../shared/guidance/index.js';
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

/**
 * A plan connected to a Remit server (version 3): which server and plan it syncs with, and its
 * Y.Doc (y-dexie keeps the document's updates in a table of its own, `$shares_doc`, next to this
 * row). Keyed by the local scenario's id; the scenario row stays and holds the plan as last
 * read from the document, so the library, Compare, PDF and backups work as on any plan, and
 * stopping sharing (deleting this row) keeps it.
 */
export interface ShareRow {
  /** The local scenario's id. */
  id: string;
  /** The server's web origin, e.g. `http://127.0.0.1:4321`. */
  server: string;
  /** The plan's id on that server. */
  plan: string;
  /** The signed token of the share link (needed to reconnect). */
  token: string;
  /** When this plan was first connected. */
  sharedAt: string;
  /** The shared document (never nullish: y-dexie gives every row one). */
  readonly doc: Y.Doc;
}

/**
 * The last guidance check of one scenario (version 4), so a reopened plan shows its badges and
 * findings without checking every card before the first paint. Derived data: used only while
 * `key` matches the scenario as loaded and the running guidance (renderer/state/check-cache.ts),
 * and safe to lose (a missing or stale row only means the plan is checked as it opens).
 */
export interface CheckRow {
  /** The scenario's id: one row per scenario, its latest check. */
  id: string;
  /** The guidance version and a hash of everything the check read. */
  key: string;
  /** When it was written (ISO), to drop the oldest rows beyond the bound. */
  savedAt: string;
  findings: CheckResult['findings'];
  score: CheckResult['score'];
  counts: CheckResult['counts'];
  /** The values of `byResponsibility`, in the scenario's card order. */
  guidance: readonly ResponsibilityGuidance[];
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
  shares!: EntityTable<ShareRow, 'id'>;
  checks!: EntityTable<CheckRow, 'id'>;

  constructor(name: string = DATABASE_NAME, options: DatabaseOptions = {}) {
    // Strict durability: a committed move must survive a crash or power loss right after.
    // y-dexie: Y.Doc columns (the shared plans' documents) in this same database.
    super(name, { chromeTransactionDurability: 'strict', addons: [yDexie], ...options });
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
    // Version 3: shared plans. A `shares` table says which local scenarios are connected to a
    // Remit server, each with its Y.Doc in a y-dexie column (whose updates y-dexie keeps in a
    // table of its own). Nothing existing changes: the new tables start empty, every scenario
    // stays a plain local plan until it is shared, so there is no upgrade function.
    this.version(3).stores({
      scenarios: 'id, name, updatedAt',
      settings: 'key',
      trash: 'id, deletedAt',
      snapshots: 'id, scenarioId, createdAt, [scenarioId+createdAt]',
      shares: 'id, doc: Y.Doc',
    });
    // Version 4: stored guidance checks. A `checks` table keeps the last check of each scenario
    // (keyed by the scenario's id, indexed by when it was written so the oldest can go), shown
    // when a plan opens unchanged. Nothing existing changes and the table starts empty (every
    // plan is checked once as before, then its result is stored): no upgrade function.
    this.version(4).stores({
      scenarios: 'id, name, updatedAt',
      settings: 'key',
      trash: 'id, deletedAt',
      snapshots: 'id, scenarioId, createdAt, [scenarioId+createdAt]',
      shares: 'id, doc: Y.Doc',
      checks: 'id, savedAt',
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

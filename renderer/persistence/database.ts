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
}

/** A key/value setting, e.g. the last opened scenario. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** The database name in IndexedDB. Changing it makes existing data look lost: never do. */
export const DATABASE_NAME = 'remit';

/**
 * Remit's IndexedDB database. Versions are append-only: never edit a shipped version, add a
 * new one with a comment saying what it changes and why.
 */
export class RemitDatabase extends Dexie {
  scenarios!: EntityTable<ScenarioRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DATABASE_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    // Strict durability: a committed move must survive a crash or power loss right after.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    // Version 1: scenarios stored whole (one row per scenario, written in one transaction per
    // change) and a settings table for small app state such as the last opened scenario.
    this.version(1).stores({
      scenarios: 'id, name, updatedAt',
      settings: 'key',
    });
  }
}

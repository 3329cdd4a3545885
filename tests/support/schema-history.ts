import { Dexie } from 'dexie';
import yDexie from 'y-dexie';

/**
 * Every shipped schema of Remit's database, frozen as it was released. Migration tests build
 * a database with an old version from these (never from today's RemitDatabase), fill it with a
 * fixture, then open it with today's code. Append a version here whenever database.ts gets one.
 */
export const SCHEMA_HISTORY: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: { scenarios: 'id, name, updatedAt', settings: 'key' },
  2: {
    scenarios: 'id, name, updatedAt',
    settings: 'key',
    trash: 'id, deletedAt',
    snapshots: 'id, scenarioId, createdAt, [scenarioId+createdAt]',
  },
  3: {
    scenarios: 'id, name, updatedAt',
    settings: 'key',
    trash: 'id, deletedAt',
    snapshots: 'id, scenarioId, createdAt, [scenarioId+createdAt]',
    shares: 'id, doc: Y.Doc',
  },
  4: {
    scenarios: 'id, name, updatedAt',
    settings: 'key',
    trash: 'id, deletedAt',
    snapshots: 'id, scenarioId, createdAt, [scenarioId+createdAt]',
    shares: 'id, doc: Y.Doc',
    checks: 'id, savedAt',
  },
};

/** Opens `name` with the schema of `version` exactly as it shipped (all versions up to it). */
export function openHistoricDatabase(name: string, version: number): Dexie {
  // From version 3 the schema has a y-dexie column, which needs the addon to be declared.
  const database = new Dexie(name, version >= 3 ? { addons: [yDexie] } : {});
  for (let step = 1; step <= version; step += 1) {
    const stores = SCHEMA_HISTORY[step];
    if (!stores) throw new Error(`No schema recorded for version ${step}`);
    database.version(step).stores(stores);
  }
  return database;
}

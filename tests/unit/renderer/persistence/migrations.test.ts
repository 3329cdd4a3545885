import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RemitDatabase } from '../../../../renderer/persistence/database.js';
import { fromRow, ScenarioRepository } from '../../../../renderer/persistence/repository.js';
import { scenarioId } from '../../../../shared/model/index.js';
import { openHistoricDatabase, SCHEMA_HISTORY } from '../../../support/schema-history.js';

type Fixture = Record<string, Record<string, unknown>[]>;

function fixture(version: number): Fixture {
  return JSON.parse(readFileSync(new URL(`./fixtures/v${version}.json`, import.meta.url), 'utf8')) as Fixture;
}

const versions = Object.keys(SCHEMA_HISTORY).map(Number);

describe('migrations: a database from every shipped schema version opens with today’s code', () => {
  it('has a fixture for every schema version and today’s code declares the newest one', () => {
    const today = new RemitDatabase(`probe-${Math.random()}`);
    expect(today.verno).toBe(Math.max(...versions));
    for (const version of versions) expect(() => fixture(version)).not.toThrow();
  });

  it.each(versions)('version %i: every row survives', async (version) => {
    const name = `migration-v${version}-${Math.random()}`;
    const data = fixture(version);
    const old = openHistoricDatabase(name, version);
    await old.open();
    expect(old.verno).toBe(version);
    for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
    old.close();

    const database = new RemitDatabase(name);
    await database.open();
    for (const [table, rows] of Object.entries(data)) {
      const stored = await database.table(table).toArray();
      expect(stored, `table ${table}`).toHaveLength(rows.length);
      for (const row of rows) expect(stored).toContainEqual(row);
    }
    // And the repository reads them as the same scenarios, unrepaired.
    const repository = new ScenarioRepository(database);
    for (const row of data.scenarios ?? []) {
      const loaded = await repository.load(scenarioId(row.id as string));
      expect(loaded).toEqual(fromRow(row as never));
      expect(loaded?.responsibilities).toHaveLength((row.responsibilities as unknown[]).length);
    }
    const lastOpened = (data.settings ?? []).find((row) => row.key === 'lastOpenedScenario')?.value;
    expect(await repository.lastOpened()).toBe(lastOpened);
    database.close();
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { checkScenario } from '../../../../shared/guidance/index.js';
import type { Scenario } from '../../../../shared/model/index.js';
import { RemitDatabase } from '../../../../renderer/persistence/database.js';
import { MAX_STORED_CHECKS, ScenarioRepository } from '../../../../renderer/persistence/repository.js';
import {
  GUIDANCE_VERSION,
  adoptStoredCheck,
  checkKey,
  sameCheck,
  storeCheck,
  storedCheckOf,
} from '../../../../renderer/state/check-cache.js';
import { LibrarySession } from '../../../../renderer/state/library-session.js';
import { scenarioOf } from '../../shared/commands/fixtures.js';

const base = scenarioOf([
  ['Payroll systems', 'CIO'],
  ['Product architecture', 'CIO'],
  ['Technology budget', 'Shared', 'CTO'],
  ['Customer-facing mobile app', 'Unassigned'],
]);

function withFirst(scenario: Scenario, change: (item: Scenario['responsibilities'][number]) => object): Scenario {
  const [first, ...rest] = scenario.responsibilities;
  if (!first) throw new Error('fixture has no card');
  return { ...scenario, responsibilities: [{ ...first, ...change(first) }, ...rest] };
}

describe('stored check keys', () => {
  it('are the same for the same content, whatever the key order or timestamps', async () => {
    const reordered: Scenario = {
      ...base,
      name: 'Renamed',
      updatedAt: '2027-01-01T00:00:00.000Z',
      context: { reportingLine: base.context.reportingLine, focus: base.context.focus, companySize: base.context.companySize },
    };
    expect(await checkKey(reordered)).toBe(await checkKey(base));
    expect(await checkKey(base)).toMatch(new RegExp(`^${GUIDANCE_VERSION}:[0-9a-f]{64}$`));
  });

  // Everything the check reads, changed one at a time: each must give another key (a miss).
  const changes: readonly (readonly [string, Scenario])[] = [
    ['a title', withFirst(base, () => ({ title: 'Payroll system' }))],
    ['an owner', withFirst(base, () => ({ owner: 'CTO' }))],
    ['a lead', { ...base, responsibilities: base.responsibilities.map((item) => (item.owner === 'Shared' ? { ...item, lead: 'CIO' as const } : item)) }],
    ['a note', withFirst(base, () => ({ note: 'Run by the finance team' }))],
    ['the card order', { ...base, responsibilities: [...base.responsibilities].reverse() }],
    ['a card added', { ...base, responsibilities: [...base.responsibilities, { ...base.responsibilities[0]!, id: base.responsibilities[0]!.id + '2' as never }] }],
    ['the company size', { ...base, context: { ...base.context, companySize: 'small' } }],
    ['the focus', { ...base, context: { ...base.context, focus: 'product' } }],
    ['the reporting line', { ...base, context: { ...base.context, reportingLine: 'cio-to-cto' } }],
    ['a stance', { ...base, stances: { 'technology-budget': 'CIO' } }],
    ['a waiver', { ...base, waivers: [{ findingId: 'misplaced:x:payroll systems', rationale: 'On purpose', at: '2026-01-02T00:00:00.000Z' }] }],
  ];
  for (const [what, changed] of changes) {
    it(`change when ${what} changes`, async () => {
      expect(await checkKey(changed)).not.toBe(await checkKey(base));
    });
  }

  it('change when the guidance version changes', async () => {
    expect(await checkKey(base, 'another-version')).not.toBe(await checkKey(base));
  });
});

describe('stored checks', () => {
  const open = () => new ScenarioRepository(new RemitDatabase(`test-${Math.random()}`));

  it('round-trip through IndexedDB equal to a fresh check, and are adopted only for matching content', async () => {
    const repository = open();
    await repository.save(base);
    const result = checkScenario(base);
    expect(await storeCheck(repository, base, result)).toBe(true);
    const found = await repository.loadCheck(base.id);
    expect(found).not.toBeNull();
    expect(sameCheck(found!.result, result)).toBe(true);
    expect([...found!.result.byResponsibility.keys()]).toEqual(base.responsibilities.map((item) => item.id));

    const reloaded = (await repository.load(base.id))!;
    expect(await adoptStoredCheck(repository, reloaded, found)).toBe(true);
    expect(storedCheckOf(reloaded)).toBe(found!.result);

    for (const [, changed] of [
      ['owner', withFirst(base, () => ({ owner: 'CTO' }))],
      ['stance', { ...base, stances: { 'technology-budget': 'CTO' } }],
      ['context', { ...base, context: { ...base.context, focus: 'product' } }],
    ] as const) {
      expect(await adoptStoredCheck(repository, changed, found)).toBe(false);
      expect(storedCheckOf(changed)).toBeUndefined();
    }
  });

  it('tell a changed result from the same one', () => {
    const result = checkScenario(base);
    const other = checkScenario(withFirst(base, () => ({ owner: 'CTO' })));
    expect(sameCheck(result, structuredClone(result))).toBe(true);
    expect(sameCheck(result, other)).toBe(false);
    expect(sameCheck(result, { ...result, score: (result.score ?? 0) + 1 })).toBe(false);
    const [first, ...rest] = result.findings;
    expect(sameCheck(result, { ...result, findings: [{ ...first!, message: `${first!.message}!` }, ...rest] })).toBe(false);
  });

  it('are not written again for the same content, and go with the scenario to the trash', async () => {
    const repository = open();
    await repository.save(base);
    expect(await storeCheck(repository, base, checkScenario(base))).toBe(true);
    expect(await storeCheck(repository, { ...base }, checkScenario(base))).toBe(false);
    await repository.moveToTrash(base.id, '2026-02-01T00:00:00.000Z');
    expect(await repository.loadCheck(base.id)).toBeNull();
  });

  it('are written with relaxed durability, while plans keep strict durability', async () => {
    // Every read-write transaction of this database (spied before it opens: Dexie keeps its own
    // reference to the connection's method).
    const writes: { stores: string[]; durability: unknown }[] = [];
    const original = IDBDatabase.prototype.transaction;
    const name = `test-durability-${Math.random()}`;
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const [stores, mode, options] = args;
      if (this.name === name && mode === 'readwrite') writes.push({ stores: typeof stores === 'string' ? [stores] : [...stores], durability: options?.durability });
      return original.apply(this, args);
    });
    try {
      const repository = new ScenarioRepository(new RemitDatabase(name));
      await repository.save(base);
      await repository.saveCheck(base.id, 'key', checkScenario(base), '2026-01-01T00:00:00.000Z');
      expect(writes.filter((write) => write.stores.includes('checks')).map((write) => write.durability)).toEqual(['relaxed']);
      expect(writes.filter((write) => write.stores.includes('scenarios')).map((write) => write.durability)).toEqual(['strict']);
      expect((await repository.loadCheck(base.id))?.key).toBe('key');
    } finally {
      spy.mockRestore();
    }
  });

  it(`keep at most ${MAX_STORED_CHECKS}, dropping the oldest`, async () => {
    const repository = open();
    const result = checkScenario(base);
    for (let index = 0; index < MAX_STORED_CHECKS + 3; index += 1) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString();
      await repository.saveCheck(`s${index}` as Scenario['id'], `key${index}`, result, at);
    }
    expect(await repository.database.checks.count()).toBe(MAX_STORED_CHECKS);
    expect(await repository.loadCheck('s0' as Scenario['id'])).toBeNull();
    expect(await repository.loadCheck('s2' as Scenario['id'])).toBeNull();
    expect((await repository.loadCheck(`s${MAX_STORED_CHECKS + 2}` as Scenario['id']))?.key).toBe(`key${MAX_STORED_CHECKS + 2}`);
  });

  it('are adopted when the library opens the last plan unchanged, and not after it changed', async () => {
    const repository = open();
    const clock = { newId: () => 'unused', now: () => '2026-03-01T00:00:00.000Z' };
    await repository.save(base);
    await storeCheck(repository, base, checkScenario(base));
    const session = await LibrarySession.open(repository, clock, () => base);
    const opened = session.getState().store.getState().scenario;
    expect(storedCheckOf(opened)).toBeDefined();
    session.dispose();

    // Another window moved a card: the stored check no longer applies.
    await repository.save(withFirst(base, () => ({ owner: 'CTO' })));
    const again = await LibrarySession.open(repository, clock, () => base);
    expect(storedCheckOf(again.getState().store.getState().scenario)).toBeUndefined();
    again.dispose();
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../../shared/guidance/index.js';
import type { Scenario } from '../../../../shared/model/index.js';
import { RemitDatabase } from '../../../../renderer/persistence/database.js';
import { ScenarioRepository } from '../../../../renderer/persistence/repository.js';
import { storeCheck, storedCheckOf } from '../../../../renderer/state/check-cache.js';
import { EARLY_CHECK, type EarlyCheck } from '../../../../renderer/state/early-check.js';
import { LibrarySession } from '../../../../renderer/state/library-session.js';
import { scenarioOf } from '../../shared/commands/fixtures.js';

// A plan opened with nothing stored is checked while it opens (early-check.ts): the guidance is
// warmed once the stored-check read says nothing is there, and the plan itself is checked as
// soon as it is decoded, so the board's first render finds the check memoised.

const base = scenarioOf([
  ['Payroll systems', 'CIO'],
  ['Product architecture', 'CIO'],
  ['Technology budget', 'Shared', 'CTO'],
  ['Customer-facing mobile app', 'Unassigned'],
]);
const clock = { newId: () => 'unused', now: () => '2026-03-01T00:00:00.000Z' };

function repositoryWith(...scenarios: Scenario[]): Promise<ScenarioRepository> {
  const repository = new ScenarioRepository(new RemitDatabase(`early-${Math.random()}`));
  return Promise.all(scenarios.map((scenario) => repository.save(scenario))).then(() => repository);
}

/** An early check that records what it was asked, in order, and does the real work too. */
function recording(): { readonly early: EarlyCheck; readonly calls: string[]; readonly checked: Scenario[] } {
  const calls: string[] = [];
  const checked: Scenario[] = [];
  return {
    calls,
    checked,
    early: {
      warmUp: () => {
        calls.push('warm-up');
        EARLY_CHECK.warmUp();
      },
      check: (scenario) => {
        calls.push('check');
        checked.push(scenario);
        EARLY_CHECK.check(scenario);
      },
    },
  };
}

describe('opening a plan with nothing stored', () => {
  it('warms the guidance, then checks the very scenario object the board will show', async () => {
    const repository = await repositoryWith(base);
    await repository.setLastOpened(base.id);
    const { early, calls, checked } = recording();
    const session = await LibrarySession.open(repository, clock, () => base, null, early);
    const opened = session.getState().store.getState().scenario;
    expect(calls).toEqual(['warm-up', 'check']);
    // The same object: checkScenario memoises per scenario object, so the board's check is this one.
    expect(checked[0]).toBe(opened);
    expect(storedCheckOf(opened)).toBeUndefined();
    // What was memoised is what a fresh check of an equal plan says.
    expect(checkScenario(opened)).toEqual(checkScenario({ ...opened }));
    session.dispose();
  });

  it('leaves a plan whose check is stored to that check (no warm-up, no check while opening)', async () => {
    const repository = await repositoryWith(base);
    await repository.setLastOpened(base.id);
    await storeCheck(repository, base, checkScenario({ ...base }));
    const { early, calls } = recording();
    const session = await LibrarySession.open(repository, clock, () => base, null, early);
    expect(calls).toEqual([]);
    expect(storedCheckOf(session.getState().store.getState().scenario)).toBeDefined();
    session.dispose();
  });

  it('checks nothing early when the stored check no longer fits: the board checks the plan', async () => {
    const repository = await repositoryWith(base);
    await repository.setLastOpened(base.id);
    await storeCheck(repository, base, checkScenario({ ...base }));
    const [first, ...rest] = base.responsibilities;
    if (!first) throw new Error('fixture has no card');
    await repository.save({ ...base, responsibilities: [{ ...first, owner: 'CTO' }, ...rest] });
    const { early, calls } = recording();
    const session = await LibrarySession.open(repository, clock, () => base, null, early);
    expect(calls).toEqual([]);
    expect(storedCheckOf(session.getState().store.getState().scenario)).toBeUndefined();
    session.dispose();
  });

  it('checks nothing early on a first run (an empty library: the starter plan is made and shown)', async () => {
    const repository = await repositoryWith();
    const { early, calls } = recording();
    const session = await LibrarySession.open(repository, clock, () => base, null, early);
    expect(session.getState().store.getState().scenario.id).toBe(base.id);
    expect(calls).toEqual([]);
    session.dispose();
  });
});

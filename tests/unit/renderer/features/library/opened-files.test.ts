import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { scenarioId, type Scenario } from '../../../../../shared/model/index.js';
import { subscribeOpenedFiles } from '../../../../../renderer/features/library/library-actions.js';
import { LibrarySession } from '../../../../../renderer/state/library-session.js';
import { serializeScenarioText } from '../../../../../renderer/features/library/scenario-file.js';
import { RemitDatabase } from '../../../../../renderer/persistence/database.js';
import { ScenarioRepository } from '../../../../../renderer/persistence/repository.js';
import type { OpenedFile } from '../../../../../renderer/platform/platform.js';
import { scenarioOf } from '../../../shared/commands/fixtures.js';

// Files the OS hands Remit (Electron: Platform.onFileOpened) go through the same import as
// Scenarios → Import, over a real session on fake-indexeddb.

function clock() {
  let id = 0;
  let tick = 0;
  return {
    newId: () => `id-${++id}`,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++tick)).toISOString(),
  };
}

function named(id: string, name: string, rows: Parameters<typeof scenarioOf>[0]): Scenario {
  return { ...scenarioOf(rows), id: scenarioId(id), name };
}

/** A fake `Platform.onFileOpened`: `deliver` plays main sending `app:open-file`. */
function fakeSource() {
  const listeners = new Set<(file: OpenedFile) => void>();
  return {
    subscribe: (listener: (file: OpenedFile) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    deliver: (file: OpenedFile) => {
      for (const listener of listeners) listener(file);
    },
    get count() {
      return listeners.size;
    },
  };
}

async function openSession(): Promise<LibrarySession> {
  const repository = new ScenarioRepository(new RemitDatabase(`opened-${Math.random()}`));
  return LibrarySession.open(repository, clock(), () => named('start', 'Starter', [['Service desk', 'CIO']]));
}

type Outcome = { readonly kind: 'done' | 'error'; readonly message: string };

function collect(count: number): { outcomes: Outcome[]; settled: Promise<void>; push: (outcome: Outcome) => void } {
  const outcomes: Outcome[] = [];
  let resolve: () => void = () => undefined;
  const settled = new Promise<void>((done) => (resolve = done));
  return {
    outcomes,
    settled,
    push: (outcome) => {
      outcomes.push(outcome);
      if (outcomes.length === count) resolve();
    },
  };
}

describe('files opened from outside Remit', () => {
  it('imports a scenario file as a new scenario and opens it', async () => {
    const session = await openSession();
    const source = fakeSource();
    const seen = collect(1);
    const unsubscribe = subscribeOpenedFiles(session, source.subscribe, seen.push);
    const plan = named('from-disk', 'Board plan 2026', [['Product architecture', 'CTO'], ['Technology roadmap', 'Shared', 'CTO']]);
    source.deliver({ name: 'board-plan.remit.json', text: serializeScenarioText(plan) });
    await seen.settled;

    expect(seen.outcomes).toEqual([{ kind: 'done', message: 'Imported “Board plan 2026” as a new scenario.' }]);
    const open = session.getState().store.getState().scenario;
    expect(open.name).toBe('Board plan 2026');
    // A new id, never the file's: an import adds a scenario.
    expect(open.id).not.toBe('from-disk');
    expect(open.responsibilities.map((item) => [item.title, item.owner, item.lead])).toEqual([
      ['Product architecture', 'CTO', undefined],
      ['Technology roadmap', 'Shared', 'CTO'],
    ]);
    const names = (await session.listWithVersions()).map(({ scenario }) => scenario.name).sort();
    expect(names).toEqual(['Board plan 2026', 'Starter']);
    unsubscribe();
    expect(source.count).toBe(0);
    session.dispose();
  });

  it('refuses a bad file with the import’s message and changes nothing', async () => {
    const session = await openSession();
    const source = fakeSource();
    const seen = collect(2);
    subscribeOpenedFiles(session, source.subscribe, seen.push);
    source.deliver({ name: 'notes.remit.json', text: '{"format": "something-else"' });
    source.deliver({ name: 'other.remit.json', text: JSON.stringify({ hello: 'world' }) });
    await seen.settled;

    expect(seen.outcomes.map((outcome) => outcome.kind)).toEqual(['error', 'error']);
    expect(seen.outcomes[0]?.message).toMatch(/^Could not read “notes\.remit\.json”: .+ Nothing was changed\.$/);
    expect(seen.outcomes[1]?.message).toMatch(/^Could not read “other\.remit\.json”: .+ Nothing was changed\.$/);
    expect(session.getState().store.getState().scenario.name).toBe('Starter');
    expect((await session.listWithVersions()).map(({ scenario }) => scenario.name)).toEqual(['Starter']);
    session.dispose();
  });

  it('imports files that arrive together one after the other; the last one stays open', async () => {
    const session = await openSession();
    const source = fakeSource();
    const seen = collect(3);
    subscribeOpenedFiles(session, source.subscribe, seen.push);
    source.deliver({ name: 'a.remit.json', text: serializeScenarioText(named('a', 'Plan A', [['ERP operations', 'CIO']])) });
    source.deliver({ name: 'broken.remit.json', text: 'not json' });
    source.deliver({ name: 'b.remit.json', text: serializeScenarioText(named('b', 'Plan B', [['Mobile app', 'CTO']])) });
    await seen.settled;

    expect(seen.outcomes.map((outcome) => outcome.kind)).toEqual(['done', 'error', 'done']);
    expect(session.getState().store.getState().scenario.name).toBe('Plan B');
    expect((await session.listWithVersions()).map(({ scenario }) => scenario.name).sort()).toEqual(['Plan A', 'Plan B', 'Starter']);
    session.dispose();
  });
});

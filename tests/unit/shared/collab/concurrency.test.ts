import { describe, expect, it } from 'vitest';
import { createPlanUndoManager, stepPlanHistory } from '../../../../shared/collab/index.js';
import { CommandError, type Command } from '../../../../shared/commands/index.js';
import { LANES, responsibilityId, type Scenario } from '../../../../shared/model/index.js';
import { lanesOf, scenarioOf } from '../commands/fixtures.js';
import { clientsOf, NOW, read, run, sync, syncAll } from './helpers.js';

const id = responsibilityId;
const base = scenarioOf([
  ['A', 'CIO'],
  ['B', 'CIO'],
  ['X', 'CIO'],
  ['C', 'CTO'],
  ['D', 'Shared', 'CTO'],
  ['E', 'Unassigned'],
]);

function ids(scenario: Scenario): string[] {
  return scenario.responsibilities.map((item) => item.id).sort();
}

describe('two people editing at once, then syncing', () => {
  const cases: [string, Command, Command, (merged: Scenario) => void][] = [
    [
      'both move the same card to different lanes',
      { type: 'responsibility/move', id: id('a'), to: 'CTO', index: 0 },
      { type: 'responsibility/move', id: id('a'), to: 'Shared', index: 0 },
      (merged) => {
        expect(ids(merged)).toEqual(ids(base));
        expect(['CTO', 'Shared']).toContain(merged.responsibilities.find((item) => item.id === 'a')?.owner);
      },
    ],
    [
      'both move the same card within its lane',
      { type: 'responsibility/move', id: id('a'), to: 'CIO', index: 2 },
      { type: 'responsibility/move', id: id('a'), to: 'CIO', index: 1 },
      (merged) => {
        expect(ids(merged)).toEqual(ids(base));
        expect(lanesOf(merged).CIO?.sort()).toEqual(['A', 'B', 'X']);
      },
    ],
    [
      'both reorder one lane',
      { type: 'responsibility/move', id: id('x'), to: 'CIO', index: 0 },
      { type: 'responsibility/move', id: id('b'), to: 'CIO', index: 0 },
      (merged) => {
        expect(lanesOf(merged).CIO?.sort()).toEqual(['A', 'B', 'X']);
      },
    ],
    [
      'both add at the same spot',
      { type: 'responsibility/add', id: id('f'), title: 'F', owner: 'CIO', index: 1 },
      { type: 'responsibility/add', id: id('g'), title: 'G', owner: 'CIO', index: 1 },
      (merged) => {
        expect(lanesOf(merged).CIO).toEqual(['A', 'F', 'G', 'B', 'X']);
      },
    ],
    [
      'one moves a card the other renames',
      { type: 'responsibility/move', id: id('a'), to: 'CTO' },
      { type: 'responsibility/rename', id: id('a'), title: 'Apple' },
      (merged) => {
        expect(lanesOf(merged).CTO).toEqual(['C', 'Apple']);
      },
    ],
    [
      'one deletes a card the other renames',
      { type: 'responsibility/delete', id: id('a') },
      { type: 'responsibility/rename', id: id('a'), title: 'Apple' },
      (merged) => {
        expect(ids(merged)).not.toContain('a');
      },
    ],
    [
      'one moves a card out of Shared while the other changes its lead',
      { type: 'responsibility/move', id: id('d'), to: 'CIO' },
      { type: 'responsibility/set-lead', id: id('d'), lead: 'CIO' },
      (merged) => {
        const card = merged.responsibilities.find((item) => item.id === 'd');
        expect(card?.owner).toBe('CIO');
        expect(card).not.toHaveProperty('lead');
      },
    ],
    [
      'both rename the plan',
      { type: 'scenario/rename', name: 'One' },
      { type: 'scenario/rename', name: 'Two' },
      (merged) => {
        expect(['One', 'Two']).toContain(merged.name);
      },
    ],
  ];

  it.each(cases)('%s: both converge, no card is lost or duplicated', (_name, first, second, check) => {
    for (const order of [0, 1]) {
      const [a, b] = clientsOf(base, 2) as [
        ReturnType<typeof clientsOf>[number],
        ReturnType<typeof clientsOf>[number],
      ];
      run(order === 0 ? a : b, first);
      run(order === 0 ? b : a, second);
      sync(a.doc, b.doc);
      const merged = read(a);
      expect(read(b)).toEqual(merged);
      expect(new Set(ids(merged)).size).toBe(merged.responsibilities.length);
      check(merged);
    }
  });
});

/** A small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('many people, many edits, random syncs', () => {
  it.each([1, 2, 3, 4, 5])(
    'seed %i: every client converges to the same valid plan holding exactly the cards added and not deleted',
    (seed) => {
      const next = random(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
      const clients = clientsOf(base, 3);
      const expected = new Set(ids(base));
      let added = 0;
      for (let step = 0; step < 300; step += 1) {
        const client = pick(clients);
        const known = ids(read(client));
        const roll = next();
        let command: Command;
        if (roll < 0.1 || known.length === 0) {
          added += 1;
          command = {
            type: 'responsibility/add',
            id: id(`n${added}`),
            title: `New ${added}`,
            owner: pick(LANES),
            index: Math.floor(next() * 4),
          };
          expected.add(`n${added}`);
        } else if (roll < 0.15) {
          const target = pick(known);
          command = { type: 'responsibility/delete', id: id(target) };
          expected.delete(target);
        } else if (roll < 0.25) {
          command = { type: 'responsibility/rename', id: id(pick(known)), title: `T${step}` };
        } else {
          command = {
            type: 'responsibility/move',
            id: id(pick(known)),
            to: pick(LANES),
            index: Math.floor(next() * 5),
          };
        }
        try {
          run(client, command);
        } catch (error) {
          if (!(error instanceof CommandError)) throw error;
        }
        if (next() < 0.3) sync(pick(clients).doc, pick(clients).doc);
      }
      syncAll(clients);
      const merged = read(clients[0]!);
      for (const client of clients) expect(read(client)).toEqual(merged);
      // A delete that raced a later-seen add of the same id cannot happen (ids are fresh), so the
      // surviving cards are exactly those added and never deleted anywhere.
      expect(ids(merged)).toEqual([...expected].sort());
    },
  );
});

describe('undo takes back only your own changes', () => {
  it('undoing my move leaves your rename of another card alone', () => {
    const [me, you] = clientsOf(base, 2) as [
      ReturnType<typeof clientsOf>[number],
      ReturnType<typeof clientsOf>[number],
    ];
    const undo = createPlanUndoManager(me.doc, me.origin);
    run(me, { type: 'responsibility/move', id: id('a'), to: 'CTO' });
    run(you, { type: 'responsibility/rename', id: id('b'), title: 'Bee' });
    sync(me.doc, you.doc);
    expect(stepPlanHistory(undo, 'undo', NOW)).toBe(true);
    sync(me.doc, you.doc);
    for (const client of [me, you])
      expect(lanesOf(read(client))).toEqual(
        lanesOf(
          scenarioOf([
            ['A', 'CIO'],
            ['Bee', 'CIO'],
            ['X', 'CIO'],
            ['C', 'CTO'],
            ['D', 'Shared', 'CTO'],
            ['E', 'Unassigned'],
          ]),
        ),
      );
    expect(stepPlanHistory(undo, 'undo', NOW)).toBe(false);
    expect(stepPlanHistory(undo, 'redo', NOW)).toBe(true);
    expect(lanesOf(read(me)).CTO).toEqual(['C', 'A']);
  });

  it('undoing my move keeps your later rename of the same card', () => {
    const [me, you] = clientsOf(base, 2) as [
      ReturnType<typeof clientsOf>[number],
      ReturnType<typeof clientsOf>[number],
    ];
    const undo = createPlanUndoManager(me.doc, me.origin);
    run(me, { type: 'responsibility/move', id: id('a'), to: 'CTO' });
    sync(me.doc, you.doc);
    run(you, { type: 'responsibility/rename', id: id('a'), title: 'Apple' });
    sync(me.doc, you.doc);
    stepPlanHistory(undo, 'undo', NOW);
    sync(me.doc, you.doc);
    expect(lanesOf(read(you)).CIO).toEqual(['Apple', 'B', 'X']);
    expect(read(me)).toEqual(read(you));
  });

  it('undoing my delete brings the card back where it was, and each command is one step', () => {
    const [me] = clientsOf(base, 1);
    const undo = createPlanUndoManager(me!.doc, me!.origin);
    run(me!, { type: 'responsibility/rename', id: id('b'), title: 'Bee' });
    run(me!, { type: 'responsibility/delete', id: id('b') });
    stepPlanHistory(undo, 'undo', NOW);
    expect(lanesOf(read(me!)).CIO).toEqual(['A', 'Bee', 'X']);
    stepPlanHistory(undo, 'undo', NOW);
    expect(lanesOf(read(me!)).CIO).toEqual(['A', 'B', 'X']);
  });

  it('a change that arrives from someone else is not on my undo stack', () => {
    const [me, you] = clientsOf(base, 2) as [
      ReturnType<typeof clientsOf>[number],
      ReturnType<typeof clientsOf>[number],
    ];
    const undo = createPlanUndoManager(me.doc, me.origin);
    run(you, { type: 'responsibility/delete', id: id('c') });
    sync(me.doc, you.doc);
    expect(stepPlanHistory(undo, 'undo', NOW)).toBe(false);
    expect(ids(read(me))).not.toContain('c');
  });
});

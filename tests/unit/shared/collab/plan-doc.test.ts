import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  applyCommandToDoc,
  keyForIndex,
  keysInOrder,
  materialisePlan,
  planParts,
  seedPlanDoc,
} from '../../../../shared/collab/index.js';
import { applyCommand, CommandError, type Command } from '../../../../shared/commands/index.js';
import { responsibilityId, scenarioId, type Scenario } from '../../../../shared/model/index.js';
import { fromRow } from '../../../../renderer/persistence/repository.js';
import type { ScenarioRow } from '../../../../renderer/persistence/database.js';
import { lanesOf, scenarioOf } from '../commands/fixtures.js';
import { clientsOf, NOW, read } from './helpers.js';

const id = responsibilityId;

function rowsOf(file: string): ScenarioRow[] {
  const url = new URL(`../../renderer/persistence/fixtures/${file}`, import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as { scenarios: ScenarioRow[]; trash?: ScenarioRow[] };
  return [...data.scenarios, ...(data.trash ?? [])];
}

/** Today's rows as the app writes them, lanes interleaved in the array, with every field used. */
const INTERLEAVED: ScenarioRow = {
  id: 'mixed',
  name: 'Workshop draft',
  context: { companySize: 'small', focus: 'product', reportingLine: 'cio-to-cto' },
  responsibilities: [
    { id: 'c1', title: 'Cloud platform', owner: 'CTO' },
    { id: 'i1', title: 'Help desk', owner: 'CIO', note: 'Outsourced until June' },
    { id: 's1', title: 'Security', owner: 'Shared', lead: 'CIO' },
    { id: 'c2', title: 'Developer tools', owner: 'CTO' },
    { id: 'u1', title: 'Data strategy', owner: 'Unassigned' },
    { id: 's2', title: 'Architecture', owner: 'Shared' },
    { id: 'i2', title: 'ERP', owner: 'CIO' },
  ],
  waivers: [
    { findingId: 'placement:u1', rationale: 'Later', at: '2026-01-02T00:00:00.000Z' },
    { findingId: 'lead:s2', rationale: 'Both lead', at: '2026-01-03T00:00:00.000Z' },
  ],
  stances: { 'data-strategy': 'CTO', security: 'CIO' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-04T00:00:00.000Z',
};

describe("seeding a plan document from today's rows", () => {
  it.each([...rowsOf('v1.json'), ...rowsOf('v2.json'), INTERLEAVED].map((row) => [row.id, row] as const))(
    'round-trips %s without loss',
    (_name, row) => {
      const scenario = fromRow(row);
      const doc = new Y.Doc();
      seedPlanDoc(doc, scenario, 'seed');
      expect(read(doc, scenario.id)).toEqual(scenario);
      // The same again after a trip through the binary update format a server stores.
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      expect(read(copy, scenario.id)).toEqual(scenario);
    },
  );

  it('refuses to seed a document that already has content', () => {
    const doc = new Y.Doc();
    seedPlanDoc(doc, fromRow(INTERLEAVED), 'seed');
    expect(() => seedPlanDoc(doc, fromRow(INTERLEAVED), 'seed')).toThrow(/already has content/);
  });
});

const base = scenarioOf([
  ['A', 'CIO'],
  ['B', 'CIO'],
  ['X', 'CIO'],
  ['C', 'CTO'],
  ['D', 'Shared', 'CTO'],
  ['E', 'Unassigned'],
]);

describe('applyCommandToDoc matches applyCommand', () => {
  const commands: [string, Command][] = [
    ['move to another lane', { type: 'responsibility/move', id: id('a'), to: 'CTO' }],
    ['move to a position', { type: 'responsibility/move', id: id('a'), to: 'CTO', index: 0 }],
    ['move into Shared', { type: 'responsibility/move', id: id('a'), to: 'Shared', index: 0, lead: 'CTO' }],
    ['move out of Shared', { type: 'responsibility/move', id: id('d'), to: 'CIO', index: 1 }],
    ['reorder to the top', { type: 'responsibility/move', id: id('x'), to: 'CIO', index: 0 }],
    ['reorder to the middle', { type: 'responsibility/move', id: id('a'), to: 'CIO', index: 1 }],
    [
      'reorder with an index past the end',
      { type: 'responsibility/move', id: id('a'), to: 'CIO', index: 99 },
    ],
    [
      'add at a position',
      { type: 'responsibility/add', id: id('f'), title: '  F  ', owner: 'CIO', index: 1 },
    ],
    ['add to Shared', { type: 'responsibility/add', id: id('g'), title: 'G', owner: 'Shared', note: 'n' }],
    ['rename', { type: 'responsibility/rename', id: id('b'), title: 'Bee' }],
    ['annotate', { type: 'responsibility/annotate', id: id('b'), note: ' remember ' }],
    ['set lead', { type: 'responsibility/set-lead', id: id('d'), lead: 'CIO' }],
    ['delete', { type: 'responsibility/delete', id: id('c') }],
    ['rename the plan', { type: 'scenario/rename', name: ' Next  year ' }],
    ['set context', { type: 'scenario/set-context', context: { focus: 'product' } }],
    ['accept a finding', { type: 'waiver/add', waiver: { findingId: 'f1', rationale: ' ok ', at: NOW } }],
    ['record a stance', { type: 'stance/set', topicId: 'budget', role: 'CTO' }],
    [
      'replace the whole plan (import over it, restore a version)',
      {
        type: 'scenario/replace',
        label: 'Restore version “Draft”',
        body: {
          name: 'Draft',
          context: { ...base.context, focus: 'product' },
          responsibilities: [{ id: id('z'), title: 'Zed', owner: 'CTO' }, ...base.responsibilities.slice(1).reverse()],
          waivers: [{ findingId: 'f2', rationale: 'on purpose', at: NOW }],
          stances: { budget: 'CIO' },
        },
      },
    ],
  ];
  it.each(commands)('%s', (_name, command) => {
    const [client] = clientsOf(base, 1);
    const expected = applyCommand(base, command)!.scenario;
    const result = applyCommandToDoc(client!.doc, command, { origin: 'me', id: base.id, now: NOW });
    expect(result?.label).toBe(applyCommand(base, command)!.patch.label);
    const actual = read(client!);
    expect(lanesOf(actual)).toEqual(lanesOf(expected));
    const byId = (scenario: Scenario) =>
      [...scenario.responsibilities].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(actual)).toEqual(byId(expected));
    expect({ ...actual, responsibilities: [], updatedAt: '' }).toEqual({
      ...expected,
      responsibilities: [],
      updatedAt: '',
    });
    expect(actual.updatedAt).toBe(NOW);
    expect(lanesOf(result!.scenario)).toEqual(lanesOf(expected));
    // A caller that keeps the materialised plan passes it and gets the same change.
    const [again] = clientsOf(base, 1);
    applyCommandToDoc(again!.doc, command, { origin: 'me', id: base.id, now: NOW, current: base });
    expect(read(again!)).toEqual(actual);
  });

  it('writes one transaction per command, tagged with the origin', () => {
    const [client] = clientsOf(base, 1);
    const origins: unknown[] = [];
    client!.doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    applyCommandToDoc(
      client!.doc,
      { type: 'responsibility/move', id: id('a'), to: 'Shared' },
      { origin: 'me', id: base.id, now: NOW },
    );
    expect(origins).toEqual(['me']);
  });

  it('changes nothing for a no-op and throws like applyCommand for a bad command', () => {
    const [client] = clientsOf(base, 1);
    const before = Y.encodeStateAsUpdate(client!.doc);
    expect(
      applyCommandToDoc(
        client!.doc,
        { type: 'responsibility/move', id: id('a'), to: 'CIO', index: 0 },
        { origin: 'me', id: base.id, now: NOW },
      ),
    ).toBeNull();
    expect(() =>
      applyCommandToDoc(
        client!.doc,
        { type: 'responsibility/rename', id: id('nope'), title: 'T' },
        { origin: 'me', id: base.id, now: NOW },
      ),
    ).toThrow(CommandError);
    expect(() =>
      applyCommandToDoc(
        client!.doc,
        { type: 'responsibility/rename', id: id('a'), title: '   ' },
        { origin: 'me', id: base.id, now: NOW },
      ),
    ).toThrow(CommandError);
    expect(Y.encodeStateAsUpdate(client!.doc)).toEqual(before);
  });
});

describe('materialisePlan refuses a document that is not a valid plan', () => {
  const damage: [string, (doc: Y.Doc) => void, RegExp][] = [
    ['a card that is not a map', (doc) => planParts(doc).cards.set('evil', 'text'), /not a card/],
    [
      'a card without a position',
      (doc) => (planParts(doc).cards.get('a') as Y.Map<unknown>).delete('position'),
      /no valid position/,
    ],
    [
      'a malformed position',
      (doc) => (planParts(doc).cards.get('a') as Y.Map<unknown>).set('position', 'a0!'),
      /no valid position/,
    ],
    [
      'an empty title',
      (doc) => (planParts(doc).cards.get('a') as Y.Map<unknown>).set('title', ''),
      /title: must not be empty/,
    ],
    [
      'an unknown lane',
      (doc) => (planParts(doc).cards.get('a') as Y.Map<unknown>).set('owner', 'Board'),
      /owner: expected one of/,
    ],
    [
      'a huge title',
      (doc) => (planParts(doc).cards.get('a') as Y.Map<unknown>).set('title', 'x'.repeat(600)),
      /too long/,
    ],
    ['a bad context value', (doc) => planParts(doc).context.set('focus', 42), /context\.focus/],
    ['a bad stance', (doc) => planParts(doc).stances.set('topic', 'CEO'), /stances/],
    ['a waiver that is not an object', (doc) => planParts(doc).waivers.set('f', 7), /waivers\[0\]/],
    ['a newer layout', (doc) => planParts(doc).meta.set('version', 2), /newer Remit/],
    ['no layout version', (doc) => planParts(doc).meta.delete('version'), /not a Remit plan/],
    ['a forbidden key', (doc) => planParts(doc).stances.set('__proto__', 'CIO'), /not allowed/],
  ];
  it.each(damage)('%s', (_name, harm, message) => {
    const [client] = clientsOf(base, 1);
    harm(client!.doc);
    const result = materialisePlan(client!.doc, { id: scenarioId('s1') });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(() =>
      applyCommandToDoc(
        client!.doc,
        { type: 'scenario/rename', name: 'N' },
        { origin: 'me', id: base.id, now: NOW },
      ),
    ).toThrow(CommandError);
  });

  it('a root bound to another Yjs type', () => {
    const doc = new Y.Doc();
    doc.getArray('cards').push(['x']);
    const result = materialisePlan(doc, { id: scenarioId('s1') });
    expect(result.ok).toBe(false);
  });
});

describe('position keys', () => {
  it.each<[string, string[], number | undefined]>([
    ['an empty lane', [], undefined],
    ['the top', keysInOrder(3), 0],
    ['the middle', keysInOrder(3), 2],
    ['the end', keysInOrder(3), undefined],
    ['past the end', keysInOrder(3), 7],
  ])('places a card in %s', (_name, keys, index) => {
    const key = keyForIndex(keys, index);
    const sorted = [...keys, key].sort();
    expect(sorted.indexOf(key)).toBe(index === undefined || index > keys.length ? keys.length : index);
  });

  it('never asks for a key between two equal keys (a tie from concurrent inserts)', () => {
    const [a0, a1] = keysInOrder(2) as [string, string];
    const key = keyForIndex([a0, a1, a1, a1], 2);
    expect(key > a1).toBe(true);
  });
});

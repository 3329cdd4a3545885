import { describe, expect, it } from 'vitest';
import { applyCommand, applyPatch, CommandError, invertPatch, type Command } from '../../../../shared/commands/index.js';
import { responsibilityId } from '../../../../shared/model/index.js';
import { lanesOf, scenarioOf } from './fixtures.js';

const base = scenarioOf([
  ['A', 'CIO'],
  ['B', 'CIO'],
  ['C', 'CTO'],
  ['D', 'Shared', 'CTO'],
  ['E', 'Unassigned'],
]);
const id = responsibilityId;

describe('applyCommand', () => {
  it.each<[string, Command, Record<string, string[]>]>([
    ['moves to the end of another lane', { type: 'responsibility/move', id: id('a'), to: 'CTO' }, { CIO: ['B'], Shared: ['D'], CTO: ['C', 'A'], Unassigned: ['E'] }],
    ['moves to a position in another lane', { type: 'responsibility/move', id: id('a'), to: 'CTO', index: 0 }, { CIO: ['B'], Shared: ['D'], CTO: ['A', 'C'], Unassigned: ['E'] }],
    ['reorders within a lane', { type: 'responsibility/move', id: id('b'), to: 'CIO', index: 0 }, { CIO: ['B', 'A'], Shared: ['D'], CTO: ['C'], Unassigned: ['E'] }],
    ['adds at a position', { type: 'responsibility/add', id: id('f'), title: '  F  ', owner: 'CIO', index: 1 }, { CIO: ['A', 'F', 'B'], Shared: ['D'], CTO: ['C'], Unassigned: ['E'] }],
    ['deletes', { type: 'responsibility/delete', id: id('c') }, { CIO: ['A', 'B'], Shared: ['D'], CTO: [], Unassigned: ['E'] }],
  ])('%s, and its patch undoes exactly', (_name, command, expected) => {
    const result = applyCommand(base, command);
    expect(result).not.toBeNull();
    expect(lanesOf(result!.scenario)).toEqual(expected);
    expect(applyPatch(result!.scenario, invertPatch(result!.patch))).toEqual(base);
  });

  it('gives a Shared card a lead and takes it away when it leaves', () => {
    const toShared = applyCommand(base, { type: 'responsibility/move', id: id('a'), to: 'Shared' })!;
    expect(toShared.scenario.responsibilities.find((item) => item.id === 'a')?.lead).toBe('CIO');
    const out = applyCommand(base, { type: 'responsibility/move', id: id('d'), to: 'CIO' })!;
    expect(out.scenario.responsibilities.find((item) => item.id === 'd')).not.toHaveProperty('lead');
  });

  it('returns null for a move to where the card already is', () => {
    expect(applyCommand(base, { type: 'responsibility/move', id: id('a'), to: 'CIO', index: 0 })).toBeNull();
  });

  it('labels patches in words', () => {
    expect(applyCommand(base, { type: 'responsibility/move', id: id('a'), to: 'CTO' })!.patch.label).toBe('Move “A” to CTO');
  });

  it.each<[string, Command]>([
    ['unknown id', { type: 'responsibility/move', id: id('zz'), to: 'CTO' }],
    ['empty title', { type: 'responsibility/rename', id: id('a'), title: '   ' }],
    ['lead on a non-shared card', { type: 'responsibility/set-lead', id: id('a'), lead: 'CTO' }],
    ['duplicate id', { type: 'responsibility/add', id: id('a'), title: 'X', owner: 'CIO' }],
    ['waiver without rationale', { type: 'waiver/add', waiver: { findingId: 'f', rationale: ' ', at: 'now' } }],
  ])('rejects %s', (_name, command) => {
    expect(() => applyCommand(base, command)).toThrow(CommandError);
  });

  it('renames, annotates, sets context, waivers and stances reversibly', () => {
    const commands: Command[] = [
      { type: 'responsibility/rename', id: id('a'), title: 'A2' },
      { type: 'responsibility/annotate', id: id('a'), note: 'note' },
      { type: 'responsibility/set-lead', id: id('d'), lead: 'CIO' },
      { type: 'scenario/rename', name: 'Other' },
      { type: 'scenario/set-context', context: { companySize: 'small' } },
      { type: 'waiver/add', waiver: { findingId: 'f1', rationale: 'ok', at: 'now' } },
      { type: 'stance/set', topicId: 'budget', role: 'CTO' },
    ];
    let scenario = base;
    const patches = [];
    for (const command of commands) {
      const result = applyCommand(scenario, command)!;
      patches.push(result.patch);
      scenario = result.scenario;
    }
    expect(scenario.name).toBe('Other');
    expect(scenario.context.companySize).toBe('small');
    expect(scenario.stances).toEqual({ budget: 'CTO' });
    for (const patch of patches.reverse()) scenario = applyPatch(scenario, invertPatch(patch));
    expect(scenario).toEqual(base);
  });
});

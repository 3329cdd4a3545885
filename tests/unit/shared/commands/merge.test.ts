import { describe, expect, it } from 'vitest';
import { mergeScenarios } from '../../../../shared/commands/merge.js';
import type { Scenario } from '../../../../shared/model/index.js';
import { scenarioOf } from './fixtures.js';

const base = scenarioOf([
  ['A', 'CIO'],
  ['B', 'CTO'],
  ['C', 'Shared', 'CIO'],
]);
const edit = (scenario: Scenario, title: string, change: Partial<Scenario['responsibilities'][number]>): Scenario => ({
  ...scenario,
  responsibilities: scenario.responsibilities.map((item) => (item.title === title ? { ...item, ...change } : item)),
});
const owners = (scenario: Scenario) => scenario.responsibilities.map((item) => `${item.title}:${item.owner}`);

describe('mergeScenarios', () => {
  it('keeps changes of different cards from both sides', () => {
    const result = mergeScenarios(base, edit(base, 'B', { owner: 'CIO' }), edit(base, 'A', { owner: 'Unassigned' }));
    expect(owners(result.scenario)).toEqual(['A:Unassigned', 'B:CIO', 'C:Shared']);
    expect(result.overlapped).toBe(false);
  });

  it('keeps ours where both changed the same card, and says so', () => {
    const result = mergeScenarios(base, edit(base, 'A', { owner: 'CTO' }), edit(base, 'A', { owner: 'Unassigned' }));
    expect(owners(result.scenario)[0]).toBe('A:CTO');
    expect(result.overlapped).toBe(true);
  });

  it('keeps our additions and deletions, and theirs', () => {
    const ours = { ...base, responsibilities: [...base.responsibilities.filter((item) => item.title !== 'B'), { id: 'n' as never, title: 'New', owner: 'CIO' as const }] };
    const theirs = { ...base, responsibilities: [...base.responsibilities, { id: 't' as never, title: 'Theirs', owner: 'CTO' as const }] };
    expect(owners(mergeScenarios(base, ours, theirs).scenario)).toEqual(['A:CIO', 'C:Shared', 'New:CIO', 'Theirs:CTO']);
  });

  it('never loses a change to a deletion on the other side', () => {
    const theirs = { ...base, responsibilities: base.responsibilities.filter((item) => item.title !== 'A') };
    const result = mergeScenarios(base, edit(base, 'A', { title: 'A renamed' }), theirs);
    expect(result.scenario.responsibilities.map((item) => item.title)).toContain('A renamed');
    expect(result.overlapped).toBe(true);
  });

  it('merges the name like a card: only one side renamed, that rename wins', () => {
    expect(mergeScenarios(base, base, { ...base, name: 'Theirs' }).scenario.name).toBe('Theirs');
    expect(mergeScenarios(base, { ...base, name: 'Ours' }, base).scenario.name).toBe('Ours');
  });
});

import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  applyPatch,
  EMPTY_HISTORY,
  historyAfter,
  invertPatch,
  RECORD,
  record,
  scenarioBody,
} from '../../../../shared/commands/index.js';
import { lanesOf, scenarioOf } from './fixtures.js';

const current = scenarioOf([
  ['Service desk', 'CIO'],
  ['Platform', 'CTO'],
]);
const imported = { ...scenarioOf([['Data platform', 'Shared', 'CTO']]), name: 'Imported plan', id: current.id };

describe('scenario/replace', () => {
  it('replaces the whole body as one patch whose inverse gives the content back', () => {
    const result = applyCommand(current, { type: 'scenario/replace', body: scenarioBody(imported), label: 'Import “plan.remit.json”' });
    expect(result).not.toBeNull();
    if (!result) return;
    expect(result.patch.label).toBe('Import “plan.remit.json”');
    expect(result.scenario.name).toBe('Imported plan');
    expect(lanesOf(result.scenario).Shared).toEqual(['Data platform']);
    // The id and creation time are the open scenario's, whatever the replacing content says.
    expect(result.scenario.id).toBe(current.id);
    expect(result.scenario.createdAt).toBe(current.createdAt);
    expect(applyPatch(result.scenario, invertPatch(result.patch))).toEqual(current);
  });

  it('changes nothing (null) when the body is the content shown', () => {
    expect(applyCommand(current, { type: 'scenario/replace', body: scenarioBody(current), label: 'Restore' })).toBeNull();
  });

  it('keeps only the body: ids and times in the replacing scenario are not copied', () => {
    const foreign = { ...imported, id: 'other', createdAt: '1999-01-01T00:00:00.000Z' } as unknown as typeof imported;
    const result = applyCommand(current, { type: 'scenario/replace', body: scenarioBody(foreign), label: 'Import' });
    expect(Object.keys(result?.patch.to ?? {}).sort()).toEqual(['context', 'name', 'responsibilities', 'stances', 'waivers']);
    expect(result?.scenario.id).toBe(current.id);
  });
});

describe('undo policies', () => {
  const patch = { label: 'Move', from: { name: 'a' }, to: { name: 'b' } };
  const earlier = record(EMPTY_HISTORY, { label: 'Earlier', from: {}, to: {} });

  it('record adds one undo step and clears redo', () => {
    const history = historyAfter({ ...earlier, future: [patch] }, patch, RECORD);
    expect(history.past.map((step) => step.label)).toEqual(['Earlier', 'Move']);
    expect(history.future).toEqual([]);
  });

  it('adopt clears the history (its patches belong to replaced content)', () => {
    expect(historyAfter(earlier, patch, { kind: 'adopt', savedAt: '2030-01-01T00:00:00.000Z' })).toEqual(EMPTY_HISTORY);
  });
});

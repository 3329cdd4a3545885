import { describe, expect, it } from 'vitest';
import { copyName, importedName } from '../../../../shared/naming/index.js';

describe('names for copies and imports', () => {
  it.each([
    ['Plan', [], 'Plan (2)'],
    ['Plan', ['Plan', 'Plan (2)'], 'Plan (3)'],
    ['Plan (2)', ['Plan', 'plan (2)'], 'Plan (3)'],
    ['Plan (imported)', ['Plan', 'Plan (imported)'], 'Plan (2)'],
    ['Budget (draft)', ['Budget (draft)'], 'Budget (draft) (2)'],
  ])('duplicating %s next to %j gives %s', (name, existing, expected) => {
    expect(copyName(name, existing)).toBe(expected);
  });

  it('stays within the 200 characters a name may have', () => {
    const long = 'x'.repeat(200);
    expect(copyName(long, [long])).toHaveLength(200);
    expect(importedName(long, [long])).toMatch(/^x+ \(imported\)$/);
    expect(importedName(long, [long])).toHaveLength(200);
  });

  it.each([
    ['Plan', [], 'Plan'],
    ['Plan', ['Plan'], 'Plan (imported)'],
    ['Plan', ['Plan', 'PLAN (imported)'], 'Plan (imported 2)'],
    ['Plan (imported)', ['Plan (imported)'], 'Plan (imported 2)'],
  ])('importing %s next to %j gives %s', (name, existing, expected) => {
    expect(importedName(name, existing)).toBe(expected);
  });
});

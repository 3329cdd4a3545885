import { describe, expect, it } from 'vitest';
import { responsibilityId, type ResponsibilityId } from '../../../../../shared/model/index.js';
import { fullLaneIndex } from '../../../../../renderer/features/board/visible-index.js';

const ids = (...names: string[]): ResponsibilityId[] => names.map(responsibilityId);

describe('fullLaneIndex', () => {
  it.each([
    // [full lane without the card, shown lane with the card, expected index]
    [ids('a', 'b', 'c'), ids('a', 'b', 'x', 'c'), 2, 'no filter: the shown place is the place'],
    [ids('a', 'b', 'c', 'd'), ids('a', 'x', 'd'), 1, 'after its shown predecessor'],
    [ids('a', 'b', 'c', 'd'), ids('x', 'c'), 2, 'first shown: right before its shown successor'],
    [ids('a', 'b'), ids('x'), 2, 'alone in a filtered lane: at the end'],
    [ids(), ids('x'), 0, 'empty lane'],
  ])('%j + %j → %i (%s)', (full, shown, expected) => {
    expect(fullLaneIndex(full, shown, responsibilityId('x'))).toBe(expected);
  });
});

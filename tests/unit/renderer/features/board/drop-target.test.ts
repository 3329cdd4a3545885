import { describe, expect, it } from 'vitest';
import { responsibilityId, type ResponsibilityId } from '../../../../../shared/model/index.js';
import { cardAt, entryIndex, landingOf, type CardBox } from '../../../../../renderer/features/board/drop-target.js';
import type { LaneItems } from '../../../../../renderer/features/board/lane-items.js';

const ids = (...names: string[]): ResponsibilityId[] => names.map(responsibilityId);
const id = responsibilityId;

// Three 40 px cards with 8 px gaps, 200 px wide, in a list whose corner is at (100, 300).
const boxes: CardBox[] = ['a', 'b', 'c'].map((name, index) => ({
  id: id(name),
  top: index * 48,
  bottom: index * 48 + 40,
  left: 0,
  right: 200,
}));
const origin = { top: 300, left: 100 };
const dragged = (centreY: number) => ({ top: centreY - 20, left: 110, width: 200, height: 40 });

describe('cardAt', () => {
  it('is the card under the pointer', () => {
    expect(cardAt(boxes, origin, { x: 150, y: 300 + 50 }, dragged(0))).toBe(id('b'));
  });
  it('is the card nearest the dragged card when the pointer is in a gap or absent', () => {
    expect(cardAt(boxes, origin, { x: 150, y: 300 + 44 }, dragged(300 + 100))).toBe(id('c'));
    expect(cardAt(boxes, origin, null, dragged(300 + 20))).toBe(id('a'));
  });
  it('is null in an empty lane', () => {
    expect(cardAt([], origin, { x: 150, y: 320 }, dragged(320))).toBeNull();
  });
});

describe('landingOf', () => {
  const view: LaneItems = { CIO: ids('a', 'x', 'b', 'c'), Shared: ids(), CTO: ids('d'), Unassigned: ids() };
  it('over another card of its lane: takes its place (arrayMove)', () => {
    expect(landingOf(view, 'CIO', id('x'), id('c'))).toEqual({ lane: 'CIO', index: 3, count: 4 });
    expect(landingOf(view, 'CIO', id('x'), id('a'))).toEqual({ lane: 'CIO', index: 0, count: 4 });
  });
  it('over itself or no card: stays where the preview put it', () => {
    expect(landingOf(view, 'CIO', id('x'), id('x'))).toEqual({ lane: 'CIO', index: 1, count: 4 });
    expect(landingOf(view, 'CIO', id('x'), null)).toEqual({ lane: 'CIO', index: 1, count: 4 });
  });
  it('not in the lane yet: last, counting itself', () => {
    expect(landingOf(view, 'CTO', id('x'), id('d'))).toEqual({ lane: 'CTO', index: 1, count: 2 });
  });
});

describe('entryIndex', () => {
  const lane = ids('a', 'b', 'c');
  it('goes above the card it is over, or below it past its middle', () => {
    expect(entryIndex(lane, boxes, id('b'), 300 + 50, 300)).toBe(1);
    expect(entryIndex(lane, boxes, id('b'), 300 + 70, 300)).toBe(2);
  });
  it('goes last when over no known card', () => {
    expect(entryIndex(lane, boxes, null, 0, 300)).toBe(3);
    expect(entryIndex(lane, [], id('b'), 0, 300)).toBe(3);
  });
});

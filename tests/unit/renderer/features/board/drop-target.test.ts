import { describe, expect, it } from 'vitest';
import { responsibilityId, type ResponsibilityId } from '../../../../../shared/model/index.js';
import { placeCard, probeY, slotIndex, type CardBox } from '../../../../../renderer/features/board/drop-target.js';
import type { LaneItems } from '../../../../../renderer/features/board/lane-items.js';

const ids = (...names: string[]): ResponsibilityId[] => names.map(responsibilityId);
const id = responsibilityId;

/** Cards laid out top to bottom with 8 px gaps, 200 px wide; `heights` per card. */
function layout(names: readonly string[], heights: readonly number[]): CardBox[] {
  let top = 0;
  return names.map((name, index) => {
    const height = heights[index] ?? 40;
    const box = { id: id(name), top, bottom: top + height, left: 0, right: 200 };
    top += height + 8;
    return box;
  });
}

describe('slotIndex', () => {
  const boxes = layout(['a', 'b', 'c'], [40, 40, 40]);
  it('is after every other card whose middle is above y', () => {
    expect(slotIndex(boxes, id('x'), 0)).toBe(0);
    expect(slotIndex(boxes, id('x'), 19)).toBe(0);
    expect(slotIndex(boxes, id('x'), 21)).toBe(1);
    expect(slotIndex(boxes, id('x'), 67)).toBe(1);
    expect(slotIndex(boxes, id('x'), 69)).toBe(2);
    expect(slotIndex(boxes, id('x'), 117)).toBe(3);
    expect(slotIndex(boxes, id('x'), 500)).toBe(3);
  });
  it('skips the dragged card itself (the placeholder)', () => {
    // b dragged: over its own placeholder it stays second; past c's middle it goes after c.
    expect(slotIndex(boxes, id('b'), 68)).toBe(1);
    expect(slotIndex(boxes, id('b'), 30)).toBe(1);
    expect(slotIndex(boxes, id('b'), 19)).toBe(0);
    expect(slotIndex(boxes, id('b'), 117)).toBe(2);
  });
  it('is 0 in an empty lane', () => {
    expect(slotIndex([], id('x'), 50)).toBe(0);
  });
  it('is stable: after the placeholder moves there, the same y gives the same index (unequal heights)', () => {
    // A short card (20 px) dragged down past a tall one (100 px), and back up.
    const names = ['a', 'p', 'b', 'c'];
    const heights: Record<string, number> = { a: 40, p: 20, b: 100, c: 40 };
    for (let y = 0; y < 260; y += 1) {
      let order = names;
      for (let round = 0; round < 3; round += 1) {
        const boxesNow = layout(order, order.map((name) => heights[name] ?? 40));
        const index = slotIndex(boxesNow, id('p'), y);
        const others = order.filter((name) => name !== 'p');
        const next = [...others.slice(0, index), 'p', ...others.slice(index)];
        if (round > 0) expect(next, `y ${y}`).toEqual(order);
        order = next;
      }
    }
  });
});

describe('probeY', () => {
  const origin = { top: 300, left: 100, width: 200, height: 400, right: 300, bottom: 700 };
  const rect = { top: 350, left: 110, width: 200, height: 40, right: 310, bottom: 390 };
  it('is the pointer in the list, else the dragged card’s centre (keyboard)', () => {
    expect(probeY({ lane: 'CIO', origin, pointer: { x: 150, y: 330 }, rect })).toBe(30);
    expect(probeY({ lane: 'CIO', origin, pointer: null, rect })).toBe(70);
  });
});

describe('placeCard', () => {
  const view: LaneItems = { CIO: ids('a', 'b', 'c'), Shared: ids('d'), CTO: [], Unassigned: [] };
  it('moves the card within its lane, to its index among the others', () => {
    expect(placeCard(view, id('a'), 'CIO', 2).CIO).toEqual(ids('b', 'c', 'a'));
    expect(placeCard(view, id('c'), 'CIO', 0).CIO).toEqual(ids('c', 'a', 'b'));
  });
  it('moves the card across lanes', () => {
    const next = placeCard(view, id('b'), 'Shared', 0);
    expect(next.CIO).toEqual(ids('a', 'c'));
    expect(next.Shared).toEqual(ids('b', 'd'));
    expect(next.CTO).toBe(view.CTO);
  });
  it('is the same object when the card is there already (no render)', () => {
    expect(placeCard(view, id('b'), 'CIO', 1)).toBe(view);
  });
});

import type { ClientRect } from '@dnd-kit/core';
import type { Lane, ResponsibilityId } from '../../../shared/model/index.js';
import type { LaneItems } from './lane-items.js';

/**
 * A card's box relative to the top-left corner of its lane's card list, measured once per
 * layout during a drag. Only the four lanes are dnd-kit droppables (card droppables would
 * re-render and re-register on every drag-context change); where the dragged card lands is
 * found from these boxes instead. Offsets, not page positions: adding the lane's
 * rect as dnd-kit measured it puts them in the same coordinates as its collision rect, however
 * the page has scrolled.
 */
export interface CardBox {
  readonly id: ResponsibilityId;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Where a drag would land: the lane, the 0-based index in it and the lane's size after the drop. */
export interface Landing {
  readonly lane: Lane;
  readonly index: number;
  readonly count: number;
}

/**
 * The one rule for where a dragged card lands in a lane, in its own lane and in any other, by
 * pointer or by key: after every other card whose middle is above `y`, before the rest. `y` is
 * the pointer's height in the lane's card list (for keyboard drags, which have no pointer, the
 * dragged card's centre); `boxes` the lane's cards as laid out now, the dragged card's own box
 * (the faded placeholder) skipped. Stable: moving the placeholder to the index this gives moves
 * no other card across `y`, so the next move with the same `y` gives the same index. Pure.
 */
export function slotIndex(boxes: readonly CardBox[], activeId: ResponsibilityId, y: number): number {
  let index = 0;
  for (const box of boxes) {
    if (box.id !== activeId && (box.top + box.bottom) / 2 < y) index += 1;
  }
  return index;
}

/**
 * `view` with `activeId` placed in `lane` at `index` among the lane's other cards (taken out of
 * whichever lane held it). The same object when it is there already. Pure.
 */
export function placeCard(view: LaneItems, activeId: ResponsibilityId, lane: Lane, index: number): LaneItems {
  const ids = view[lane];
  if (ids[index] === activeId) return view;
  const next = { ...view };
  for (const key of Object.keys(next) as Lane[]) {
    if (next[key].includes(activeId)) next[key] = next[key].filter((id) => id !== activeId);
  }
  const others = next[lane];
  next[lane] = [...others.slice(0, index), activeId, ...others.slice(index)];
  return next;
}

/** The lane under the drag, its rect as dnd-kit measured it, and the pointer and dragged rect. */
export interface Probe {
  readonly lane: Lane;
  readonly origin: ClientRect;
  readonly pointer: { readonly x: number; readonly y: number } | null;
  readonly rect: ClientRect;
}

/** Measures the cards of one lane's list as offsets from the list's top-left corner. */
export function measureLane(board: HTMLElement | null, lane: Lane): CardBox[] {
  const list = board?.querySelector<HTMLElement>(`[data-lane-cards="${lane}"]`);
  if (!list) return [];
  const origin = list.getBoundingClientRect();
  return Array.from(list.querySelectorAll<HTMLElement>(':scope > [data-card-id]'), (node) => {
    const rect = node.getBoundingClientRect();
    return {
      id: node.dataset['cardId'] as ResponsibilityId,
      top: rect.top - origin.top,
      bottom: rect.bottom - origin.top,
      left: rect.left - origin.left,
      right: rect.right - origin.left,
    };
  });
}

/** The height `slotIndex` compares with: the pointer's, else the dragged card's centre, in the lane's list. */
export const probeY = (probe: Probe): number =>
  (probe.pointer ? probe.pointer.y : probe.rect.top + probe.rect.height / 2) - probe.origin.top;

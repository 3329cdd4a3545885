import type { ClientRect } from '@dnd-kit/core';
import type { Lane, ResponsibilityId } from '../../../shared/model/index.js';
import type { DropIndicator } from './lane.js';
import type { LaneItems } from './lane-items.js';

/**
 * A card's box relative to the top-left corner of its lane's card list, measured once per
 * layout during a drag. Only the four lanes are dnd-kit droppables (card droppables would
 * re-render and re-register on every drag-context change); the card under the pointer is
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

interface Point {
  readonly x: number;
  readonly y: number;
}

interface Origin {
  readonly top: number;
  readonly left: number;
}

interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The card the drag is over: the card under the pointer when there is one, else the card whose
 * centre is nearest the dragged card's centre (keyboard drags have no pointer). Null for an
 * empty lane. Same rule as dnd-kit's pointerWithin then closestCenter over card droppables.
 */
export function cardAt(
  boxes: readonly CardBox[],
  origin: Origin,
  pointer: Point | null,
  dragged: Box,
): ResponsibilityId | null {
  if (pointer) {
    const x = pointer.x - origin.left;
    const y = pointer.y - origin.top;
    const hit = boxes.find((box) => y >= box.top && y <= box.bottom && x >= box.left && x <= box.right);
    if (hit) return hit.id;
  }
  const cx = dragged.left + dragged.width / 2 - origin.left;
  const cy = dragged.top + dragged.height / 2 - origin.top;
  let best: ResponsibilityId | null = null;
  let bestDistance = Infinity;
  for (const box of boxes) {
    const distance = Math.hypot((box.left + box.right) / 2 - cx, (box.top + box.bottom) / 2 - cy);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = box.id;
    }
  }
  return best;
}

/** Where a drag would land: the lane, the 0-based index in it and the lane's size after the drop. */
export interface Landing {
  readonly lane: Lane;
  readonly index: number;
  readonly count: number;
}

/**
 * The landing place when the dragged card (already in `lane` of the preview, or not) is over
 * `overCard`: over another card of its lane it takes that card's place (arrayMove), else it
 * stays where the preview put it; not in the lane yet, it goes last. Pure.
 */
export function landingOf(
  view: LaneItems,
  lane: Lane,
  activeId: ResponsibilityId,
  overCard: ResponsibilityId | null,
): Landing {
  const ids = view[lane];
  const own = ids.indexOf(activeId);
  if (own < 0) return { lane, index: ids.length, count: ids.length + 1 };
  const over = overCard == null ? -1 : ids.indexOf(overCard);
  return { lane, index: over >= 0 ? over : own, count: ids.length };
}

/**
 * Where a card entering `lane` from another lane goes in the preview: above the card it is
 * over, or below it when the dragged card's top is past that card's middle; last when the
 * lane is empty or the card is unknown. Pure.
 */
export function entryIndex(
  ids: readonly ResponsibilityId[],
  boxes: readonly CardBox[],
  overCard: ResponsibilityId | null,
  draggedTop: number,
  originTop: number,
): number {
  const overIndex = overCard == null ? -1 : ids.indexOf(overCard);
  const box = boxes.find((candidate) => candidate.id === overCard);
  if (overIndex < 0 || !box) return ids.length;
  return draggedTop - originTop > (box.top + box.bottom) / 2 ? overIndex + 1 : overIndex;
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

/** True when two insertion lines are the same. */
export const sameIndicator = (a: DropIndicator | null, b: DropIndicator | null): boolean =>
  a === b || (a != null && b != null && a.id === b.id && a.side === b.side);

/** Where the dragged card lands relative to the card it is over (as the drop's moveItem does). */
export function indicatorFor(view: LaneItems, lane: Lane, activeId: ResponsibilityId, overCard: ResponsibilityId | null): DropIndicator | null {
  if (overCard == null || overCard === activeId) return null;
  const ids = view[lane];
  const overIndex = ids.indexOf(overCard);
  const activeIndex = ids.indexOf(activeId);
  if (overIndex < 0) return null;
  return { id: overCard, side: activeIndex >= 0 && overIndex > activeIndex ? 'after' : 'before' };
}

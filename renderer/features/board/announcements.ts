import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Lane } from '../../../shared/model/index.js';
import type { LaneItems } from './lane-items.js';
import { findLane } from './lane-items.js';

/** Names lanes the way a person says them. */
export function laneName(lane: Lane): string {
  return lane === 'Shared' ? 'Shared lane' : lane === 'Unassigned' ? 'Unassigned pool' : `${lane} column`;
}

/** Instructions read when a card gets focus. */
export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To pick up this responsibility, press Space or Enter. Use the left and right arrow keys to move it between lanes and the up and down arrow keys to change its position. Press Space or Enter to drop it, or Escape to cancel.',
};

/**
 * Announcements that name the card, the lane and the position, e.g. "Service desk moved to
 * CTO column, position 2 of 4". `titleOf` and `items` are read at announcement time.
 */
export function createAnnouncements(
  titleOf: (id: string) => string,
  items: () => LaneItems,
  originLane: () => Lane | undefined,
): Announcements {
  const where = (id: string, overId: string): string => {
    const view = items();
    const lane = findLane(view, overId);
    if (!lane) return 'outside any lane';
    const ids = view[lane] as readonly string[];
    const own = ids.indexOf(id);
    const count = own === -1 ? ids.length + 1 : ids.length;
    // Over a card of the same lane: the drop takes that card's place (as arrayMove does).
    const overIndex = ids.indexOf(overId);
    const position = overIndex >= 0 && own >= 0 ? overIndex : own >= 0 ? own : count - 1;
    return `${laneName(lane)}, position ${position + 1} of ${count}`;
  };
  return {
    onDragStart: ({ active }) => {
      const lane = findLane(items(), String(active.id));
      return `Picked up ${titleOf(String(active.id))} in ${lane ? laneName(lane) : 'the board'}.`;
    },
    onDragOver: ({ active, over }) =>
      over ? `${titleOf(String(active.id))} is over ${where(String(active.id), String(over.id))}.` : `${titleOf(String(active.id))} is not over a lane.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${titleOf(String(active.id))} dropped in ${where(String(active.id), String(over.id))}.`
        : `${titleOf(String(active.id))} dropped back in ${laneName(originLane() ?? 'Unassigned')}.`,
    onDragCancel: ({ active }) =>
      `Move cancelled. ${titleOf(String(active.id))} returned to ${laneName(originLane() ?? 'Unassigned')}.`,
  };
}

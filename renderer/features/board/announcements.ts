import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Lane } from '../../../shared/model/index.js';
import { laneName } from '../../ui/lane-name.js';
import type { Landing } from './drop-target.js';

/** Instructions read when a card gets focus. */
export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To pick up this responsibility, press Space or Enter. Use the left and right arrow keys to move it between lanes and the up and down arrow keys to change its position. Press Space or Enter to drop it, or Escape to cancel.',
};

/**
 * Announcements that name the card, the lane and the position, e.g. "Service desk is over
 * CTO column, position 2 of 4". `landing` (where a drop would put the card now) and
 * `originLane` are read at announcement time. A move within a lane is announced when the
 * position changes (only lanes are droppables, so dnd-kit's "over" changes per lane only).
 */
export function createAnnouncements(
  titleOf: (id: string) => string,
  landing: () => Landing | null,
  originLane: () => Lane | undefined,
): Announcements {
  let last = '';
  const where = (): string => {
    const place = landing();
    return place ? `${laneName(place.lane)}, position ${place.index + 1} of ${place.count}` : 'outside any lane';
  };
  return {
    onDragStart: ({ active }) => {
      last = '';
      const lane = originLane();
      return `Picked up ${titleOf(String(active.id))} in ${lane ? laneName(lane) : 'the board'}.`;
    },
    onDragOver: ({ active, over }) => {
      if (!over) {
        last = '';
        return `${titleOf(String(active.id))} is not over a lane.`;
      }
      last = where();
      return `${titleOf(String(active.id))} is over ${last}.`;
    },
    onDragMove: ({ active, over }) => {
      if (!over) return undefined;
      const now = where();
      if (now === last) return undefined;
      last = now;
      return `${titleOf(String(active.id))} is over ${now}.`;
    },
    onDragEnd: ({ active, over }) =>
      over
        ? `${titleOf(String(active.id))} dropped in ${where()}.`
        : `${titleOf(String(active.id))} dropped back in ${laneName(originLane() ?? 'Unassigned')}.`,
    onDragCancel: ({ active }) =>
      `Move cancelled. ${titleOf(String(active.id))} returned to ${laneName(originLane() ?? 'Unassigned')}.`,
  };
}

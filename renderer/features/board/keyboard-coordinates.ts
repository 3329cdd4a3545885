import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { LANES, type Lane, type ResponsibilityId } from '../../../shared/model/index.js';
import type { CardBox } from './drop-target.js';

const direction = (code: string): 1 | -1 => (code === KeyboardCode.Down ? 1 : -1);

/**
 * Keyboard moves for the board: Left/Right jump one lane (in board order), Up/Down step one
 * card within the lane. dnd-kit's default getter moves by pixels, which can take several key
 * presses to leave a wide lane; this one targets the neighbouring lane or card directly.
 * `boxesOf` gives the card boxes of a lane as measured for the current drag; `dragged`, the
 * card being dragged and the lane the preview has it in (dnd-kit's active draggable is the
 * board's one drag source, not the card).
 */
export const boardCoordinates =
  (
    boxesOf: (lane: Lane) => readonly CardBox[],
    dragged: () => { readonly id: ResponsibilityId; readonly lane: Lane | undefined } | null,
  ): KeyboardCoordinateGetter =>
  (event, { context, currentCoordinates }) => {
    const { active, collisionRect, droppableRects, over } = context;
    if (!active || !collisionRect) return undefined;
    const code = event.code;
    if (code === KeyboardCode.Right || code === KeyboardCode.Left) {
      event.preventDefault();
      const overId = over ? String(over.id) : '';
      const lane = (LANES as readonly string[]).includes(overId) ? (overId as Lane) : dragged()?.lane;
      if (!lane) return undefined;
      const step = code === KeyboardCode.Right ? 1 : -1;
      const target = LANES[(LANES.indexOf(lane) + step + LANES.length) % LANES.length];
      if (!target) return undefined;
      const rect = droppableRects.get(target);
      if (!rect) return undefined;
      // Aim the card's centre at the top of the lane's list: the collision picks the lane, and
      // the card lands first (slotIndex: no card's middle is above the centre).
      return { x: rect.left + 8, y: rect.top + 2 - collisionRect.height / 2 };
    }
    if (code === KeyboardCode.Down || code === KeyboardCode.Up) {
      event.preventDefault();
      const overId = over ? String(over.id) : null;
      const lane = overId && (LANES as readonly string[]).includes(overId) ? (overId as Lane) : undefined;
      const origin = lane ? droppableRects.get(lane) : undefined;
      if (!lane || !origin) return currentCoordinates;
      // Card boxes are offsets in the lane's card list (cards are not droppables; see
      // drop-target.ts). Steps go from centre to centre: the dragged card's centre is put just
      // past the next card's middle (below it going down, above it going up), so slotIndex puts
      // the card on the far side of exactly that card whatever the heights, and the next press
      // steps on from there in either direction.
      const centres = boxesOf(lane)
        .filter((box) => box.id !== dragged()?.id)
        .map((box) => origin.top + (box.top + box.bottom) / 2);
      const current = collisionRect.top + collisionRect.height / 2;
      const next =
        direction(code) === 1
          ? centres.find((centre) => centre > current + 1)
          : [...centres].reverse().find((centre) => centre < current - 1);
      if (next === undefined) return currentCoordinates;
      return { x: collisionRect.left, y: next + direction(code) - collisionRect.height / 2 };
    }
    return undefined;
  };

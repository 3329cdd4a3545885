import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { LANES, type Lane } from '../../../shared/model/index.js';

/**
 * Keyboard moves for the board: Left/Right jump one lane (in board order), Up/Down step one
 * card within the lane. dnd-kit's default getter moves by pixels, which can take several key
 * presses to leave a wide lane; this one targets the neighbouring lane or card directly.
 */
export const boardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  if (!active || !collisionRect) return undefined;
  const code = event.code;
  if (code === KeyboardCode.Right || code === KeyboardCode.Left) {
    event.preventDefault();
    const overId = over ? String(over.id) : String(active.id);
    const lane =
      (LANES as readonly string[]).includes(overId)
        ? (overId as Lane)
        : (droppableContainers.get(overId)?.data.current?.['lane'] as Lane | undefined) ??
          (active.data.current?.['lane'] as Lane | undefined);
    if (!lane) return undefined;
    const step = code === KeyboardCode.Right ? 1 : -1;
    const target = LANES[(LANES.indexOf(lane) + step + LANES.length) % LANES.length];
    if (!target) return undefined;
    const rect = droppableRects.get(target);
    if (!rect) return undefined;
    // Aim at the lane's top area: the collision picks the lane, and the card lands first.
    return { x: rect.left + 8, y: rect.top + 8 };
  }
  if (code === KeyboardCode.Down || code === KeyboardCode.Up) {
    event.preventDefault();
    const direction = code === KeyboardCode.Down ? 1 : -1;
    const overId = over ? String(over.id) : null;
    const lane = overId
      ? (LANES as readonly string[]).includes(overId)
        ? overId
        : (droppableContainers.get(overId)?.data.current?.['lane'] as string | undefined)
      : undefined;
    const siblings = [...droppableContainers.getEnabled()]
      .filter(
        (container) =>
          container.data.current?.['type'] === 'card' &&
          container.data.current['lane'] === lane &&
          container.id !== active.id,
      )
      .map((container) => ({ id: container.id, rect: droppableRects.get(container.id) }))
      .filter((entry): entry is { id: typeof entry.id; rect: NonNullable<typeof entry.rect> } => Boolean(entry.rect))
      .sort((a, b) => a.rect.top - b.rect.top);
    const currentY = collisionRect.top;
    const next =
      direction === 1
        ? siblings.find((entry) => entry.rect.top > currentY + 1)
        : [...siblings].reverse().find((entry) => entry.rect.top < currentY - 1);
    if (!next) return currentCoordinates;
    return { x: collisionRect.left, y: next.rect.top + (direction === 1 ? 2 : -2) };
  }
  return undefined;
};

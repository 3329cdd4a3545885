import { useDndContext, useDraggable, useDroppable, type DraggableSyntheticListeners } from '@dnd-kit/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { LANES, type Lane } from '../../../shared/model/index.js';
import type { LaneItems } from './lane-items.js';

/**
 * The id of the board's one dnd-kit draggable. Cards are not draggables of their own: every
 * useDraggable reads dnd-kit's drag context, so each drag start, lane crossing and drop would
 * re-render every card. The board's input handler points this one draggable at the card a
 * pointer, touch or key starts on, and the drag handlers read which card that is from a ref.
 */
export const DRAG_SOURCE = 'remit-card';

/** What the board needs of its drag source: dnd-kit's activator listeners and its node ref. */
export interface DragSourceHandle {
  readonly listeners: DraggableSyntheticListeners;
  readonly setNodeRef: (node: HTMLElement | null) => void;
}

/** Connects a lane's droppable (inside the DndContext) to the lane's list element (outside it). */
export type RegisterDroppable = (lane: Lane, setNodeRef: ((node: HTMLElement | null) => void) | null) => void;

/**
 * One lane as a dnd-kit droppable. Renders nothing: the lane itself is rendered outside the
 * DndContext provider and hands its list element over (see Board). While a drag is over it,
 * its region gets data-over (styling only; React never renders that attribute).
 */
export function LaneDroppable({ lane, register }: { readonly lane: Lane; readonly register: RegisterDroppable }) {
  const { setNodeRef, isOver, node } = useDroppable({ id: lane });
  useLayoutEffect(() => {
    register(lane, setNodeRef);
    return () => register(lane, null);
  }, [lane, register, setNodeRef]);
  useEffect(() => {
    node.current?.closest('section')?.toggleAttribute('data-over', isOver);
  }, [isOver, node]);
  return null;
}

/** The activator events of the pointer, touch and keyboard sensors. */
export type ActivatorName = 'onPointerDown' | 'onTouchStart' | 'onKeyDown';

/**
 * The board's one dnd-kit draggable. Renders nothing; the only component besides the lanes
 * and the overlay that re-renders when the drag context changes.
 */
export function DragSource({ handle }: { readonly handle: RefObject<DragSourceHandle | null> }) {
  const { listeners, setNodeRef } = useDraggable({ id: DRAG_SOURCE });
  useLayoutEffect(() => {
    handle.current = { listeners, setNodeRef };
  }, [handle, listeners, setNodeRef]);
  return null;
}

/**
 * Re-measures the lanes (the only droppables) after the preview moved the dragged card to
 * another lane, so lane collisions use where things are now. Renders nothing.
 */
export function RemeasureOnPreview({ preview }: { readonly preview: LaneItems | null }) {
  // dnd-kit's context value is a plain object of functions, not a class with methods.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- see above
  const { active, measureDroppableContainers } = useDndContext();
  const dragging = active != null;
  useEffect(() => {
    if (dragging && preview) measureDroppableContainers([...LANES]);
  }, [dragging, preview, measureDroppableContainers]);
  return null;
}

/**
 * Connects the lanes' list elements (rendered outside the DndContext) with the lanes'
 * droppables (inside it): each lane hands over its list element, each droppable its node
 * setter, and whichever comes second connects them.
 */
export function useLaneDroppables(): {
  readonly registerDroppable: RegisterDroppable;
  readonly listRefs: Record<Lane, (node: HTMLUListElement | null) => void>;
} {
  const laneNodes = useRef(new Map<Lane, HTMLElement>());
  const droppableSetters = useRef(new Map<Lane, (node: HTMLElement | null) => void>());
  const registerDroppable = useCallback<RegisterDroppable>((lane, setNodeRef) => {
    if (setNodeRef) {
      droppableSetters.current.set(lane, setNodeRef);
      setNodeRef(laneNodes.current.get(lane) ?? null);
    } else {
      droppableSetters.current.delete(lane);
    }
  }, []);
  const listRefs = useMemo(
    () =>
      Object.fromEntries(
        LANES.map((lane) => [
          lane,
          (node: HTMLUListElement | null) => {
            if (node) laneNodes.current.set(lane, node);
            else laneNodes.current.delete(lane);
            droppableSetters.current.get(lane)?.(node);
          },
        ]),
      ) as Record<Lane, (node: HTMLUListElement | null) => void>,
    [],
  );
  return { registerDroppable, listRefs };
}

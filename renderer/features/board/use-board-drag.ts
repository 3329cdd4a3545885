import {
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
    type CollisionDetection,
  type DragCancelEvent,
  type DragEndEvent,
  type DndContextProps,
  type DragOverEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject, type SyntheticEvent } from 'react';
import { LANES, type Lane, type Responsibility, type ResponsibilityId } from '../../../shared/model/index.js';
import { useStore } from '../../state/use-store.js';
import { createAnnouncements, screenReaderInstructions } from './announcements.js';
import { useLaneDroppables, type ActivatorName, type DragSourceHandle, type RegisterDroppable } from './drag-source.js';
import { measureLane, placeCard, probeY, slotIndex, type CardBox, type Landing, type Probe } from './drop-target.js';
import { boardCoordinates } from './keyboard-coordinates.js';
import { findLane, moveItem, toLaneCards, type LaneCards, type LaneItems } from './lane-items.js';
import { fullLaneIndex } from './visible-index.js';

// WhileDragging, not Always: both re-measure the lanes whenever the preview moves a card
// during a drag, but Always also re-measures them when nothing is being dragged, i.e. inside
// the render that commits a drop (forced layout before the drop can paint).
const measuring = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

// Module constants: useSensor memoizes on the options object, and new sensors give dnd-kit a
// new context value, which re-renders every card.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 200, tolerance: 6 } };

const isLaneId = (id: UniqueIdentifier): boolean => (LANES as readonly UniqueIdentifier[]).includes(id);

/** A drag started from the keyboard (dnd-kit's activator event is the native event). */
const byKeyboard = (event: Event | null): boolean => typeof KeyboardEvent !== 'undefined' && event instanceof KeyboardEvent;

/** Gives the focus to a card's handle on the board, unless it already has it. */
function focusCard(board: HTMLElement | null, id: ResponsibilityId): void {
  const handle = board?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"] [data-card-handle]`);
  if (handle && handle.ownerDocument.activeElement !== handle) handle.focus();
}

/** What the board view needs from its drag machinery. */
export interface BoardDrag {
  /** The cards shown per lane: the drag's preview while a drag runs, else `visible`. */
  readonly items: LaneItems;
  /** {@link items} as card objects; a lane keeps its array while its cards are the same. */
  readonly laneCards: LaneCards;
  /** The card being dragged, for the overlay and the lanes. */
  readonly active: Responsibility | undefined;
  readonly activeId: ResponsibilityId | null;
  /** The card last dragged (it keeps handing its element to the drag source). */
  readonly sourceCardId: ResponsibilityId | null;
  readonly preview: LaneItems | null;
  readonly boardRef: RefObject<HTMLDivElement | null>;
  readonly listRefs: Record<Lane, (node: HTMLUListElement | null) => void>;
  readonly registerDroppable: RegisterDroppable;
  readonly sourceRef: RefObject<DragSourceHandle | null>;
  /** The board element's handlers: drags start from card handles. */
  readonly boardHandlers: {
    readonly onPointerDown: (event: SyntheticEvent) => void;
    readonly onTouchStart: (event: SyntheticEvent) => void;
    readonly onKeyDown: (event: SyntheticEvent) => void;
  };
  readonly onDraggedNode: (node: HTMLElement | null) => void;
  /** The DndContext's props. */
  readonly context: Omit<DndContextProps, 'children'>;
}

/**
 * The board's pointer, touch and keyboard drag and drop on one dnd-kit draggable and the four
 * lane droppables: the preview during a drag (cards move between lanes as the drag crosses
 * them, and within a lane to where the card lands, with the insertion line drawn on it),
 * announcements, and on drop one `responsibility/move` command.
 * `stored` are the scenario's lanes, `visible` what the filters show, `byId` the cards.
 */
export function useBoardDrag(
  stored: LaneItems,
  visible: LaneItems,
  byId: ReadonlyMap<ResponsibilityId, Responsibility>,
): BoardDrag {
  const store = useStore();
  const [preview, setPreviewState] = useState<LaneItems | null>(null);
  const [activeId, setActiveId] = useState<ResponsibilityId | null>(null);
  // The card last dragged: it keeps handing its element to the drag source after the drag, so
  // dnd-kit's draggable is always the card's current element, never a detached one.
  const [sourceCardId, setSourceCardId] = useState<ResponsibilityId | null>(null);
  // The preview as last set, readable inside the same event (state only after the render).
  const previewRef = useRef<LaneItems | null>(null);
  const setPreview = useCallback((next: LaneItems | null) => {
    previewRef.current = next;
    setPreviewState(next);
  }, []);
  const items = preview ?? visible;
  // Per lane, the same array while its cards are the same: unchanged lanes skip re-rendering.
  const laneCardsRef = useRef<LaneCards | null>(null);
  const laneCards = useMemo(() => {
    laneCardsRef.current = toLaneCards(items, byId, laneCardsRef.current);
    return laneCardsRef.current;
  }, [items, byId]);

  // Announcements and collision detection read the latest values without re-creating sensors.
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const byIdRef = useRef(byId);
  byIdRef.current = byId;
  const originRef = useRef<Lane | undefined>(undefined);
  // The card the drag source was last pointed at, i.e. the card being dragged during a drag.
  const draggedRef = useRef<ResponsibilityId | null>(null);
  const activeIdRef = useRef<ResponsibilityId | null>(null);
  const sourceRef = useRef<DragSourceHandle | null>(null);
  const { registerDroppable, listRefs } = useLaneDroppables();
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);

  // Card boxes per lane, measured when first needed in a drag and dropped whenever the
  // preview moves a card (the layout changed). Cards are not droppables: see drop-target.ts.
  const boxesRef = useRef(new Map<Lane, CardBox[]>());
  const boxesOf = useCallback((lane: Lane): CardBox[] => {
    let boxes = boxesRef.current.get(lane);
    if (!boxes) {
      boxes = measureLane(boardRef.current, lane);
      boxesRef.current.set(lane, boxes);
    }
    return boxes;
  }, []);
  useLayoutEffect(() => {
    boxesRef.current.clear();
  }, [preview]);
  // The lane the drag is over and where the pointer (or, for keyboard drags, the dragged card)
  // is, from the last collision check; the card under it is looked up when needed.
  const probeRef = useRef<Probe | null>(null);
  // A keyboard drop often follows a lane crossing with no move in between: measure the lane
  // under the drag after the crossing's frame, so the drop's own task finds the boxes ready
  // (boxesOf measures once) instead of measuring every card before it can paint.
  useEffect(() => {
    if (!preview) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const probe = probeRef.current;
        if (probe) boxesOf(probe.lane);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [preview, boxesOf]);
  // Where a drop would land now (announcements read it). The preview always has the dragged
  // card (the faded placeholder, which draws the insertion line) at exactly this place.
  const landingRef = useRef<Landing | null>(null);
  // Over no lane, a drop changes nothing: the line is hidden (an attribute, no render).
  const showNowhere = useCallback((nowhere: boolean) => {
    boardRef.current?.toggleAttribute('data-drop-nowhere', nowhere);
  }, []);

  const keyboardOptions = useMemo(
    () =>
      ({
        coordinateGetter: boardCoordinates(boxesOf, () => {
          const id = draggedRef.current;
          return id ? { id, lane: findLane(previewRef.current ?? itemsRef.current, id) } : null;
        }),
      }),
    [boxesOf],
  );
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, keyboardOptions),
  );

  const announcements = useMemo(
    () =>
      createAnnouncements(
        // dnd-kit's active id is always the drag source: the card is the one it points at.
        () => {
          const card = draggedRef.current;
          return (card && byIdRef.current.get(card)?.title) ?? 'Card';
        },
        () => landingRef.current,
        () => originRef.current,
      ),
    [],
  );

  // Runs on every pointer move, over the four lanes only (the only droppables). It records
  // where the pointer is; which card that is gets looked up in the handlers, outside render.
  const collisionDetection: CollisionDetection = useCallback((args) => {
    const pointer = pointerWithin(args);
    const overId = getFirstCollision(pointer.length > 0 ? pointer : rectIntersection(args), 'id') ?? lastOverId.current;
    const origin = overId != null && isLaneId(overId) ? args.droppableRects.get(overId) : undefined;
    if (overId == null || !origin) return [];
    lastOverId.current = overId;
    probeRef.current = { lane: overId as Lane, origin, pointer: args.pointerCoordinates, rect: args.collisionRect };
    return [{ id: overId }];
  }, []);

  /**
   * The one source of truth for the landing place: puts the dragged card (the placeholder, and
   * with it the insertion line) in the preview where slotIndex says it lands in the lane under
   * the drag, the same rule in its own lane and in the others. The preview changes only when
   * the landing place does, so most moves render nothing.
   */
  const place = useCallback(
    (id: ResponsibilityId, probe: Probe) => {
      const view = previewRef.current ?? itemsRef.current;
      const index = slotIndex(boxesOf(probe.lane), id, probeY(probe));
      const count = view[probe.lane].filter((other) => other !== id).length;
      const landing = { lane: probe.lane, index: Math.min(index, count), count: count + 1 };
      landingRef.current = landing;
      const next = placeCard(view, id, landing.lane, landing.index);
      if (next !== view) setPreview(next);
    },
    [boxesOf, setPreview],
  );

  /**
   * Starts a drag from a card handle: points the drag source at the card, then hands the event
   * to dnd-kit's sensor for it (which starts the drag, or waits for the pointer to move far
   * enough). Events elsewhere on the board (menus, empty space) are left alone.
   */
  const startDrag = useCallback((event: SyntheticEvent, name: ActivatorName) => {
    const source = sourceRef.current;
    const listener = source?.listeners?.[name];
    // A drag is running (its sensor listens on the window), or the card handled the key itself.
    if (!source || !listener || activeIdRef.current != null || event.defaultPrevented) return;
    if (!(event.target instanceof Element)) return;
    const card = event.target.closest<HTMLElement>('[data-card-handle]')?.closest<HTMLElement>('[data-card-id]');
    const id = card?.dataset['cardId'] as ResponsibilityId | undefined;
    if (!card || !id || !boardRef.current?.contains(card)) return;
    // A second finger or pen while one drag waits to start must not re-point the source.
    const native = event.nativeEvent;
    if (name === 'onPointerDown' && native instanceof PointerEvent && !native.isPrimary) return;
    if (name === 'onTouchStart' && 'touches' in native && (native as TouchEvent).touches.length > 1) return;
    source.setNodeRef(card);
    draggedRef.current = id;
    // dnd-kit types its activator listeners as bare Functions; each takes the React event.
    (listener as (event: SyntheticEvent) => void)(event);
  }, []);
  const onPointerDown = useCallback((event: SyntheticEvent) => startDrag(event, 'onPointerDown'), [startDrag]);
  const onTouchStart = useCallback((event: SyntheticEvent) => startDrag(event, 'onTouchStart'), [startDrag]);
  const onKeyDown = useCallback((event: SyntheticEvent) => startDrag(event, 'onKeyDown'), [startDrag]);
  // The dragged card mounts anew when the preview moves it to another lane, or a cancel moves
  // it back: the drag source follows it (its rect during the drag).
  const onDraggedNode = useCallback((node: HTMLElement | null) => {
    if (node) sourceRef.current?.setNodeRef(node);
  }, []);

  const onDragStart = useCallback(
    () => {
      const id = draggedRef.current;
      if (!id) return;
      boxesRef.current.clear();
      probeRef.current = null;
      landingRef.current = null;
      activeIdRef.current = id;
      setActiveId(id);
      setSourceCardId(id);
      originRef.current = findLane(itemsRef.current, id);
      setPreview(itemsRef.current);
    },
    [setPreview],
  );

  // dnd-kit calls this when the lane under the drag changes.
  const onDragOver = useCallback(
    ({ over }: DragOverEvent) => {
      const id = activeIdRef.current;
      const probe = probeRef.current;
      if (!id) return;
      showNowhere(!over || !probe);
      if (!over || !probe) {
        landingRef.current = null;
        return;
      }
      place(id, probe);
    },
    [place, showNowhere],
  );

  // Every move (pointer or key): the landing place may have changed within the lane.
  const onDragMove = useCallback(() => {
    const probe = probeRef.current;
    const id = activeIdRef.current;
    if (!probe || !id) return;
    place(id, probe);
  }, [place]);

  // The card a keyboard drag moved (or put back): it keeps, or gets back, the focus once the
  // drop or cancel is committed (see the layout effect below).
  const refocusRef = useRef<ResponsibilityId | null>(null);
  useLayoutEffect(() => {
    const id = refocusRef.current;
    if (!id) return;
    refocusRef.current = null;
    focusCard(boardRef.current, id);
  });

  const finish = useCallback(() => {
    activeIdRef.current = null;
    setPreview(null);
    setActiveId(null);
    showNowhere(false);
    probeRef.current = null;
    lastOverId.current = null;
  }, [setPreview, showNowhere]);

  /**
   * After a keyboard drag the focus goes back to the card (dnd-kit's own focus restore is off,
   * see `context`). The drag started on the card's element in its first lane; a lane crossing
   * mounted it anew, so the focus is on the page by then. On a drop the card is already on the
   * board where it lands (the preview put it there), and nothing has changed the page since the
   * last frame: focused now, before React commits the drop, the browser's style and layout are
   * up to date and focusing costs next to nothing. dnd-kit focused it in the drop's next
   * animation frame, after the commit, which forced a layout of the whole board there (a
   * keyboard drop's frame, issue 9). If the commit moves the card's element after all (the
   * landing place changed at the drop), the layout effect above gives the focus back.
   */
  const refocus = useCallback((id: ResponsibilityId | null, activator: Event | null, now: boolean) => {
    if (!id || !byKeyboard(activator)) return;
    refocusRef.current = id;
    if (now) focusCard(boardRef.current, id);
  }, []);

  const onDragCancel = useCallback(
    ({ activatorEvent }: DragCancelEvent) => {
      // The card goes back to its first lane (mounted anew if it crossed one): focused once it is there.
      refocus(activeIdRef.current, activatorEvent, false);
      finish();
    },
    [finish, refocus],
  );

  const onDragEnd = useCallback(
    ({ over, activatorEvent }: DragEndEvent) => {
      const view = previewRef.current ?? itemsRef.current;
      const id = activeIdRef.current;
      const lane = id ? findLane(view, id) : undefined;
      const probe = probeRef.current;
      if (!over || !lane || !id) {
        refocus(id, activatorEvent, false);
        finish();
        return;
      }
      refocus(id, activatorEvent, true);
      // Looked up again (the boxes are re-measured if the preview moved cards since the last
      // move), by the same rule: the card lands where the placeholder is, or would be now.
      let laneIds = view[lane];
      const own = laneIds.indexOf(id);
      if (probe && probe.lane === lane) {
        const index = Math.min(slotIndex(boxesOf(lane), id, probeY(probe)), laneIds.length - 1);
        landingRef.current = { lane, index, count: laneIds.length };
        if (index !== own) laneIds = moveItem(laneIds, own, index);
      }
      // The view may hide cards (search, findings filter): place relative to the shown neighbours.
      const full = storedRef.current[lane].filter((candidate) => candidate !== id);
      store.dispatch({ type: 'responsibility/move', id, to: lane, index: fullLaneIndex(full, laneIds, id) });
      finish();
    },
    [boxesOf, finish, refocus, store],
  );

  const active: Responsibility | undefined = activeId ? byId.get(activeId) : undefined;
  const boardHandlers = useMemo(() => ({ onPointerDown, onTouchStart, onKeyDown }), [onPointerDown, onTouchStart, onKeyDown]);
  const context = useMemo(
    () => ({
      sensors,
      collisionDetection,
      measuring,
      // restoreFocus off: the board gives the focus back itself, where it costs less (refocus).
      accessibility: { announcements, screenReaderInstructions, restoreFocus: false },
      onDragStart,
      onDragOver,
      onDragMove,
      onDragEnd,
      onDragCancel,
    }),
    [sensors, collisionDetection, announcements, onDragStart, onDragOver, onDragMove, onDragEnd, onDragCancel],
  );
  return {
    items,
    laneCards,
    active,
    activeId,
    sourceCardId,
    preview,
    boardRef,
    listRefs,
    registerDroppable,
    sourceRef,
    boardHandlers,
    onDraggedNode,
    context,
  };
}

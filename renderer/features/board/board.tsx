import {
  DndContext,
  DragOverlay,
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useDndContext,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type ClientRect,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DraggableSyntheticListeners,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MutableRefObject,
  type SyntheticEvent,
} from 'react';
import { LANES, type Lane, type Responsibility, type ResponsibilityId } from '../../../shared/model/index.js';
import { useStore, useStoreState } from '../../state/use-store.js';
import { useAddActions } from '../../state/editing-actions.js';
import { needsAttention, type CardGuidanceMap } from '../../state/card-guidance.js';
import { useGuidance } from '../../state/guidance-context.js';
import { createAnnouncements, screenReaderInstructions } from './announcements.js';
import { useBoardView } from '../../state/board-view.js';
import { CardView } from './card.js';
import { cardAt, entryIndex, landingOf, type CardBox, type Landing } from './drop-target.js';
import { boardCoordinates } from './keyboard-coordinates.js';
import { findLane, toLaneCards, toLaneItems, type LaneCards, type LaneItems } from './lane-items.js';
import { LaneView, type DropIndicator } from './lane.js';
import { OrgHeader } from './org-header.js';
import { fullLaneIndex } from './visible-index.js';
import './board.css';

// WhileDragging, not Always: both re-measure the lanes whenever the preview moves a card
// during a drag, but Always also re-measures them when nothing is being dragged, i.e. inside
// the render that commits a drop (forced layout before the drop can paint).
const measuring = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

// Module constants: useSensor memoizes on the options object, and new sensors give dnd-kit a
// new context value, which re-renders every card. Inline options did that on every board render.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 200, tolerance: 6 } };

const isLaneId = (id: UniqueIdentifier): boolean => (LANES as readonly UniqueIdentifier[]).includes(id);

/**
 * The id of the board's one dnd-kit draggable. Cards are not draggables of their own: 300
 * useDraggable hooks all read dnd-kit's drag context, so every drag start, lane crossing and
 * drop re-rendered every card (about 900 card renders for one crossing, most of a keyboard
 * drop's time). Instead the board's input handler points this one draggable at the card a
 * pointer, touch or key starts on, and the drag handlers read which card that is from a ref.
 */
const DRAG_SOURCE = 'remit-card';

/** What the board needs of its drag source: dnd-kit's activator listeners and its node ref. */
interface DragSourceHandle {
  readonly listeners: DraggableSyntheticListeners;
  readonly setNodeRef: (node: HTMLElement | null) => void;
}

/** Connects a lane's droppable (inside the DndContext) to the lane's list element (outside it). */
type RegisterDroppable = (lane: Lane, setNodeRef: ((node: HTMLElement | null) => void) | null) => void;

/**
 * One lane as a dnd-kit droppable. Renders nothing: the lane itself is rendered outside the
 * DndContext provider and hands its list element over (see Board). While a drag is over it,
 * its region gets data-over (styling only; React never renders that attribute).
 */
function LaneDroppable({ lane, register }: { readonly lane: Lane; readonly register: RegisterDroppable }) {
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
type ActivatorName = 'onPointerDown' | 'onTouchStart' | 'onKeyDown';

/**
 * The board's one dnd-kit draggable. Renders nothing; the only component besides the lanes
 * and the overlay that re-renders when the drag context changes.
 */
function DragSource({ handle }: { readonly handle: MutableRefObject<DragSourceHandle | null> }) {
  const { listeners, setNodeRef } = useDraggable({ id: DRAG_SOURCE });
  useLayoutEffect(() => {
    handle.current = { listeners, setNodeRef };
  }, [handle, listeners, setNodeRef]);
  return null;
}

/** The lane under the drag, its rect as dnd-kit measured it, and the pointer and dragged rect. */
interface Probe {
  readonly lane: Lane;
  readonly origin: ClientRect;
  readonly pointer: { readonly x: number; readonly y: number } | null;
  readonly rect: ClientRect;
}

/** Measures the cards of one lane's list as offsets from the list's top-left corner. */
function measureLane(board: HTMLElement | null, lane: Lane): CardBox[] {
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

const sameIndicator = (a: DropIndicator | null, b: DropIndicator | null): boolean =>
  a === b || (a != null && b != null && a.id === b.id && a.side === b.side);

/** Words of the search, lower case; a card matches when its title or note holds all of them. */
function matcher(query: string): ((item: Responsibility) => boolean) | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return (item) => {
    const text = `${item.title} ${item.note ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  };
}

function visibleItems(
  stored: LaneItems,
  byId: ReadonlyMap<ResponsibilityId, Responsibility>,
  query: string,
  findingsOnly: boolean,
  guidance: CardGuidanceMap,
): LaneItems {
  const matches = matcher(query);
  if (!matches && !findingsOnly) return stored;
  const keep = (id: ResponsibilityId) => {
    const item = byId.get(id);
    if (!item) return false;
    if (matches && !matches(item)) return false;
    return !findingsOnly || needsAttention(guidance.get(id));
  };
  return Object.fromEntries(LANES.map((lane) => [lane, stored[lane].filter(keep)])) as LaneItems;
}

/**
 * Re-measures the lanes (the only droppables) after the preview moved the dragged card to
 * another lane, so lane collisions use where things are now. Renders nothing.
 */
function RemeasureOnPreview({ preview }: { readonly preview: LaneItems | null }) {
  const { active, measureDroppableContainers } = useDndContext();
  const dragging = active != null;
  useEffect(() => {
    if (dragging && preview) measureDroppableContainers([...LANES]);
  }, [dragging, preview, measureDroppableContainers]);
  return null;
}

/** Where the dragged card lands relative to the card it is over (as the drop's arrayMove does). */
function indicatorFor(view: LaneItems, lane: Lane, activeId: ResponsibilityId, overCard: ResponsibilityId | null): DropIndicator | null {
  if (overCard == null || overCard === activeId) return null;
  const ids = view[lane];
  const overIndex = ids.indexOf(overCard);
  const activeIndex = ids.indexOf(activeId);
  if (overIndex < 0) return null;
  return { id: overCard, side: activeIndex >= 0 && overIndex > activeIndex ? 'after' : 'before' };
}

function EmptyBoard() {
  const { addResponsibility, addFromCatalog } = useAddActions();
  return (
    <div className="board-empty">
      <p>
        <strong>This plan has no responsibilities yet.</strong> Add your own, or start from the catalog of common
        ones; each lands where the guidance suggests, and you can move it anywhere.
      </p>
      <div className="board-empty-actions">
        <button type="button" className="primary" onClick={addResponsibility}>
          Add responsibility
        </button>
        <button type="button" onClick={addFromCatalog}>
          Add from catalog
        </button>
      </div>
    </div>
  );
}

/** The org header and the four lanes with pointer, touch and keyboard drag and drop. */
export function Board() {
  const store = useStore();
  const responsibilities = useStoreState((state) => state.scenario.responsibilities);
  const { cards: guidance } = useGuidance();
  const { query, findingsOnly, highlightedId } = useBoardView();
  const stored = useMemo(() => toLaneItems(responsibilities), [responsibilities]);
  const byId = useMemo(() => new Map(responsibilities.map((item) => [item.id, item])), [responsibilities]);
  const visible = useMemo(
    () => visibleItems(stored, byId, query, findingsOnly, guidance),
    [stored, byId, query, findingsOnly, guidance],
  );

  const [preview, setPreviewState] = useState<LaneItems | null>(null);
  const [activeId, setActiveId] = useState<ResponsibilityId | null>(null);
  // The card last dragged: it keeps handing its element to the drag source after the drag, so
  // the focus dnd-kit restores after a keyboard drop or cancel lands on its current element.
  const [sourceCardId, setSourceCardId] = useState<ResponsibilityId | null>(null);
  const [indicator, setIndicator] = useState<DropIndicator | null>(null);
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
  const instructionsId = useId();
  // Lanes and droppables meet here: each lane hands over its list element, each droppable its
  // node setter, and whichever comes second connects them.
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
  // A keyboard drop usually follows a lane crossing with no move in between, so the drop's
  // own task measured the lane's cards (~75 getBoundingClientRect calls and a querySelectorAll)
  // before anything could paint. Measure the lane under the drag after the crossing's frame
  // instead; a pointer move or the drop finds the boxes ready (boxesOf measures only once).
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
  const locate = useCallback(
    (probe: Probe) => cardAt(boxesOf(probe.lane), probe.origin, probe.pointer, probe.rect),
    [boxesOf],
  );
  // Where a drop would land now (announcements read it) and the insertion line shown.
  const landingRef = useRef<Landing | null>(null);
  const indicatorRef = useRef<DropIndicator | null>(null);
  const showIndicator = useCallback((next: DropIndicator | null) => {
    if (sameIndicator(next, indicatorRef.current)) return;
    indicatorRef.current = next;
    setIndicator(next);
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

  /** Updates the landing place and the insertion line for the card now under the drag. */
  const track = useCallback(
    (id: ResponsibilityId, lane: Lane, overCard: ResponsibilityId | null) => {
      const view = previewRef.current ?? itemsRef.current;
      landingRef.current = landingOf(view, lane, id, overCard);
      showIndicator(indicatorFor(view, lane, id, overCard));
    },
    [showIndicator],
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
    listener(event);
  }, []);
  const onPointerDown = useCallback((event: SyntheticEvent) => startDrag(event, 'onPointerDown'), [startDrag]);
  const onTouchStart = useCallback((event: SyntheticEvent) => startDrag(event, 'onTouchStart'), [startDrag]);
  const onKeyDown = useCallback((event: SyntheticEvent) => startDrag(event, 'onKeyDown'), [startDrag]);
  // The dragged card mounts anew when the preview moves it to another lane, or a cancel moves
  // it back: the drag source follows it (its rect, and where dnd-kit gives the focus back).
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
      indicatorRef.current = null;
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
    ({ active, over }: DragOverEvent) => {
      const id = activeIdRef.current;
      const probe = probeRef.current;
      if (!id) return;
      if (!over || !probe) {
        landingRef.current = null;
        showIndicator(null);
        return;
      }
      const view = previewRef.current ?? itemsRef.current;
      const from = findLane(view, id);
      const to = probe.lane;
      if (from && from !== to) {
        // Into another lane: the card moves there in the preview, above or below the card under
        // it, and lands where the preview put it until the pointer moves again.
        const target = view[to];
        const translated = active.rect.current.translated;
        const index = entryIndex(target, boxesOf(to), locate(probe), translated?.top ?? -Infinity, probe.origin.top);
        setPreview({
          ...view,
          [from]: view[from].filter((other) => other !== id),
          [to]: [...target.slice(0, index), id, ...target.slice(index)],
        });
        track(id, to, null);
        return;
      }
      track(id, to, locate(probe));
    },
    [boxesOf, locate, setPreview, showIndicator, track],
  );

  // Every move (pointer or key): the card under the drag may have changed within the lane.
  const onDragMove = useCallback(
    () => {
      const probe = probeRef.current;
      const id = activeIdRef.current;
      if (!probe || !id) return;
      // Not in that lane yet: onDragOver moves it there first.
      if (findLane(previewRef.current ?? itemsRef.current, id) !== probe.lane) return;
      track(id, probe.lane, locate(probe));
    },
    [locate, track],
  );

  const finish = useCallback(() => {
    activeIdRef.current = null;
    setPreview(null);
    setActiveId(null);
    setIndicator(null);
    indicatorRef.current = null;
    probeRef.current = null;
    lastOverId.current = null;
  }, [setPreview]);

  const onDragEnd = useCallback(
    ({ over }: DragEndEvent) => {
      const view = previewRef.current ?? itemsRef.current;
      const id = activeIdRef.current;
      const lane = id ? findLane(view, id) : undefined;
      const probe = probeRef.current;
      if (!over || !lane || !id) {
        finish();
        return;
      }
      // Looked up again: the boxes are re-measured if the preview moved cards since the last move.
      const landing = landingOf(view, lane, id, probe && probe.lane === lane ? locate(probe) : null);
      landingRef.current = landing;
      let laneIds = view[lane];
      const own = laneIds.indexOf(id);
      if (own >= 0 && landing.index !== own) laneIds = arrayMove(laneIds, own, landing.index);
      // The view may hide cards (search, findings filter): place relative to the shown neighbours.
      const full = storedRef.current[lane].filter((candidate) => candidate !== id);
      store.dispatch({ type: 'responsibility/move', id, to: lane, index: fullLaneIndex(full, laneIds, id) });
      finish();
    },
    [finish, locate, store],
  );

  const active: Responsibility | undefined = activeId ? byId.get(activeId) : undefined;

  // The lanes and their 300 cards are rendered outside the DndContext provider: dnd-kit's
  // context changes on every drag move, and React looks for its readers through the whole
  // subtree under the provider each time (thousands of card fibers). Inside it are only what
  // reads it: the drag source, the four lane droppables, the overlay and the announcer.
  return (
    <>
      <OrgHeader />
      {responsibilities.length === 0 ? <EmptyBoard /> : null}
      <p id={instructionsId} className="visually-hidden">
        {screenReaderInstructions.draggable}
      </p>
      {/* Drags start from card handles; the handler ignores everything else on the board. */}
      <div className="board" ref={boardRef} onPointerDown={onPointerDown} onTouchStart={onTouchStart} onKeyDown={onKeyDown}>
        {LANES.map((lane) => (
          <LaneView
            key={lane}
            lane={lane}
            cards={laneCards[lane]}
            total={stored[lane].length}
            filtered={visible !== stored}
            guidance={guidance}
            highlightedId={highlightedId}
            indicator={indicator && items[lane].includes(indicator.id) ? indicator : null}
            draggingId={activeId && items[lane].includes(activeId) ? activeId : null}
            sourceId={sourceCardId && items[lane].includes(sourceCardId) ? sourceCardId : null}
            describedBy={instructionsId}
            onDraggedNode={onDraggedNode}
            listRef={listRefs[lane]}
          />
        ))}
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        measuring={measuring}
        accessibility={{ announcements, screenReaderInstructions }}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragMove={onDragMove}
        onDragEnd={onDragEnd}
        onDragCancel={finish}
      >
        <DragSource handle={sourceRef} />
        {LANES.map((lane) => (
          <LaneDroppable key={lane} lane={lane} register={registerDroppable} />
        ))}
        <RemeasureOnPreview preview={preview} />
        {/* No drop animation: it measured the dropped card (forced style and layout) before the drop
            could paint. The preview already shows the card where it lands; the drop makes it solid. */}
        <DragOverlay dropAnimation={null}>
          {active ? <CardView item={active} guidance={guidance.get(active.id)} overlay /> : null}
        </DragOverlay>
      </DndContext>
    </>
  );
}

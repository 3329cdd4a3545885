import {
  closestCenter,
  defaultDropAnimationSideEffects,
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
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type DropAnimation,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LANES, type Lane, type Responsibility, type ResponsibilityId } from '../../../shared/model/index.js';
import { useStore, useStoreState } from '../../state/use-store.js';
import { useAddActions } from '../editor/add-card.js';
import { needsAttention, type CardGuidanceMap } from '../guidance-panel/card-guidance.js';
import { useGuidance } from '../guidance-panel/guidance-context.js';
import { createAnnouncements, screenReaderInstructions } from './announcements.js';
import { useBoardView } from './board-view.js';
import { CardView } from './card.js';
import { boardCoordinates } from './keyboard-coordinates.js';
import { findLane, toLaneItems, type LaneItems } from './lane-items.js';
import { LaneView, type DropIndicator } from './lane.js';
import { OrgHeader } from './org-header.js';
import { fullLaneIndex } from './visible-index.js';
import './board.css';

// WhileDragging, not Always: both re-measure the lanes and cards whenever the preview moves a
// card during a drag, but Always also re-measures all 300+ rects when nothing is being dragged,
// i.e. inside the render that commits a drop (about 25 ms of forced layout on a 300-card board).
const measuring = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

// Module constants: useSensor memoizes on the options object, and new sensors give dnd-kit a
// new context value, which re-renders every card. Inline options did that on every board render.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 200, tolerance: 6 } };
const KEYBOARD_OPTIONS = { coordinateGetter: boardCoordinates };

const isLaneId = (id: UniqueIdentifier): boolean => (LANES as readonly UniqueIdentifier[]).includes(id);

const dropAnimation: DropAnimation = {
  duration: 180,
  easing: 'cubic-bezier(0.2, 0, 0, 1)',
  sideEffects: defaultDropAnimationSideEffects({ styles: { active: { opacity: '0.4' } } }),
};

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
 * Re-measures the droppables after the preview moved the dragged card to another lane (the
 * cards below it moved), so collisions use where things are now. Renders nothing.
 */
function RemeasureOnPreview({ preview }: { readonly preview: LaneItems | null }) {
  const { active, measureDroppableContainers } = useDndContext();
  const dragging = active != null;
  useEffect(() => {
    if (dragging && preview) measureDroppableContainers(LANES.flatMap((lane) => [lane, ...preview[lane]]));
  }, [dragging, preview, measureDroppableContainers]);
  return null;
}

/** Where the dragged card lands relative to the card it is over (as the drop's arrayMove does). */
function indicatorFor(view: LaneItems, activeId: UniqueIdentifier, overId: UniqueIdentifier): DropIndicator | null {
  if (overId === activeId || isLaneId(overId)) return null;
  const lane = findLane(view, String(overId));
  if (!lane) return null;
  const ids = view[lane];
  const overIndex = ids.indexOf(overId as ResponsibilityId);
  const activeIndex = ids.indexOf(activeId as ResponsibilityId);
  if (overIndex < 0) return null;
  return { id: overId as ResponsibilityId, side: activeIndex >= 0 && overIndex > activeIndex ? 'after' : 'before' };
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
  const [indicator, setIndicator] = useState<DropIndicator | null>(null);
  // The preview as last set, readable inside the same event (state only after the render).
  const previewRef = useRef<LaneItems | null>(null);
  const setPreview = useCallback((next: LaneItems | null) => {
    previewRef.current = next;
    setPreviewState(next);
  }, []);
  const items = preview ?? visible;

  // Announcements and collision detection read the latest values without re-creating sensors.
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const byIdRef = useRef(byId);
  byIdRef.current = byId;
  const originRef = useRef<Lane | undefined>(undefined);
  const lastOverId = useRef<UniqueIdentifier | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );

  const announcements = useMemo(
    () =>
      createAnnouncements(
        (id) => byIdRef.current.get(id as ResponsibilityId)?.title ?? 'Card',
        () => itemsRef.current,
        () => originRef.current,
      ),
    [],
  );

  // Runs on every pointer move. Two steps instead of testing all 300+ droppables: the lane from
  // the four lane rects, then a card among that lane's cards only (dnd-kit's Rect getters walk
  // the scroll ancestors on every read, so each candidate skipped saves work per move).
  const collisionDetection: CollisionDetection = useCallback((args) => {
    const laneArgs = { ...args, droppableContainers: args.droppableContainers.filter((container) => isLaneId(container.id)) };
    const pointer = pointerWithin(laneArgs);
    let overId = getFirstCollision(pointer.length > 0 ? pointer : rectIntersection(laneArgs), 'id');
    if (overId != null) {
      const laneIds = new Set<UniqueIdentifier>(itemsRef.current[overId as Lane]);
      if (laneIds.size > 0) {
        const cardArgs = { ...args, droppableContainers: args.droppableContainers.filter((container) => laneIds.has(container.id)) };
        overId = getFirstCollision(pointerWithin(cardArgs), 'id') ?? closestCenter(cardArgs)[0]?.id ?? overId;
      }
      lastOverId.current = overId;
      return [{ id: overId }];
    }
    return lastOverId.current != null ? [{ id: lastOverId.current }] : [];
  }, []);

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      setActiveId(active.id as ResponsibilityId);
      originRef.current = findLane(itemsRef.current, String(active.id));
      setPreview(itemsRef.current);
    },
    [setPreview],
  );

  const onDragOver = useCallback(
    ({ active, over }: DragOverEvent) => {
      if (!over) {
        setIndicator(null);
        return;
      }
      let view = previewRef.current ?? itemsRef.current;
      const from = findLane(view, String(active.id));
      const to = findLane(view, String(over.id));
      if (from && to && from !== to) {
        // Over another lane: the card moves there in the preview, above or below the card under it.
        const target = view[to];
        const overIndex = target.indexOf(over.id as ResponsibilityId);
        const translated = active.rect.current.translated;
        const below = overIndex >= 0 && translated != null && translated.top > over.rect.top + over.rect.height / 2;
        const index = overIndex >= 0 ? overIndex + (below ? 1 : 0) : target.length;
        view = {
          ...view,
          [from]: view[from].filter((id) => id !== active.id),
          [to]: [...target.slice(0, index), active.id as ResponsibilityId, ...target.slice(index)],
        };
        setPreview(view);
      }
      setIndicator(indicatorFor(view, active.id, over.id));
    },
    [setPreview],
  );

  const finish = useCallback(() => {
    setPreview(null);
    setActiveId(null);
    setIndicator(null);
    lastOverId.current = null;
  }, [setPreview]);

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const view = itemsRef.current;
      const id = active.id as ResponsibilityId;
      const lane = findLane(view, String(id));
      if (!over || !lane) {
        finish();
        return;
      }
      let laneIds = view[lane];
      const overIndex = laneIds.indexOf(over.id as ResponsibilityId);
      const activeIndex = laneIds.indexOf(id);
      if (overIndex >= 0 && overIndex !== activeIndex) laneIds = arrayMove(laneIds, activeIndex, overIndex);
      // The view may hide cards (search, findings filter): place relative to the shown neighbours.
      const full = storedRef.current[lane].filter((candidate) => candidate !== id);
      store.dispatch({ type: 'responsibility/move', id, to: lane, index: fullLaneIndex(full, laneIds, id) });
      finish();
    },
    [finish, store],
  );

  const active: Responsibility | undefined = activeId ? byId.get(activeId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      measuring={measuring}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
    >
      <OrgHeader />
      {responsibilities.length === 0 ? <EmptyBoard /> : null}
      <div className="board">
        {LANES.map((lane) => (
          <LaneView
            key={lane}
            lane={lane}
            ids={items[lane]}
            total={stored[lane].length}
            filtered={visible !== stored}
            byId={byId}
            guidance={guidance}
            highlightedId={highlightedId}
            indicator={indicator && items[lane].includes(indicator.id) ? indicator : null}
          />
        ))}
      </div>
      <RemeasureOnPreview preview={preview} />
      <DragOverlay dropAnimation={dropAnimation}>
        {active ? <CardView item={active} guidance={guidance.get(active.id)} overlay /> : null}
      </DragOverlay>
    </DndContext>
  );
}

import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ResponsibilityId } from '../../../shared/model/index.js';
import { LANES } from '../../../shared/model/index.js';
import { useBoardView } from '../../state/board-view.js';
import { useAddActions } from '../../state/editing-actions.js';
import { useGuidance } from '../../state/guidance-context.js';
import { useStoreState } from '../../state/use-store.js';
import { screenReaderInstructions } from './announcements.js';
import { visibleItems } from './board-filter.js';
import { CardView } from './card.js';
import { findCardMenuButton, type CardMenuControl } from './card-menu.js';
import { DragSource, LaneDroppable, RemeasureOnPreview } from './drag-source.js';
import { toLaneItems } from './lane-items.js';
import { LaneView } from './lane.js';
import { OrgHeader } from './org-header.js';
import { usePresenceByCard } from './presence-marks.js';
import { useBoardDrag } from './use-board-drag.js';
import './board.css';

function EmptyBoard() {
  const { addResponsibility, addFromCatalog } = useAddActions();
  return (
    <div className="board-empty">
      <p>
        <strong>This plan has no responsibilities yet.</strong> Add your own, or start from the catalog of
        common ones; each lands where the guidance suggests, and you can move it anywhere.
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
  const responsibilities = useStoreState((state) => state.scenario.responsibilities);
  const { cards: guidance } = useGuidance();
  const { query, findingsOnly, highlightedId } = useBoardView();
  const stored = useMemo(() => toLaneItems(responsibilities), [responsibilities]);
  const byId = useMemo(() => new Map(responsibilities.map((item) => [item.id, item])), [responsibilities]);
  const visible = useMemo(
    () => visibleItems(stored, byId, query, findingsOnly, guidance),
    [stored, byId, query, findingsOnly, guidance],
  );
  const drag = useBoardDrag(stored, visible, byId);
  const { items, activeId, sourceCardId, active } = drag;
  const instructionsId = useId();
  // The one card menu of the board: which card's is open (see card-menu.tsx).
  const [menuId, setMenuId] = useState<ResponsibilityId | null>(null);
  const menuIdRef = useRef(menuId);
  menuIdRef.current = menuId;
  const closeMenu = useCallback((refocus: boolean) => {
    // Focus goes back to the button before the list (which may hold it) goes away.
    if (refocus && menuIdRef.current) findCardMenuButton(menuIdRef.current)?.focus();
    setMenuId(null);
  }, []);
  const menu = useMemo<CardMenuControl>(
    () => ({
      toggle: (id) => setMenuId((open) => (open === id ? null : id)),
      open: (id) => setMenuId(id),
      close: closeMenu,
    }),
    [closeMenu],
  );
  const presence = usePresenceByCard();

  // The lanes and their cards are rendered outside the DndContext provider: dnd-kit's context
  // changes on every drag move, and React looks for its readers through the whole subtree under
  // the provider each time. Inside it are only what reads it: the drag source, the four lane
  // droppables, the overlay and the announcer.
  return (
    <>
      <OrgHeader />
      {responsibilities.length === 0 ? <EmptyBoard /> : null}
      <p id={instructionsId} className="visually-hidden">
        {screenReaderInstructions.draggable}
      </p>
      {/* Drags start from card handles; the handlers ignore everything else on the board. */}
      <div className="board" ref={drag.boardRef} {...drag.boardHandlers}>
        {LANES.map((lane) => (
          <LaneView
            key={lane}
            lane={lane}
            cards={drag.laneCards[lane]}
            // The stored count only matters when a filter hides cards ("3 of 5"); otherwise the
            // shown count, so a drop does not re-render the lane it left (its stored count changes
            // at the drop, while the preview had already taken the card out of it).
            total={visible !== stored ? stored[lane].length : drag.laneCards[lane].length}
            filtered={visible !== stored}
            guidance={guidance}
            highlightedId={highlightedId}
            menuId={menuId && items[lane].includes(menuId) ? menuId : null}
            draggingId={activeId && items[lane].includes(activeId) ? activeId : null}
            sourceId={sourceCardId && items[lane].includes(sourceCardId) ? sourceCardId : null}
            describedBy={instructionsId}
            onDraggedNode={drag.onDraggedNode}
            listRef={drag.listRefs[lane]}
            menu={menu}
            presence={presence}
          />
        ))}
      </div>
      <DndContext {...drag.context}>
        <DragSource handle={drag.sourceRef} />
        {LANES.map((lane) => (
          <LaneDroppable key={lane} lane={lane} register={drag.registerDroppable} />
        ))}
        <RemeasureOnPreview preview={drag.preview} />
        {/* No drop animation: it measures the dropped card (forced style and layout) before the
            drop can paint. The preview already shows the card where it lands. */}
        {/* Under the insertion line (z-index 7 in board.css) and over the lanes' sticky headers
            and the status line: the lifted card never covers the line it is placing. */}
        <DragOverlay dropAnimation={null} zIndex={6}>
          {active ? <CardView item={active} guidance={guidance.get(active.id)} /> : null}
        </DragOverlay>
      </DndContext>
    </>
  );
}

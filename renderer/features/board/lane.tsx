import { memo, useId } from 'react';
import type { Lane, Responsibility, ResponsibilityId } from '../../../shared/model/index.js';
import type { CardGuidanceMap } from '../../state/card-guidance.js';
import type { CardPresence } from '../../state/presence.js';
import { LaneCard } from './card.js';
import type { CardMenuControl } from './card-menu.js';

const LANE_HINTS: Record<Lane, string> = {
  CIO: 'Inward: the systems and services the company runs on.',
  Shared: 'Owned jointly, with one named lead.',
  CTO: 'Outward: the technology the company sells and builds.',
  Unassigned: 'Not yet placed.',
};

const EMPTY_TEXT: Record<Lane, string> = {
  CIO: 'Nothing owned by the CIO yet. Drag a card here or use a card’s “Move or edit” menu.',
  Shared: 'Nothing shared yet. Joint work needs one named lead.',
  CTO: 'Nothing owned by the CTO yet. Drag a card here or use a card’s “Move or edit” menu.',
  Unassigned: 'Nothing waiting to be placed. New responsibilities start here.',
};

interface LaneProps {
  readonly lane: Lane;
  /** The shown cards, in order (all of the lane's cards unless a filter is on). */
  readonly cards: readonly Responsibility[];
  /** How many cards the lane holds, shown or not. */
  readonly total: number;
  /** True when a search or filter hides some cards. */
  readonly filtered: boolean;
  readonly guidance: CardGuidanceMap;
  readonly highlightedId: ResponsibilityId | null;
  /** The card whose menu is open, when this lane holds it (null for the other lanes). */
  readonly menuId: ResponsibilityId | null;
  /**
   * During a drag, the dragged card when this lane holds it (null for the other lanes): shown
   * faded where it lands, with the insertion line above it.
   */
  readonly draggingId: ResponsibilityId | null;
  /** The card the board's drag source points at, when this lane holds it (see LaneCard). */
  readonly sourceId: ResponsibilityId | null;
  /** The id of the drag instructions every card handle is described by. */
  readonly describedBy: string;
  /** Receives the dragged card's element (see LaneCard). */
  readonly onDraggedNode: (node: HTMLElement | null) => void;
  /**
   * Receives the lane's card list element: the board makes it the lane's dnd-kit droppable.
   * Lanes are not inside dnd-kit's context provider (see board.tsx), so a drag's context
   * changes never walk their 300 cards.
   */
  readonly listRef: (node: HTMLUListElement | null) => void;
  /** Opens and closes the board's one card menu. */
  readonly menu: CardMenuControl;
  /** Other people on the plan's cards (a shared plan), by card id; empty for most plans. */
  readonly presence: ReadonlyMap<string, readonly CardPresence[]>;
}

/**
 * One lane: a named region that accepts dropped cards. Memoized: on a drop only the lanes
 * whose cards changed re-render (the board keeps the other lanes' card arrays).
 */
export const LaneView = memo(function LaneView({
  lane,
  cards,
  total,
  filtered,
  guidance,
  highlightedId,
  menuId,
  draggingId,
  sourceId,
  describedBy,
  onDraggedNode,
  listRef,
  menu,
  presence,
}: LaneProps) {
  const headingId = useId();
  return (
    <section className={`lane lane-${lane.toLowerCase()}`} aria-labelledby={headingId}>
      {/* Sticky: the lane's name and count stay in view while its cards scroll under them. */}
      <div className="lane-top">
        <header className="lane-header">
          <h2 id={headingId}>{lane}</h2>
          <span className="lane-count">
            {filtered ? `${cards.length} of ${total}` : cards.length}
            <span className="visually-hidden"> {(filtered ? total : cards.length) === 1 ? 'responsibility' : 'responsibilities'}</span>
          </span>
        </header>
        <p className="lane-hint" title={LANE_HINTS[lane]}>
          {LANE_HINTS[lane]}
        </p>
      </div>
      <ul ref={listRef} className="lane-cards" data-lane-cards={lane}>
        {cards.map((item) => (
          <LaneCard
            key={item.id}
            item={item}
            guidance={guidance.get(item.id)}
            highlighted={item.id === highlightedId}
            menuOpen={item.id === menuId}
            dragging={item.id === draggingId}
            describedBy={describedBy}
            onDraggedNode={item.id === sourceId ? onDraggedNode : undefined}
            menu={menu}
            presence={presence.get(item.id)}
          />
        ))}
        {cards.length === 0 ? <li className="lane-empty">{filtered ? 'No card here matches the filter.' : EMPTY_TEXT[lane]}</li> : null}
      </ul>
    </section>
  );
});

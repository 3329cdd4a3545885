import { useDroppable } from '@dnd-kit/core';
import { memo, useId } from 'react';
import type { Lane, Responsibility, ResponsibilityId } from '../../../shared/model/index.js';
import type { CardGuidanceMap } from '../guidance-panel/card-guidance.js';
import { SortableCard, type DropSide } from './card.js';

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
  Unassigned: 'Everything is placed. New responsibilities start here.',
};

interface LaneProps {
  readonly lane: Lane;
  /** The shown cards, in order (all of the lane's cards unless a filter is on). */
  readonly ids: readonly ResponsibilityId[];
  /** How many cards the lane holds, shown or not. */
  readonly total: number;
  /** True when a search or filter hides some cards. */
  readonly filtered: boolean;
  readonly byId: ReadonlyMap<ResponsibilityId, Responsibility>;
  readonly guidance: CardGuidanceMap;
  readonly highlightedId: ResponsibilityId | null;
  /** During a drag, the card of this lane under the dragged one and the side it lands on. */
  readonly indicator: DropIndicator | null;
}

/** The card a dragged card is over, and on which side of it the dragged card will land. */
export interface DropIndicator {
  readonly id: ResponsibilityId;
  readonly side: DropSide;
}

/** One lane: a named region that accepts dropped cards. */
export const LaneView = memo(function LaneView({ lane, ids, total, filtered, byId, guidance, highlightedId, indicator }: LaneProps) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: lane, data: { type: 'lane', lane } });
  return (
    <section className={`lane lane-${lane.toLowerCase()}`} aria-labelledby={headingId} data-over={isOver || undefined}>
      <header className="lane-header">
        <h2 id={headingId}>{lane}</h2>
        <span className="lane-count">
          {filtered ? `${ids.length} of ${total}` : ids.length}
          <span className="visually-hidden"> {(filtered ? total : ids.length) === 1 ? 'responsibility' : 'responsibilities'}</span>
        </span>
      </header>
      <p className="lane-hint">{LANE_HINTS[lane]}</p>
      <ul ref={setNodeRef} className="lane-cards" data-lane-cards={lane}>
        {ids.map((id) => {
          const item = byId.get(id);
          return item ? (
            <SortableCard
              key={id}
              item={item}
              lane={lane}
              guidance={guidance.get(id)}
              highlighted={id === highlightedId}
              drop={indicator?.id === id ? indicator.side : undefined}
            />
          ) : null;
        })}
        {ids.length === 0 ? <li className="lane-empty">{filtered ? 'No card here matches the filter.' : EMPTY_TEXT[lane]}</li> : null}
      </ul>
    </section>
  );
});

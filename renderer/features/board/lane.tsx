import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useId } from 'react';
import type { Lane, Responsibility, ResponsibilityId } from '../../../shared/model/index.js';
import { SortableCard } from './card.js';

const LANE_HINTS: Record<Lane, string> = {
  CIO: 'Inward: the systems and services the company runs on.',
  Shared: 'Owned jointly, with one named lead.',
  CTO: 'Outward: the technology the company sells and builds.',
  Unassigned: 'Not yet placed.',
};

interface LaneProps {
  readonly lane: Lane;
  readonly ids: readonly ResponsibilityId[];
  readonly byId: ReadonlyMap<ResponsibilityId, Responsibility>;
}

/** One lane: a named region that accepts dropped cards. */
export const LaneView = memo(function LaneView({ lane, ids, byId }: LaneProps) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: lane, data: { type: 'lane', lane } });
  return (
    <section className={`lane lane-${lane.toLowerCase()}`} aria-labelledby={headingId} data-over={isOver || undefined}>
      <header className="lane-header">
        <h2 id={headingId}>{lane}</h2>
        <span className="lane-count" aria-label={`${ids.length} responsibilities`}>
          {ids.length}
        </span>
      </header>
      <p className="lane-hint">{LANE_HINTS[lane]}</p>
      <SortableContext id={lane} items={ids as ResponsibilityId[]} strategy={verticalListSortingStrategy}>
        <ul ref={setNodeRef} className="lane-cards">
          {ids.map((id) => {
            const item = byId.get(id);
            return item ? <SortableCard key={id} item={item} lane={lane} /> : null;
          })}
          {ids.length === 0 ? <li className="lane-empty">Drop a responsibility here</li> : null}
        </ul>
      </SortableContext>
    </section>
  );
});

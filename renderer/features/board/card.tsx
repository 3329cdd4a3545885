import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import type { Lane, Responsibility } from '../../../shared/model/index.js';

/** The accessible name of a card: its title first, then what a listener needs. */
export function cardLabel(item: Responsibility): string {
  return item.owner === 'Shared' && item.lead ? `${item.title}, led by ${item.lead}` : item.title;
}

interface CardProps {
  readonly item: Responsibility;
  readonly overlay?: boolean;
}

/** The visible body of a card. */
export function CardView({ item, overlay = false }: CardProps) {
  return (
    <div className={`card-body${overlay ? ' card-overlay' : ''}`}>
      <span className="card-title">{item.title}</span>
      {item.owner === 'Shared' && item.lead ? <span className="card-lead">Lead: {item.lead}</span> : null}
      {item.note ? <span className="card-note">{item.note}</span> : null}
    </div>
  );
}

/** A card that can be dragged by pointer, touch or keyboard. */
export const SortableCard = memo(function SortableCard({ item, lane }: { readonly item: Responsibility; readonly lane: Lane }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    data: { type: 'card', lane },
  });
  return (
    <li
      ref={setNodeRef}
      className="card"
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div
        className="card-handle"
        {...attributes}
        {...listeners}
        aria-roledescription="draggable responsibility"
        aria-label={cardLabel(item)}
      >
        <CardView item={item} />
      </div>
    </li>
  );
});

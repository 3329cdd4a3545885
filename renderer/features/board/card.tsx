import { useDraggable, type DraggableAttributes, type DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo, useId, useMemo, type KeyboardEvent } from 'react';
import type { Lane, Responsibility } from '../../../shared/model/index.js';
import type { CardGuidance } from '../guidance-panel/card-guidance.js';
import { CardMenu } from './card-menu.js';

/** The accessible name of a card: its title first, then what a listener needs. */
export function cardLabel(item: Responsibility): string {
  return item.owner === 'Shared' && item.lead ? `${item.title}, led by ${item.lead}` : item.title;
}

const BADGE_TEXT: Record<CardGuidance['status'], string> = {
  aligned: 'Aligned',
  warning: 'Warning',
  error: 'Error',
  contested: 'Contested',
  unplaced: 'Not placed',
  unknown: 'No guidance',
};

/** The small guidance mark on a card; the icon shape differs per status, not only the colour. */
export function GuidanceBadge({ status }: { readonly status: CardGuidance['status'] }) {
  return (
    <span className={`badge badge-${status}`}>
      <svg aria-hidden="true" viewBox="0 0 12 12" width="12" height="12">
        {status === 'aligned' ? <path d="M2.5 6.2 5 8.6 9.6 3.4" fill="none" stroke="currentColor" strokeWidth="1.8" /> : null}
        {status === 'warning' ? <path d="M6 1.2 11 10.5H1z" fill="currentColor" /> : null}
        {status === 'error' ? <circle cx="6" cy="6" r="5" fill="currentColor" /> : null}
        {status === 'contested' ? <path d="M1 4h7l-2-2M11 8H4l2 2" fill="none" stroke="currentColor" strokeWidth="1.5" /> : null}
        {status === 'unknown' || status === 'unplaced' ? <circle cx="6" cy="6" r="4" fill="none" stroke="currentColor" strokeWidth="1.5" /> : null}
      </svg>
      {BADGE_TEXT[status]}
    </span>
  );
}

interface CardViewProps {
  readonly item: Responsibility;
  readonly guidance?: CardGuidance | undefined;
  readonly overlay?: boolean;
}

/** The visible body of a card. */
export function CardView({ item, guidance, overlay = false }: CardViewProps) {
  return (
    <div className={`card-body${overlay ? ` card-overlay lane-${item.owner.toLowerCase()}` : ''}`}>
      <span className="card-title">{item.title}</span>
      {item.note ? <span className="card-note">{item.note}</span> : null}
      <span className="card-meta">
        {item.owner === 'Shared' && item.lead ? <span className="card-lead">Lead: {item.lead}</span> : null}
        {guidance ? <GuidanceBadge status={guidance.status} /> : null}
        {guidance && guidance.waived > 0 ? <span className="card-waived">Accepted</span> : null}
      </span>
    </div>
  );
}

// Every card reads dnd-kit's drag context, so all of them re-render when a drag starts, when
// the lane under the drag changes and when it ends. That re-render is kept to one hook:
// cards are draggables only (not droppables: no per-card registration, measuring or resize
// observers), and their elements live in a memoized shell with memoized bodies, so the
// title, badge and menu are only rebuilt when their props change.
const MemoCardView = memo(CardView);
const MemoCardMenu = memo(CardMenu);

/** Where the dragged card will land relative to this one, while it is over it. */
export type DropSide = 'before' | 'after';

interface SortableCardProps {
  readonly item: Responsibility;
  readonly lane: Lane;
  readonly guidance: CardGuidance | undefined;
  readonly highlighted: boolean;
  /** Set on the card under the dragged one: an insertion line shows where it will land. */
  readonly drop?: DropSide | undefined;
}

/**
 * A card that can be dragged by pointer, touch or keyboard, with a menu for click-only moves
 * and edits. Memoized: props are the item (replaced only when it changes), its lane, its
 * guidance (kept identical while unchanged) and flags, so a move re-renders only the cards
 * whose props changed. Cards do not slide out of the way during a drag (no per-card
 * transforms): the drop position is shown by an insertion line, the dragged card by the
 * overlay, and a card dragged to another lane moves there in the preview.
 */
export const SortableCard = memo(function SortableCard(props: SortableCardProps) {
  const { item, lane } = props;
  const data = useMemo(() => ({ type: 'card', lane }), [lane]);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: item.id, data });
  // useDraggable's attributes, listeners and ref callback keep their identity while the card's
  // drag state is unchanged, so on the 300-card re-renders that every drag-context change
  // causes (lane crossed, drop) the memoized shell below bails out: only this hook runs.
  return <CardShell {...props} attributes={attributes} listeners={listeners} setNodeRef={setNodeRef} isDragging={isDragging} />;
});

interface CardShellProps extends SortableCardProps {
  readonly attributes: DraggableAttributes;
  readonly listeners: DraggableSyntheticListeners;
  readonly setNodeRef: (node: HTMLElement | null) => void;
  readonly isDragging: boolean;
}

/** The card's elements, rendered only when its own props or its drag state change. */
const CardShell = memo(function CardShell({
  item,
  guidance,
  highlighted,
  drop,
  attributes,
  listeners,
  setNodeRef,
  isDragging,
}: CardShellProps) {
  const tipId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Shift+F10 and the context-menu key open the card's menu, as in desktop apps.
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      event.preventDefault();
      event.currentTarget.parentElement?.querySelector<HTMLButtonElement>('.card-menu-button')?.click();
      return;
    }
    listeners?.['onKeyDown']?.(event);
  };
  return (
    <li
      ref={setNodeRef}
      className="card"
      data-card-id={item.id}
      data-dragging={isDragging || undefined}
      data-highlighted={highlighted || undefined}
      data-status={guidance?.status}
      data-drop={drop}
    >
      <div
        className="card-handle"
        data-card-handle=""
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        aria-roledescription="draggable responsibility"
        aria-label={cardLabel(item)}
        aria-describedby={guidance ? `${attributes['aria-describedby']} ${tipId}` : attributes['aria-describedby']}
      >
        <MemoCardView item={item} guidance={guidance} />
      </div>
      <MemoCardMenu item={item} />
      {guidance ? (
        <div id={tipId} role="tooltip" className="card-tip">
          {guidance.summary}
        </div>
      ) : null}
    </li>
  );
});

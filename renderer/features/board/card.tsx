import { memo, useId, type KeyboardEvent } from 'react';
import { neutralizeBidi } from '../../../shared/format/safe-text.js';
import type { Responsibility } from '../../../shared/model/index.js';
import type { CardGuidance } from '../../state/card-guidance.js';
import type { CardPresence } from '../../state/presence.js';
import { cardStatusBadge } from '../../ui/icon-sprite.js';
import { CardMenuList, cardMenuButton, type CardMenuControl } from './card-menu.js';
import { PresenceMarks } from './presence-marks.js';

/** The accessible name of a card: its title first, then what a listener needs. */
export function cardLabel(item: Responsibility): string {
  const title = neutralizeBidi(item.title);
  return item.owner === 'Shared' && item.lead ? `${title}, led by ${item.lead}` : title;
}

/** A note's first line: the card face shows one line; the editor shows all of it. */
function firstLine(note: string): string {
  const end = note.indexOf('\n');
  return end < 0 ? note : note.slice(0, end);
}

/** The card's title, shown without bidi overrides (a title cannot make the board read backwards). */
function cardTitle(item: Responsibility) {
  const title = neutralizeBidi(item.title);
  // The full title shows on hover where the compact card cuts it short.
  return (
    <span className="card-title" title={title}>
      {title}
    </span>
  );
}

function cardNote(item: Responsibility) {
  return item.note ? <span className="card-note">{firstLine(neutralizeBidi(item.note))}</span> : null;
}

/**
 * The lead and the badge, in the card's meta row. A card without a lead has its badge in that
 * row on its own, with no wrapper (most cards: only Shared cards have a lead).
 */
function cardMeta(item: Responsibility, guidance: CardGuidance | undefined) {
  const badge = guidance ? cardStatusBadge(guidance.status) : null;
  if (item.owner !== 'Shared' || !item.lead) return badge;
  return (
    <span className="card-meta">
      {/* Two text nodes, as before: one ("Lead CIO") measures a fraction of a pixel narrower
          and moves the note's ellipsis. */}
      <span className="card-lead">Lead {item.lead}</span>
      {badge}
    </span>
  );
}

interface CardViewProps {
  readonly item: Responsibility;
  readonly guidance?: CardGuidance | undefined;
}

/** A card's face as the drag overlay shows it (the lanes' cards draw the same face in their handle). */
export function CardView({ item, guidance }: CardViewProps) {
  return (
    <div className={`card-body card-overlay lane-${item.owner.toLowerCase()}`}>
      {cardTitle(item)}
      {cardNote(item)}
      {cardMeta(item, guidance)}
    </div>
  );
}

// Cards are not dnd-kit draggables: the board has one (see DragSource in board.tsx) and
// hands it the card a drag starts on. So no card reads dnd-kit's drag context, and a drag
// start, lane crossing or drop re-renders only the cards whose own props changed (the
// dragged one, the one under it, the moved one), not all 300 of a board.

interface LaneCardProps {
  readonly item: Responsibility;
  readonly guidance: CardGuidance | undefined;
  readonly highlighted: boolean;
  /** True while this card's menu is open (the board has one open menu at most). */
  readonly menuOpen: boolean;
  /**
   * True for the card being dragged: shown faded where it will land, with the insertion line
   * above it (one element for both, so they always agree); the overlay follows the pointer.
   */
  readonly dragging: boolean;
  /** The id of the element holding the drag instructions screen readers read on focus. */
  readonly describedBy: string;
  /**
   * Given only to the card last dragged: receives its element, so the drag source follows the
   * card when it mounts anew (the preview moved it to another lane, or a cancel moved it back)
   * and dnd-kit never holds a detached element. After a keyboard drag the board itself gives
   * the focus back to the card (see `refocus` in use-board-drag.ts).
   */
  readonly onDraggedNode?: ((node: HTMLElement | null) => void) | undefined;
  /** Opens and closes the board's one card menu. */
  readonly menu: CardMenuControl;
  /** Other people who have this card selected or are dragging it (a shared plan); mostly none. */
  readonly presence?: readonly CardPresence[] | undefined;
}

/**
 * A card that can be dragged by pointer, touch or keyboard (the board's input handler starts
 * the drag from its handle), with a menu for click-only moves and edits. Memoized: props are
 * the item (replaced only when it changes), its guidance (kept identical while unchanged) and
 * flags, so a move re-renders only the cards whose props changed. Cards do not slide out of
 * the way during a drag (no per-card transforms): the preview moves the dragged card itself
 * to where it lands (faded, with the insertion line), and the overlay follows the pointer.
 */
export const LaneCard = memo(function LaneCard({
  item,
  guidance,
  highlighted,
  menuOpen,
  dragging,
  describedBy,
  onDraggedNode,
  menu,
  presence,
}: LaneCardProps) {
  const tipId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Shift+F10 and the context-menu key open the card's menu, as in desktop apps. Handled
    // here (default prevented), so the board's drag handler leaves the key alone.
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      event.preventDefault();
      event.currentTarget.parentElement?.querySelector<HTMLButtonElement>('.card-menu-button')?.click();
    }
  };
  return (
    <li
      ref={onDraggedNode}
      className="card"
      data-card-id={item.id}
      data-dragging={dragging || undefined}
      data-highlighted={highlighted || undefined}
      data-status={guidance?.status}
      data-menu-open={menuOpen || undefined}
      data-presence={presence ? '' : undefined}
    >
      {/* The handle is also the card's face (one element: no wrapper inside it). */}
      <div
        className="card-handle card-body"
        data-card-handle=""
        role="button"
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-pressed={dragging || undefined}
        aria-roledescription="draggable responsibility"
        aria-label={cardLabel(item)}
        aria-describedby={guidance ? `${describedBy} ${tipId}` : describedBy}
      >
        {cardTitle(item)}
        {cardNote(item)}
        {cardMeta(item, guidance)}
      </div>
      {cardMenuButton(item, menuOpen, menu)}
      {menuOpen ? <CardMenuList item={item} close={menu.close} /> : null}
      {presence ? <PresenceMarks people={presence} /> : null}
      {/* The card's accessible description; sighted users read it in the status line under the
          board while the card has focus (a tooltip here covered the neighbouring cards). */}
      {guidance ? (
        <div id={tipId} className="card-tip" data-card-tip="" hidden>
          {guidance.summary}
        </div>
      ) : null}
    </li>
  );
});

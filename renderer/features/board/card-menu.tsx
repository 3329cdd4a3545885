import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Lane, Responsibility, ResponsibilityId, Role } from '../../../shared/model/index.js';
import { useStore } from '../../state/use-store.js';
import { useAnnounce } from '../../ui/announcer.js';
import { laneName } from '../../ui/lane-name.js';
import { focusCardSoon } from '../../state/board-view.js';
import { useCardEditor } from '../../state/editing-actions.js';
import { useToast } from '../../ui/toast.js';
import { useFlip } from '../../ui/use-flip.js';

interface Placement {
  readonly lane: Lane;
  readonly lead?: Role;
  readonly label: string;
}

/** Every place a card can go, in board order; Shared twice, once per lead. */
const PLACEMENTS: readonly Placement[] = [
  { lane: 'CIO', label: 'Move to CIO' },
  { lane: 'Shared', lead: 'CIO', label: 'Move to Shared, CIO leads' },
  { lane: 'Shared', lead: 'CTO', label: 'Move to Shared, CTO leads' },
  { lane: 'CTO', label: 'Move to CTO' },
  { lane: 'Unassigned', label: 'Move to Unassigned' },
];

interface Entry {
  readonly key: string;
  readonly label: string;
  readonly disabled?: boolean;
  readonly current?: boolean;
  readonly danger?: boolean;
  readonly separatorBefore?: boolean;
  readonly run: () => void;
}

/**
 * Opens and closes the board's one card menu. Cards render a plain button (no state, no
 * effects, no popover machinery, no component of its own: 300 of them were most of the board's
 * elements and hooks); the board keeps which card's menu is open and hands this control to the
 * cards, and that card alone renders the menu list.
 */
export interface CardMenuControl {
  /** Opens the menu of `id`, or closes it when it is open. */
  readonly toggle: (id: ResponsibilityId) => void;
  /** Opens the menu of `id`. */
  readonly open: (id: ResponsibilityId) => void;
  /** Closes the open menu; with `refocus`, focus goes back to its button. */
  readonly close: (refocus: boolean) => void;
}

/** The button of a card's menu: the element the menu is opened from and goes back to. */
export function findCardMenuButton(id: ResponsibilityId): HTMLButtonElement | null {
  return document.querySelector<HTMLButtonElement>(`[data-card-id="${CSS.escape(id)}"] > .card-menu-button`);
}

/**
 * The click-only way to move and edit a card (WCAG 2.2 SC 2.5.7: no dragging needed). A
 * menu button opening an ARIA menu: arrows, Home/End and type-ahead move, Enter runs,
 * Escape closes and returns focus to the button. `open` comes from the board (one menu at a
 * time); the list ({@link CardMenuList}) is rendered only while open. A plain function (the
 * button is an element of the card, not a component).
 */
export function cardMenuButton(item: Responsibility, open: boolean, control: CardMenuControl) {
  return (
    <button
      type="button"
      className="card-menu-button"
      aria-label={`Move or edit ${item.title}`}
      aria-haspopup="menu"
      aria-expanded={open}
      aria-controls={open ? menuListId(item) : undefined}
      onClick={() => control.toggle(item.id)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown') {
          event.preventDefault();
          control.open(item.id);
        }
      }}
    />
  );
}

function menuListId(item: Responsibility): string {
  return `card-menu-${item.id}`;
}

interface MenuListProps {
  readonly item: Responsibility;
  readonly close: (refocus: boolean) => void;
}

/** The open menu of a card (see {@link cardMenuButton}). */
export function CardMenuList({ item, close }: MenuListProps) {
  const id = menuListId(item);
  const menuRef = useRef<HTMLUListElement>(null);
  useFlip(menuRef, true);
  // Focus on the first enabled item; a press outside the menu and its button closes it.
  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !findCardMenuButton(item.id)?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [close, item.id]);
  const store = useStore();
  const announce = useAnnounce();
  const editor = useCardEditor();
  const toast = useToast();
  // Undo from a toast: the store's undo (the same step Ctrl+Z takes), then focus on the card.
  const undoAction = (focusId: string | null) => ({
    label: 'Undo',
    run: () => {
      if (!store.undo()) return;
      announce(store.getState().lastAction ?? 'Undone.');
      if (focusId) focusCardSoon(focusId);
    },
  });
  // Read positions when the menu opens, so cards need no index props (which would re-render
  // every card of a lane on each move).
  const lane = store
    .getState()
    .scenario.responsibilities.filter((candidate) => candidate.owner === item.owner);
  const index = lane.findIndex((candidate) => candidate.id === item.id);

  const moveTo = (to: Lane, position: number | undefined, lead?: Role) => {
    const changed =
      to === item.owner && to === 'Shared' && lead && position === undefined
        ? store.dispatch({ type: 'responsibility/set-lead', id: item.id, lead })
        : store.dispatch({
            type: 'responsibility/move',
            id: item.id,
            to,
            index: position,
            ...(lead ? { lead } : {}),
          });
    if (!changed) return;
    const after = store.getState().scenario.responsibilities.filter((candidate) => candidate.owner === to);
    const at = after.findIndex((candidate) => candidate.id === item.id);
    const said = `${item.title} moved to ${laneName(to)}${lead && to === 'Shared' ? `, ${lead} leads` : ''}, position ${at + 1} of ${after.length}.`;
    announce(said);
    toast(said, undoAction(item.id));
    focusCardSoon(item.id);
  };

  const entries: Entry[] = [
    ...PLACEMENTS.map((placement): Entry => {
      const current =
        placement.lane === item.owner &&
        (placement.lane !== 'Shared' || placement.lead === (item.lead ?? 'CIO'));
      return {
        key: `${placement.lane}-${placement.lead ?? ''}`,
        label: placement.label,
        current,
        disabled: current,
        run: () => moveTo(placement.lane, undefined, placement.lead),
      };
    }),
    {
      key: 'top',
      label: 'Move to top of lane',
      disabled: index <= 0,
      separatorBefore: true,
      run: () => moveTo(item.owner, 0),
    },
    { key: 'up', label: 'Move up', disabled: index <= 0, run: () => moveTo(item.owner, index - 1) },
    {
      key: 'down',
      label: 'Move down',
      disabled: index >= lane.length - 1,
      run: () => moveTo(item.owner, index + 1),
    },
    {
      key: 'bottom',
      label: 'Move to bottom of lane',
      disabled: index >= lane.length - 1,
      run: () => moveTo(item.owner, lane.length - 1),
    },
    { key: 'rename', label: 'Rename…', separatorBefore: true, run: () => editor.rename(item.id) },
    { key: 'note', label: item.note ? 'Edit note…' : 'Add note…', run: () => editor.annotate(item.id) },
    {
      key: 'delete',
      label: 'Delete',
      danger: true,
      separatorBefore: true,
      run: () => {
        const neighbour = lane[index + 1] ?? lane[index - 1];
        if (!store.dispatch({ type: 'responsibility/delete', id: item.id })) return;
        announce(`Deleted ${item.title}. Undo with Control+Z.`);
        toast(`Deleted “${item.title}”.`, undoAction(item.id));
        if (neighbour) focusCardSoon(neighbour.id);
        else {
          // The lane is empty now: the first card of the board, or (no card left) Add
          // responsibility; looked up after the render that removed this card.
          requestAnimationFrame(() =>
            (
              document.querySelector<HTMLElement>('[data-card-handle]') ??
              document.querySelector<HTMLElement>('[data-focus-home]')
            )?.focus(),
          );
        }
      },
    },
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(at + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(at - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusAt(0);
        break;
      case 'End':
        event.preventDefault();
        focusAt(items.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
      default:
        if (event.key.length === 1 && /\S/.test(event.key)) {
          const letter = event.key.toLowerCase();
          const order = [...items.slice(at + 1), ...items.slice(0, at + 1)];
          order.find((element) => element.textContent?.trim().toLowerCase().startsWith(letter))?.focus();
        }
    }
  };

  return (
    <ul
      ref={menuRef}
      id={id}
      role="menu"
      aria-label={`Move or edit ${item.title}`}
      className="card-menu-list"
      onKeyDown={onKeyDown}
    >
      {entries.map((entry) => (
        <li key={entry.key} role="none" className={entry.separatorBefore ? 'menu-separated' : undefined}>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            aria-disabled={entry.disabled || undefined}
            className={entry.danger ? 'menu-danger' : undefined}
            onClick={() => {
              if (entry.disabled) return;
              close(false);
              entry.run();
            }}
          >
            <span className="menu-check" aria-hidden="true">
              {entry.current ? '✓' : ''}
            </span>
            {entry.label}
            {entry.current ? <span className="visually-hidden"> (current place)</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}

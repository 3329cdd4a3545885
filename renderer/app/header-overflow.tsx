import { Ellipsis } from 'lucide-react';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';

/** One action of the header's overflow menu. */
export interface OverflowItem {
  readonly label: string;
  readonly run: () => void;
  /** The fold level from which this item's header button is hidden and the menu stands for it. */
  readonly fold: FoldLevel;
  /** A line above this item (the start of a new group) when an item precedes it. */
  readonly separatorBefore?: boolean;
}

/**
 * How far the header is folded, lowest-priority controls first (workspace.css keys off the
 * header's `data-fold`): 0 everything with words; 1 the header's secondary buttons (Share, Join,
 * Display) show their icon only; 2 Help goes into the "…" menu; 3 the scenario buttons
 * (Scenarios, Versions, Compare, Export PDF) go there too.
 */
export type FoldLevel = 0 | 1 | 2 | 3;
const MAX_FOLD: FoldLevel = 3;

/** The plan's name keeps at least this much room (in rem) before the header folds further. */
const NAME_ROOM_REM = 18;

/** Whether the header's actions leave the plan's name its room at the fold level now applied. */
function fits(header: HTMLElement): boolean {
  const title = header.querySelector<HTMLElement>('.app-title');
  const name = header.querySelector<HTMLElement>('.scenario-name');
  const actions = header.querySelector<HTMLElement>('.toolbar-actions');
  if (!title || !name || !actions) return true;
  const style = getComputedStyle(header);
  const inner = header.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const gap = parseFloat(style.columnGap) || 0;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  // Everything in the title but the name (the mark, "Remit", the gaps) keeps its size.
  const titleFixed = title.getBoundingClientRect().width - name.getBoundingClientRect().width;
  // The name wants its whole width, up to the room it is promised; a short name needs less.
  const wanted = Math.min(name.scrollWidth + 1, NAME_ROOM_REM * rem);
  return inner - gap - actions.getBoundingClientRect().width - titleFixed >= wanted;
}

/**
 * Folds the header as far as it must, and no further, for its items to fit: measured, not a fixed
 * breakpoint, so a long plan name, a translated label or a sharing session's extra controls fold
 * it sooner and a short name later. Re-measured whenever the header's size or content changes
 * (a ResizeObserver and a MutationObserver); the level is written to `data-fold` before paint.
 */
export function useHeaderFold(headerRef: RefObject<HTMLElement | null>): FoldLevel {
  const [level, setLevel] = useState<FoldLevel>(0);
  useLayoutEffect(() => {
    const header = headerRef.current;
    if (!header) return;
    const measure = () => {
      let next: FoldLevel = 0;
      header.dataset.fold = '0';
      while (next < MAX_FOLD && !fits(header)) {
        next = (next + 1) as FoldLevel;
        header.dataset.fold = String(next);
      }
      setLevel(next);
    };
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(header);
    // Content changes (the plan's name, the save status, sharing) change what must fit; the
    // attribute written above is not observed, so measuring does not trigger itself.
    const mutation = new MutationObserver(measure);
    mutation.observe(header, { childList: true, subtree: true, characterData: true });
    void document.fonts?.ready.then(measure);
    return () => {
      resize.disconnect();
      mutation.disconnect();
    };
  }, [headerRef]);
  return level;
}

/**
 * The header's "…" menu when the header is folded (useHeaderFold; workspace.css shows it and
 * hides the header buttons it stands for). It lists only the items whose buttons are folded away.
 * An ARIA menu button like Help's: arrows, Home/End and Escape; an item closes the menu and puts
 * focus on the "…" button before it runs, so a dialog it opens gives focus back to that button
 * when it closes.
 */
export function HeaderOverflow({
  items,
  level,
}: {
  readonly items: readonly OverflowItem[];
  readonly level: FoldLevel;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const shown = items.filter((item) => level >= item.fold);
  const empty = shown.length === 0;
  // Widened past the fold while open: the buttons are back, the menu has nothing to stand for.
  useEffect(() => {
    if (empty) setOpen(false);
  }, [empty]);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number) => entries[(index + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(entries.length - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
  };

  return (
    <div className="header-overflow">
      <button
        ref={buttonRef}
        type="button"
        className="ghost icon-only"
        aria-label="More actions"
        title="More actions"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <Ellipsis aria-hidden="true" size={18} />
      </button>
      {open ? (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="More actions"
          className="overflow-menu-list"
          onKeyDown={onMenuKey}
        >
          {shown.map((item, index) => (
            <li
              key={item.label}
              role="none"
              className={item.separatorBefore && index > 0 ? 'menu-separator-before' : undefined}
            >
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false);
                  buttonRef.current?.focus();
                  item.run();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

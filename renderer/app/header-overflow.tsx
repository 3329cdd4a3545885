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
 * The fold level at which the header's items fit, searched from the level now applied (fits at
 * level n implies fits at every level above n): up while they do not fit, down while the level
 * below still fits. Writes `data-fold` only to try a level, and leaves the header at the answer;
 * when the level applied is already the answer it reads the layout once and writes nothing.
 */
function foldFor(header: HTMLElement): FoldLevel {
  const apply = (fold: FoldLevel) => {
    if (header.dataset.fold !== String(fold)) header.dataset.fold = String(fold);
  };
  const applied = Number(header.dataset.fold ?? 0);
  let level = (Number.isInteger(applied) && applied >= 0 && applied <= MAX_FOLD ? applied : 0) as FoldLevel;
  apply(level);
  if (fits(header)) {
    while (level > 0) {
      apply((level - 1) as FoldLevel);
      if (!fits(header)) {
        apply(level);
        break;
      }
      level = (level - 1) as FoldLevel;
    }
  } else {
    while (level < MAX_FOLD && !fits(header)) {
      level = (level + 1) as FoldLevel;
      apply(level);
    }
  }
  return level;
}

/**
 * Folds the header as far as it must, and no further, for its items to fit: measured, not a fixed
 * breakpoint, so a long plan name, a translated label or a sharing session's extra controls fold
 * it sooner and a short name later. Measured only from ResizeObserver callbacks, which come in
 * a frame after its layout and before its paint, so measuring never forces a layout of its own
 * (issue 15: a measure in a layout effect forced the page's first style and layout inside the
 * render task of a 300-card load, about 30 ms; one run on every change of the header's content,
 * the save status at every drop among them, forced one in each drop's frame):
 * - the header's own size (the window's width; the first callback comes in the first frame, so
 *   the header is never painted unfolded): folded in that callback;
 * - the size of what must fit in it (the title, the plan's name, the actions: a new name, the
 *   save status, sharing, fonts arriving): folded in the next frame, before it paints, because
 *   folding changes those same boxes and a ResizeObserver does not deliver a change at the
 *   depth it is handling in the same frame (it would report a loop error).
 * `data-fold` is written only when a level is tried, so measuring does not trigger itself.
 */
export function useHeaderFold(headerRef: RefObject<HTMLElement | null>): FoldLevel {
  const [level, setLevel] = useState<FoldLevel>(0);
  useLayoutEffect(() => {
    const header = headerRef.current;
    if (!header) return;
    let frame = 0;
    const measure = () => {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      setLevel(foldFor(header));
    };
    const resize = new ResizeObserver((entries) => {
      if (entries.some((entry) => entry.target === header)) measure();
      else if (!frame) frame = requestAnimationFrame(measure);
    });
    resize.observe(header);
    for (const part of header.querySelectorAll('.app-title, .scenario-name, .toolbar-actions')) resize.observe(part);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      resize.disconnect();
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

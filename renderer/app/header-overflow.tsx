import { Ellipsis } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/** One action of the header's overflow menu. */
export interface OverflowItem {
  readonly label: string;
  readonly run: () => void;
  /** A line above this item (the start of a new group). */
  readonly separatorBefore?: boolean;
}

/**
 * The header's "…" menu on a narrow window (workspace.css shows it below the breakpoint and
 * hides the header buttons it stands for). An ARIA menu button like Help's: arrows, Home/End
 * and Escape; an item closes the menu and puts focus on the "…" button before it runs, so a
 * dialog it opens gives focus back to that button when it closes.
 */
export function HeaderOverflow({ items }: { readonly items: readonly OverflowItem[] }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

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
        <ul ref={menuRef} id={menuId} role="menu" aria-label="More actions" className="overflow-menu-list" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="none" className={item.separatorBefore ? 'menu-separator-before' : undefined}>
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

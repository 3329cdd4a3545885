import { useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Citation } from '../../../shared/guidance/index.js';
import { getPlatform } from '../../platform/bridge.js';
import { onOpenSourceSection } from '../../ui/source-links.js';
import { lazyWithPreload } from '../../ui/lazy-preload.js';
import { HowToDialog } from './how-to.js'; // stays in the first bundle: the first-run guide is on screen

const AboutDialog = lazyWithPreload(async () => (await import('./about-dialog.js')).AboutDialog);
const SourcesDialog = lazyWithPreload(async () => (await import('./sources-dialog.js')).SourcesDialog);

/** Fetches the Help dialogs ahead of need (see app/workspace). */
export const preloadHelp = () => Promise.all([AboutDialog.preload(), SourcesDialog.preload()]);
import './help.css';

/** The dialogs of the Help menu. */
export type HelpDialog = 'howto' | 'about' | 'sources';

type Open = { readonly dialog: HelpDialog; readonly fromMenu: boolean; readonly section?: Citation } | null;

const ITEMS = [
  { dialog: 'about', label: 'About Remit' },
  { dialog: 'sources', label: 'Sources' },
  { dialog: 'howto', label: 'How Remit works' },
] as const;

/** What app/'s menu router can ask of the Help entry. */
export interface HelpEntryHandle {
  /** Opens How Remit works, About Remit or Sources (focus returns where it was on close). */
  readonly open: (dialog: HelpDialog) => void;
}

/**
 * The toolbar's Help menu (About Remit, Sources); `ref` lets the native Help menu (routed in
 * app/) open the same dialogs. The browser has no native menu, so the toolbar menu is the way there.
 * An ARIA menu button: arrows, Home/End move, Escape closes and returns focus to the button.
 */
export function HelpEntry({ ref }: { readonly ref?: Ref<HelpEntryHandle> }) {
  const platform = getPlatform();
  const [menuOpen, setMenuOpen] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  useImperativeHandle(ref, () => ({ open: (dialog) => setOpen({ dialog, fromMenu: false }) }), []);

  // ? opens How Remit works (not while typing, not over another dialog).
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen({ dialog: 'howto', fromMenu: false });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A citation link anywhere (the guidance panel) opens Sources at its section; focus then
  // returns to the link when the dialog closes.
  useEffect(() => onOpenSourceSection((section) => setOpen({ dialog: 'sources', fromMenu: false, section })), []);

  useEffect(() => {
    if (!menuOpen) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setMenuOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [menuOpen]);

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape') {
      setMenuOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === 'Tab') {
      setMenuOpen(false);
      return;
    } else return;
    event.preventDefault();
  };

  // Opened from the toolbar menu, focus returns to the Help button (the menu item is gone by then).
  const returnFocus = open?.fromMenu ? () => buttonRef.current : undefined;
  const close = () => setOpen(null);

  return (
    <div className="help-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        aria-controls={menuOpen ? menuId : undefined}
        onClick={() => setMenuOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setMenuOpen(true);
          }
        }}
      >
        Help
      </button>
      {menuOpen ? (
        <ul ref={menuRef} id={menuId} role="menu" aria-label="Help" className="help-menu-list" onKeyDown={onMenuKey}>
          {ITEMS.map((item) => (
            <li key={item.dialog} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setMenuOpen(false);
                  setOpen({ dialog: item.dialog, fromMenu: true });
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {open?.dialog === 'howto' ? <HowToDialog onClose={close} returnFocus={returnFocus} /> : null}
      {open?.dialog === 'about' ? (
        <AboutDialog
          platform={platform}
          onClose={close}
          returnFocus={returnFocus}
          onShowSources={() => setOpen({ dialog: 'sources', fromMenu: open.fromMenu })}
        />
      ) : null}
      {open?.dialog === 'sources' ? <SourcesDialog platform={platform} onClose={close} returnFocus={returnFocus} section={open.section ?? null} /> : null}
    </div>
  );
}

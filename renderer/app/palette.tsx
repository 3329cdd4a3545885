import { useEffect, useState } from 'react';
import type { ResponsibilityId } from '../../shared/model/index.js';
import { lazyWithPreload } from '../ui/lazy-preload.js';

/** What the palette runs besides the card moves: the workspace's actions, by name. */
export interface PaletteTargets {
  readonly addResponsibility: () => void;
  readonly addFromCatalog: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly openLibrary: (start: 'list' | 'new' | 'import' | 'backup' | 'restore') => void;
  readonly exportScenario: () => void;
  readonly openVersions: () => void;
  readonly openCompare: () => void;
  readonly exportPdf: () => void;
  readonly toggleGuidance: () => void;
  readonly openHelp: (dialog: 'howto' | 'about' | 'sources') => void;
  readonly share: () => void;
  readonly join: () => void;
  readonly stopSharing: () => void;
}

// The palette itself is opened on demand: out of the first bundle, fetched when idle.
const PaletteBody = lazyWithPreload(async () => (await import('./palette-body.js')).PaletteBody);

/** Fetches the command palette ahead of need (see app/workspace). */
export const preloadPalette = () => PaletteBody.preload();

/** The card whose handle (or menu) has focus, if any. */
function focusedCardId(): ResponsibilityId | null {
  const card = document.activeElement?.closest<HTMLElement>('[data-card-id]');
  return (card?.dataset.cardId as ResponsibilityId | undefined) ?? null;
}

/**
 * Ctrl/Cmd+K opens the command palette: every workspace action by name, and, when a card has
 * focus, moving that card to any lane (the same command as the card menu, one undo step).
 */
export function PaletteHost({ targets }: { readonly targets: PaletteTargets }) {
  const [open, setOpen] = useState<{ readonly cardId: ResponsibilityId | null } | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen({ cardId: focusedCardId() });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!open) return null;
  return <PaletteBody targets={targets} cardId={open.cardId} onClose={() => setOpen(null)} />;
}

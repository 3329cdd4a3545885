import type { Lane, ResponsibilityId, Role } from '../../shared/model/index.js';
import { focusCardSoon } from '../state/board-view.js';
import { useStore } from '../state/use-store.js';
import { useSharedPlan } from '../state/presence.js';
import { useAnnounce } from '../ui/announcer.js';
import { setAppearance } from '../ui/appearance.js';
import { CommandPalette, type PaletteAction } from '../ui/command-palette.js';
import { laneName } from '../ui/lane-name.js';
import { useToast } from '../ui/toast.js';
import type { PaletteTargets } from './palette.js';

const MOVES: readonly { readonly lane: Lane; readonly lead?: Role; readonly label: string }[] = [
  { lane: 'CIO', label: 'to CIO' },
  { lane: 'Shared', lead: 'CIO', label: 'to Shared, CIO leads' },
  { lane: 'Shared', lead: 'CTO', label: 'to Shared, CTO leads' },
  { lane: 'CTO', label: 'to CTO' },
  { lane: 'Unassigned', label: 'to Unassigned' },
];

/**
 * The open command palette (palette.tsx opens it): every workspace action by name, and, when a
 * card had focus, moving that card to any lane. Its own chunk, fetched when the browser is first
 * idle (not part of the first load).
 */
export function PaletteBody({
  targets,
  cardId,
  onClose,
}: {
  readonly targets: PaletteTargets;
  readonly cardId: ResponsibilityId | null;
  readonly onClose: () => void;
}) {
  const store = useStore();
  const announce = useAnnounce();
  const toast = useToast();
  const shared = useSharedPlan();
  const item = cardId ? store.getState().scenario.responsibilities.find((entry) => entry.id === cardId) : undefined;
  const cardActions: PaletteAction[] = item
    ? MOVES.filter((move) => move.lane !== item.owner || (move.lane === 'Shared' && move.lead !== item.lead)).map((move) => ({
        id: `move-${move.lane}-${move.lead ?? ''}`,
        group: `“${item.title}”`,
        label: `Move ${move.label}`,
        keywords: ['move', 'card', move.lane],
        run: () => {
          const changed =
            item.owner === 'Shared' && move.lane === 'Shared' && move.lead
              ? store.dispatch({ type: 'responsibility/set-lead', id: item.id, lead: move.lead })
              : store.dispatch({ type: 'responsibility/move', id: item.id, to: move.lane, ...(move.lead ? { lead: move.lead } : {}) });
          if (!changed) return;
          const said = `${item.title} moved to ${laneName(move.lane)}${move.lead ? `, ${move.lead} leads` : ''}.`;
          announce(said);
          toast(said, {
            label: 'Undo',
            run: () => {
              if (store.undo()) focusCardSoon(item.id);
            },
          });
          focusCardSoon(item.id);
        },
      }))
    : [];
  const actions: PaletteAction[] = [
    ...cardActions,
    { id: 'add', group: 'Plan', label: 'Add responsibility', shortcut: 'N', keywords: ['new card'], run: targets.addResponsibility },
    { id: 'catalog', group: 'Plan', label: 'Add from catalog', run: targets.addFromCatalog },
    { id: 'undo', group: 'Plan', label: 'Undo', shortcut: 'Ctrl+Z', run: targets.undo },
    { id: 'redo', group: 'Plan', label: 'Redo', shortcut: 'Ctrl+Shift+Z', run: targets.redo },
    { id: 'versions', group: 'Plan', label: 'Versions…', keywords: ['snapshot', 'restore'], run: targets.openVersions },
    { id: 'compare', group: 'Plan', label: 'Compare scenarios…', run: targets.openCompare },
    { id: 'pdf', group: 'Plan', label: 'Export PDF…', keywords: ['print'], run: targets.exportPdf },
    ...(shared
      ? [{ id: 'stop-sharing', group: 'Plan', label: 'Stop sharing', keywords: ['share', 'disconnect'], run: targets.stopSharing }]
      : [
          { id: 'share', group: 'Plan', label: 'Share…', keywords: ['together', 'collaborate', 'server'], run: targets.share },
          { id: 'join', group: 'Plan', label: 'Join a shared plan…', keywords: ['together', 'link'], run: targets.join },
        ]),
    { id: 'scenarios', group: 'Scenarios', label: 'Open the scenario list', keywords: ['library'], run: () => targets.openLibrary('list') },
    { id: 'new', group: 'Scenarios', label: 'New scenario…', run: () => targets.openLibrary('new') },
    { id: 'import', group: 'Scenarios', label: 'Import a scenario file…', run: () => targets.openLibrary('import') },
    { id: 'export', group: 'Scenarios', label: 'Export the open scenario', run: targets.exportScenario },
    { id: 'backup', group: 'Scenarios', label: 'Back up all data', run: () => targets.openLibrary('backup') },
    { id: 'restore', group: 'Scenarios', label: 'Restore from a backup…', run: () => targets.openLibrary('restore') },
    { id: 'panel', group: 'View', label: 'Show or hide the guidance panel', keywords: ['findings'], run: targets.toggleGuidance },
    { id: 'search', group: 'View', label: 'Search cards', run: () => document.querySelector<HTMLInputElement>('input[type="search"]')?.focus() },
    { id: 'light', group: 'View', label: 'Theme: light', run: () => setAppearance({ theme: 'light' }) },
    { id: 'dark', group: 'View', label: 'Theme: dark', run: () => setAppearance({ theme: 'dark' }) },
    { id: 'system', group: 'View', label: 'Theme: as the system', run: () => setAppearance({ theme: 'system' }) },
    { id: 'compact', group: 'View', label: 'Cards: compact', keywords: ['density'], run: () => setAppearance({ density: 'compact' }) },
    { id: 'comfortable', group: 'View', label: 'Cards: comfortable', keywords: ['density'], run: () => setAppearance({ density: 'comfortable' }) },
    { id: 'howto', group: 'Help', label: 'How Remit works', shortcut: '?', keywords: ['shortcuts', 'keyboard'], run: () => targets.openHelp('howto') },
    { id: 'sources', group: 'Help', label: 'Sources', run: () => targets.openHelp('sources') },
    { id: 'about', group: 'Help', label: 'About Remit', run: () => targets.openHelp('about') },
  ];
  return <CommandPalette actions={actions} onClose={onClose} />;
}

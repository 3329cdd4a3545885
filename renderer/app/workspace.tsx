import { ListPlus, PanelRight, Plus, Redo2, Search, Undo2 } from 'lucide-react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { AnnouncerProvider, useAnnounce } from '../ui/announcer.js';
import { Board } from '../features/board/board.js';
import { BoardViewProvider, useBoardView, useBoardViewActions } from '../state/board-view.js';
import { AddCardProvider } from '../features/editor/add-card.js';
import { useAddActions } from '../state/editing-actions.js';
import { CardEditorProvider } from '../features/editor/card-editor.js';
import { CompareEntry, preloadCompare, type CompareEntryHandle } from '../features/compare/compare-entry.js';
import { LibraryEntry, preloadLibrary, type LibraryEntryHandle } from '../features/library/library-entry.js';
import { GuidanceProvider } from '../state/guidance-context.js';
import { GuidancePanel } from '../features/guidance-panel/guidance-panel.js';
import { HelpEntry, preloadHelp, type HelpEntryHandle } from '../features/help/help-entry.js';
import { FirstRunGuide } from '../features/help/how-to.js';
import { ExportPdf, preloadExportPdf, type ExportPdfHandle } from '../features/print/export-pdf.js';
import { SharedPlanBanner, ShareEntry, type ShareEntryHandle } from '../features/share/share-entry.js';
import { getPlatform } from '../platform/bridge.js';
import { useStore, useStoreState } from '../state/use-store.js';
import { setAppearance } from '../ui/appearance.js';
import { lazyWithPreload, preloadWhenIdle } from '../ui/lazy-preload.js';
import { DisplaySettings } from '../ui/display-settings.js';
import { routeMenuCommand, type MenuTargets } from './menu-router.js';
import { HeaderOverflow, useHeaderFold } from './header-overflow.js';
import { SaveIndicator } from './save-indicator.js';
import { PaletteHost, preloadPalette } from './palette.js';
import { StatusLine } from './status-line.js';
import './workspace.css';

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Undo and redo of the open plan, each announced; shared by the toolbar, the keys and the menu. */
function useHistoryActions(): { readonly undo: () => void; readonly redo: () => void } {
  const store = useStore();
  const announce = useAnnounce();
  const undo = useCallback(() => {
    if (store.undo()) announce(store.getState().lastAction ?? '');
  }, [store, announce]);
  const redo = useCallback(() => {
    if (store.redo()) announce(store.getState().lastAction ?? '');
  }, [store, announce]);
  return useMemo(() => ({ undo, redo }), [undo, redo]);
}

// The same element every render: React skips an element it rendered last time, so an edit (whose
// undo label re-renders the buttons) does not rebuild the icons' SVG (4 components per edit).
const UNDO_ICON = <Undo2 aria-hidden="true" size={16} />;
const REDO_ICON = <Redo2 aria-hidden="true" size={16} />;

function UndoRedo({ undo, redo }: { readonly undo: () => void; readonly redo: () => void }) {
  const undoLabel = useStoreState((state) => state.history.past.at(-1)?.label ?? null);
  const redoLabel = useStoreState((state) => state.history.future.at(-1)?.label ?? null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditable(event.target)) return;
      // A modal dialog owns the keyboard; undoing behind it would change what it shows.
      if (document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <div className="toolbar-group" role="group" aria-label="History">
      <button
        type="button"
        className="icon-button"
        onClick={undo}
        disabled={!undoLabel}
        title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        {UNDO_ICON}
        <span className="collapsible-label">Undo</span>
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={redo}
        disabled={!redoLabel}
        title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
      >
        {REDO_ICON}
        <span className="collapsible-label">Redo</span>
      </button>
    </div>
  );
}

function SearchCards() {
  const { query } = useBoardView();
  const { setQuery } = useBoardViewActions();
  const id = useId();
  return (
    <div className="search-field">
      <label htmlFor={id} className="visually-hidden">
        Search cards
      </label>
      <Search aria-hidden="true" size={14} />
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Title or note"
        className="search-input"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            setQuery('');
          }
        }}
      />
    </div>
  );
}

function AddButtons() {
  const { addResponsibility, addFromCatalog } = useAddActions();
  // N adds a responsibility from anywhere on the board (not while typing or in a dialog).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || event.altKey || event.repeat)
        return;
      if (isEditable(event.target) || document.querySelector('dialog[open]') || event.defaultPrevented)
        return;
      event.preventDefault();
      addResponsibility();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [addResponsibility]);
  return (
    <div className="toolbar-group" role="group" aria-label="Add">
      <button
        type="button"
        className="icon-button primary"
        onClick={addResponsibility}
        data-focus-home=""
        aria-keyshortcuts="N"
        title="Add responsibility (N)"
      >
        <Plus aria-hidden="true" size={16} />
        Add responsibility
      </button>
      <button type="button" className="icon-button" onClick={addFromCatalog}>
        <ListPlus aria-hidden="true" size={16} />
        Add from catalog
      </button>
    </div>
  );
}

/** How many times a workspace has mounted: the first is the app's start, later ones a switch. */
let workspaceMounts = 0;

/**
 * After a scenario switch (create, open, import as new, a deleted open plan) the workspace
 * mounts afresh and the button that started it is gone: focus goes to "Add responsibility",
 * the next thing to do in a plan, never to <body>. At start-up focus is left where it is.
 */
function useFocusHomeAfterSwitch(): void {
  useEffect(() => {
    workspaceMounts += 1;
    if (workspaceMounts === 1) return;
    const frame = requestAnimationFrame(() => {
      if (document.activeElement === null || document.activeElement === document.body) {
        document.querySelector<HTMLElement>('[data-focus-home]')?.focus();
      }
    });
    return () => cancelAnimationFrame(frame);
  }, []);
}

/** Below this width the guidance panel is a drawer over the board (see workspace.css). */
// Opened on demand (from the versions dialog), so out of the first bundle; fetched on idle.
const ScenarioComparison = lazyWithPreload(async () => (await import('../features/compare/comparison-view.js')).ScenarioComparison);

const DRAWER_QUERY = '(max-width: 1099px)';

/**
 * Routes the native menu's commands (Electron) for as long as the workspace is shown: one
 * subscription, one exhaustive switch (menu-router.ts).
 */
function useMenuCommands(targets: MenuTargets): void {
  const latest = useRef(targets);
  latest.current = targets;
  useEffect(() => getPlatform().onMenuCommand((command) => routeMenuCommand(command, latest.current)), []);
}

/** The workspace's content; inside the announcer so undo and redo can announce. */
function WorkspaceBody() {
  const name = useStoreState((state) => state.scenario.name);
  useFocusHomeAfterSwitch();
  // After first paint, fetch what the header's dialogs need so opening one has no wait.
  useEffect(() => preloadWhenIdle([preloadCompare, preloadLibrary, preloadHelp, preloadExportPdf, ScenarioComparison.preload, preloadPalette]), []);
  // A drawer starts closed: on a small window the board comes first.
  const [panelOpen, setPanelOpen] = useState(() => !window.matchMedia(DRAWER_QUERY).matches);
  const panelId = useId();
  const panelToggleId = useId();
  const history = useHistoryActions();
  const library = useRef<LibraryEntryHandle>(null);
  const exportPdf = useRef<ExportPdfHandle>(null);
  const help = useRef<HelpEntryHandle>(null);
  const compare = useRef<CompareEntryHandle>(null);
  const share = useRef<ShareEntryHandle>(null);
  const header = useRef<HTMLElement>(null);
  const fold = useHeaderFold(header);
  const { addResponsibility, addFromCatalog } = useAddActions();
  // The platform already sent the menu's Undo/Redo to a focused text field's own undo when one
  // has focus; what arrives here is meant for the plan, unless a modal dialog owns the page.
  const outsideDialogs = (action: () => void) => () => {
    if (!document.querySelector('dialog[open]')) action();
  };
  useMenuCommands({
    undo: outsideDialogs(history.undo),
    redo: outsideDialogs(history.redo),
    toggleGuidance: () => setPanelOpen((open) => !open),
    openLibrary: (start) => library.current?.open(start),
    exportScenario: () => library.current?.exportScenario(),
    exportPdf: () => exportPdf.current?.open(),
    openHelp: (dialog) => help.current?.open(dialog),
    setTheme: (theme) => setAppearance({ theme }),
    share: (action) => (action === 'stop' ? share.current?.stopSharing() : share.current?.open(action)),
  });
  // The window title names the plan (the header may cut a long name short).
  useEffect(() => {
    document.title = `${name} — Remit`;
  }, [name]);
  // Escape closes the drawer (not the docked panel) and gives focus back to its button.
  const onBodyKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape' || !panelOpen || !window.matchMedia(DRAWER_QUERY).matches) return;
    if (!(event.target instanceof Node) || !document.getElementById(panelId)?.contains(event.target)) return;
    if (event.defaultPrevented) return;
    setPanelOpen(false);
    document.getElementById(panelToggleId)?.focus();
  };
  return (
    <div className="workspace">
      <header className="toolbar" ref={header}>
        <h1 className="app-title">
          <span className="app-name">Remit</span>{' '}
          <span className="scenario-name" title={name}>
            {name}
          </span>
        </h1>
        <div className="toolbar-actions">
          {/* Scenario-level actions (library, compare, export) go in this group. */}
          <div
            className="toolbar-group header-fold-3"
            role="group"
            aria-label="Scenario"
            data-toolbar-slot="scenario"
          >
            <LibraryEntry
              ref={library}
              renderComparison={(scenarios) => <ScenarioComparison scenarios={scenarios} />}
            />
            <CompareEntry ref={compare} />
            <ExportPdf ref={exportPdf} />
          </div>
          <ShareEntry ref={share} />
          <SaveIndicator />
          <DisplaySettings />
          <div className="header-fold-2">
            <HelpEntry ref={help} />
          </div>
          {/* When the header's items do not fit (useHeaderFold), the buttons above fold into this menu. */}
          <HeaderOverflow
            level={fold}
            items={[
              { label: 'Scenarios…', run: () => library.current?.open('list'), fold: 3 },
              { label: 'Versions…', run: () => library.current?.openVersions(), fold: 3 },
              { label: 'Compare…', run: () => compare.current?.open(), fold: 3 },
              { label: 'Export PDF…', run: () => exportPdf.current?.open(), fold: 3 },
              {
                label: 'How Remit works',
                run: () => help.current?.open('howto'),
                fold: 2,
                separatorBefore: true,
              },
              { label: 'Sources', run: () => help.current?.open('sources'), fold: 2 },
              { label: 'About Remit', run: () => help.current?.open('about'), fold: 2 },
            ]}
          />
        </div>
      </header>
      {/* The canvas's own controls: editing, history, search, the guidance panel. */}
      <div className="canvas-toolbar">
        <AddButtons />
        <UndoRedo undo={history.undo} redo={history.redo} />
        <div className="canvas-toolbar-end">
          <SearchCards />
          <button
            id={panelToggleId}
            type="button"
            className="icon-button"
            aria-expanded={panelOpen}
            aria-controls={panelOpen ? panelId : undefined}
            onClick={() => setPanelOpen((open) => !open)}
          >
            <PanelRight aria-hidden="true" size={16} />
            Guidance panel
          </button>
        </div>
      </div>
      <SharedPlanBanner />
      <div className="workspace-body" onKeyDown={onBodyKeyDown}>
        <main className="canvas" aria-label="Planning canvas">
          <div className="canvas-scroll">
            <FirstRunGuide onHowTo={() => help.current?.open('howto')} />
            <Board />
          </div>
          <StatusLine />
        </main>
        {panelOpen ? <GuidancePanel id={panelId} /> : null}
      </div>
      <PaletteHost
        targets={{
          addResponsibility,
          addFromCatalog,
          undo: history.undo,
          redo: history.redo,
          openLibrary: (start) => library.current?.open(start),
          exportScenario: () => library.current?.exportScenario(),
          openVersions: () => library.current?.openVersions(),
          openCompare: () => compare.current?.open(),
          exportPdf: () => exportPdf.current?.open(),
          toggleGuidance: () => setPanelOpen((open) => !open),
          openHelp: (dialog) => help.current?.open(dialog),
          share: () => share.current?.open('share'),
          join: () => share.current?.open('join'),
          stopSharing: () => share.current?.stopSharing(),
        }}
      />
    </div>
  );
}

/** The main screen: toolbar, board, guidance panel and status, with the providers they share. */
export function Workspace() {
  return (
    <AnnouncerProvider>
      <BoardViewProvider>
        <GuidanceProvider>
          <CardEditorProvider>
            <AddCardProvider>
              <WorkspaceBody />
            </AddCardProvider>
          </CardEditorProvider>
        </GuidanceProvider>
      </BoardViewProvider>
    </AnnouncerProvider>
  );
}

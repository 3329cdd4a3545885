import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { AnnouncerProvider, useAnnounce } from '../ui/announcer.js';
import { Board } from '../features/board/board.js';
import { BoardViewProvider, useBoardView, useBoardViewActions } from '../state/board-view.js';
import { AddCardProvider } from '../features/editor/add-card.js';
import { useAddActions } from '../state/editing-actions.js';
import { CardEditorProvider } from '../features/editor/card-editor.js';
import { CompareEntry } from '../features/compare/compare-entry.js';
import { LibraryEntry, type LibraryEntryHandle } from '../features/library/library-entry.js';
import { GuidanceProvider } from '../state/guidance-context.js';
import { GuidancePanel } from '../features/guidance-panel/guidance-panel.js';
import { HelpEntry, type HelpEntryHandle } from '../features/help/help-entry.js';
import { ExportPdf, type ExportPdfHandle } from '../features/print/export-pdf.js';
import { getPlatform } from '../platform/bridge.js';
import { useStore, useStoreState } from '../state/use-store.js';
import { routeMenuCommand, type MenuTargets } from './menu-router.js';
import { SaveIndicator } from './save-indicator.js';
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
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path d="M5.5 3 2 6.5 5.5 10M2.5 6.5H10a4 4 0 0 1 0 8H7" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        Undo
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={redo}
        disabled={!redoLabel}
        title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path d="M10.5 3 14 6.5 10.5 10M13.5 6.5H6a4 4 0 0 0 0 8h3" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        Redo
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
      <label htmlFor={id}>
        Search<span className="visually-hidden"> cards</span>
      </label>
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
  return (
    <div className="toolbar-group" role="group" aria-label="Add">
      <button type="button" className="icon-button" onClick={addResponsibility}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path d="M8 2.5v11M2.5 8h11" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
        Add responsibility
      </button>
      <button type="button" onClick={addFromCatalog}>
        Add from catalog
      </button>
    </div>
  );
}

function LastAction() {
  const lastAction = useStoreState((state) => state.lastAction);
  return (
    <p className="last-action">
      {lastAction ?? ''}
    </p>
  );
}

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
  const [panelOpen, setPanelOpen] = useState(true);
  const panelId = useId();
  const history = useHistoryActions();
  const library = useRef<LibraryEntryHandle>(null);
  const exportPdf = useRef<ExportPdfHandle>(null);
  const help = useRef<HelpEntryHandle>(null);
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
  });
  return (
    <div className="workspace">
      <header className="toolbar">
        <h1 className="app-title">
          Remit <span className="scenario-name">{name}</span>
        </h1>
        <div className="toolbar-actions">
          {/* Scenario-level actions (library, compare, export) go in this group. */}
          <div className="toolbar-group" role="group" aria-label="Scenario" data-toolbar-slot="scenario">
            <LibraryEntry ref={library} />
            <CompareEntry />
            <ExportPdf ref={exportPdf} />
          </div>
          <SaveIndicator />
          <HelpEntry ref={help} />
        </div>
      </header>
      {/* The canvas's own controls: editing, history, search, the guidance panel. */}
      <div className="canvas-toolbar">
        <AddButtons />
        <UndoRedo undo={history.undo} redo={history.redo} />
        <div className="canvas-toolbar-end">
          <SearchCards />
          <button
            type="button"
            aria-expanded={panelOpen}
            aria-controls={panelOpen ? panelId : undefined}
            onClick={() => setPanelOpen((open) => !open)}
          >
            Guidance panel
          </button>
        </div>
      </div>
      <div className="workspace-body">
        <main className="canvas" aria-label="Planning canvas">
          <Board />
          <LastAction />
        </main>
        {panelOpen ? <GuidancePanel id={panelId} /> : null}
      </div>
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

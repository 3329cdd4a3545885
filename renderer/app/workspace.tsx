import { useCallback, useEffect, useId, useState } from 'react';
import { AnnouncerProvider, useAnnounce } from '../features/board/announcer.js';
import { Board } from '../features/board/board.js';
import { BoardViewProvider, useBoardView, useBoardViewActions } from '../features/board/board-view.js';
import { AddCardProvider, useAddActions } from '../features/editor/add-card.js';
import { CardEditorProvider } from '../features/editor/card-editor.js';
import { CompareEntry } from '../features/compare/compare-entry.js';
import { LibraryEntry } from '../features/library/library-entry.js';
import { GuidanceProvider } from '../features/guidance-panel/guidance-context.js';
import { GuidancePanel } from '../features/guidance-panel/guidance-panel.js';
import { HelpEntry } from '../features/help/help-entry.js';
import { ExportPdf } from '../features/print/export-pdf.js';
import { getPlatform } from '../platform/bridge.js';
import { useStore, useStoreState } from '../state/use-store.js';
import { SaveIndicator } from './save-indicator.js';
import './workspace.css';

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function UndoRedo() {
  const store = useStore();
  const announce = useAnnounce();
  const undoLabel = useStoreState((state) => state.history.past.at(-1)?.label ?? null);
  const redoLabel = useStoreState((state) => state.history.future.at(-1)?.label ?? null);

  const undo = useCallback(() => {
    if (store.undo()) announce(store.getState().lastAction ?? '');
  }, [store, announce]);
  const redo = useCallback(() => {
    if (store.redo()) announce(store.getState().lastAction ?? '');
  }, [store, announce]);

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

  // The native menu's Undo/Redo (Electron). The platform already sent them to a focused text
  // field's own undo when one has focus; what arrives here is meant for the plan.
  useEffect(
    () =>
      getPlatform().onMenuCommand((command) => {
        if (document.querySelector('dialog[open]')) return;
        if (command === 'edit:undo') undo();
        else if (command === 'edit:redo') redo();
      }),
    [undo, redo],
  );

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

/** The main screen: toolbar, board, guidance panel and status. */
export function Workspace() {
  const name = useStoreState((state) => state.scenario.name);
  const [panelOpen, setPanelOpen] = useState(true);
  const panelId = useId();
  // The native View menu's "Guidance panel" does what the toolbar button does.
  useEffect(
    () =>
      getPlatform().onMenuCommand((command) => {
        if (command === 'view:toggle-guidance') setPanelOpen((open) => !open);
      }),
    [],
  );
  return (
    <AnnouncerProvider>
      <BoardViewProvider>
        <GuidanceProvider>
          <CardEditorProvider>
            <AddCardProvider>
              <div className="workspace">
                <header className="toolbar">
                  <h1 className="app-title">
                    Remit <span className="scenario-name">{name}</span>
                  </h1>
                  <div className="toolbar-actions">
                    {/* Scenario-level actions (library, compare, export) go in this group. */}
                    <div className="toolbar-group" role="group" aria-label="Scenario" data-toolbar-slot="scenario">
                      <LibraryEntry />
                      <CompareEntry />
                      <ExportPdf />
                    </div>
                    <SaveIndicator />
                    <HelpEntry />
                  </div>
                </header>
                {/* The canvas's own controls: editing, history, search, the guidance panel. */}
                <div className="canvas-toolbar">
                  <AddButtons />
                  <UndoRedo />
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
            </AddCardProvider>
          </CardEditorProvider>
        </GuidanceProvider>
      </BoardViewProvider>
    </AnnouncerProvider>
  );
}

import { useEffect } from 'react';
import { Board } from '../features/board/board.js';
import { useStore, useStoreState } from '../state/use-store.js';
import { SaveIndicator } from './save-indicator.js';

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The main screen: toolbar, board and status. */
export function Workspace() {
  const store = useStore();
  const name = useStoreState((state) => state.scenario.name);
  const canUndo = useStoreState((state) => state.history.past.length > 0);
  const canRedo = useStoreState((state) => state.history.future.length > 0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isEditable(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        store.undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        store.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <div className="workspace">
      <header className="toolbar">
        <h1 className="app-title">
          Remit <span className="scenario-name">{name}</span>
        </h1>
        <div className="toolbar-actions">
          <button type="button" onClick={store.undo} disabled={!canUndo}>
            Undo
          </button>
          <button type="button" onClick={store.redo} disabled={!canRedo}>
            Redo
          </button>
          <SaveIndicator />
        </div>
      </header>
      <main className="canvas" aria-label="Planning canvas">
        <Board />
      </main>
    </div>
  );
}

import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ResponsibilityId } from '../../../shared/model/index.js';
import { cardHandle } from '../board/board-view.js';
import { useStore } from '../../state/use-store.js';
import { TEXT_LIMITS } from './char-limit.js';
import { TextDialog } from './text-dialog.js';

/** Stable openers for the card editing dialogs. */
export interface CardEditor {
  readonly rename: (id: ResponsibilityId) => void;
  readonly annotate: (id: ResponsibilityId) => void;
}

type Editing = { readonly kind: 'rename' | 'annotate'; readonly id: ResponsibilityId } | null;

const EditorContext = createContext<CardEditor | null>(null);

/** Hosts the rename and note dialogs; each saved dialog is one command and one undo step. */
export function CardEditorProvider({ children }: { readonly children: ReactNode }) {
  const store = useStore();
  const [editing, setEditing] = useState<Editing>(null);
  const editor = useMemo<CardEditor>(
    () => ({
      rename: (id) => setEditing({ kind: 'rename', id }),
      annotate: (id) => setEditing({ kind: 'annotate', id }),
    }),
    [],
  );
  const item = editing ? store.getState().scenario.responsibilities.find((candidate) => candidate.id === editing.id) : undefined;
  const close = () => setEditing(null);
  const returnFocus = () => (editing ? cardHandle(editing.id) : null);
  return (
    <EditorContext.Provider value={editor}>
      {children}
      {editing?.kind === 'rename' && item ? (
        <TextDialog
          title="Rename responsibility"
          label="Title"
          initial={item.title}
          submitLabel="Rename"
          required
          maxLength={TEXT_LIMITS.title}
          returnFocus={returnFocus}
          onClose={close}
          onSubmit={(title) => {
            store.dispatch({ type: 'responsibility/rename', id: item.id, title });
            close();
          }}
        />
      ) : null}
      {editing?.kind === 'annotate' && item ? (
        <TextDialog
          title={`Note on “${item.title}”`}
          label="Note"
          description="A short remark shown on the card, e.g. a decision date or who to ask. Leave it empty to remove the note."
          initial={item.note ?? ''}
          submitLabel="Save note"
          multiline
          maxLength={TEXT_LIMITS.note}
          returnFocus={returnFocus}
          onClose={close}
          onSubmit={(note) => {
            store.dispatch({ type: 'responsibility/annotate', id: item.id, note });
            close();
          }}
        />
      ) : null}
    </EditorContext.Provider>
  );
}

/** The card editing dialogs' openers. Throws outside {@link CardEditorProvider}. */
export function useCardEditor(): CardEditor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useCardEditor needs a CardEditorProvider');
  return editor;
}

import { useMemo, useState, type ReactNode } from 'react';
import type { ResponsibilityId } from '../../../shared/model/index.js';
import { cardHandle } from '../../state/board-view.js';
import { CardEditorContext, type CardEditor } from '../../state/editing-actions.js';
import { useStore } from '../../state/use-store.js';
import { TEXT_LIMITS } from '../../ui/character-count.js';
import { TextDialog } from '../../ui/text-dialog.js';

type Editing = { readonly kind: 'rename' | 'annotate'; readonly id: ResponsibilityId } | null;

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
    <CardEditorContext.Provider value={editor}>
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
    </CardEditorContext.Provider>
  );
}

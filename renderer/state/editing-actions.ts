import { createContext, useContext } from 'react';
import type { ResponsibilityId } from '../../shared/model/index.js';

/**
 * The editor feature's openers, offered to the rest of the app: the board's empty lanes and
 * card menus open the editor's dialogs without importing the editor. The editor provides them.
 */

/** Stable openers for the add dialogs, for the toolbar and empty states. */
export interface AddActions {
  readonly addResponsibility: () => void;
  readonly addFromCatalog: () => void;
}

/** Stable openers for the card editing dialogs. */
export interface CardEditor {
  readonly rename: (id: ResponsibilityId) => void;
  readonly annotate: (id: ResponsibilityId) => void;
}

/** Provided by the editor's `AddCardProvider`. */
export const AddActionsContext = createContext<AddActions | null>(null);

/** Provided by the editor's `CardEditorProvider`. */
export const CardEditorContext = createContext<CardEditor | null>(null);

/** Openers of the add dialogs. Throws outside the editor's provider. */
export function useAddActions(): AddActions {
  const actions = useContext(AddActionsContext);
  if (!actions) throw new Error('useAddActions needs an AddCardProvider');
  return actions;
}

/** The card editing dialogs' openers. Throws outside the editor's provider. */
export function useCardEditor(): CardEditor {
  const editor = useContext(CardEditorContext);
  if (!editor) throw new Error('useCardEditor needs a CardEditorProvider');
  return editor;
}

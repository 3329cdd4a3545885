import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ResponsibilityId } from '../../shared/model/index.js';

/** How the board is being looked at: search text, the findings filter, the highlighted card. */
export interface BoardView {
  readonly query: string;
  readonly findingsOnly: boolean;
  readonly highlightedId: ResponsibilityId | null;
}

/** Stable setters for {@link BoardView}; safe to use from memoized components. */
export interface BoardViewActions {
  readonly setQuery: (query: string) => void;
  readonly setFindingsOnly: (on: boolean) => void;
  /** Highlights a card, scrolls it into view and focuses it (null clears the highlight). */
  readonly highlight: (id: ResponsibilityId | null) => void;
}

const ViewContext = createContext<BoardView>({ query: '', findingsOnly: false, highlightedId: null });
const ActionsContext = createContext<BoardViewActions | null>(null);

/** The DOM node of a card's drag handle (the focusable part), by responsibility id. */
export function cardHandle(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"] [data-card-handle]`);
}

/** Focuses a card after React has rendered its new place (it may have moved lanes). */
export function focusCardSoon(id: string): void {
  requestAnimationFrame(() => {
    const handle = cardHandle(id);
    if (!handle) return;
    handle.focus({ preventScroll: true });
    handle.scrollIntoView({ block: 'nearest' });
  });
}

/** Holds the ephemeral view state of the board. Never a command: it is not part of the plan. */
export function BoardViewProvider({ children }: { readonly children: ReactNode }) {
  const [query, setQuery] = useState('');
  const [findingsOnly, setFindingsOnly] = useState(false);
  const [highlightedId, setHighlighted] = useState<ResponsibilityId | null>(null);
  const view = useMemo(() => ({ query, findingsOnly, highlightedId }), [query, findingsOnly, highlightedId]);
  const actions = useMemo<BoardViewActions>(
    () => ({
      setQuery,
      setFindingsOnly,
      highlight: (id) => {
        setHighlighted(id);
        if (id) {
          // A hidden card cannot be shown to the user: clear filters that hide it.
          if (!document.querySelector(`[data-card-id="${CSS.escape(id)}"]`)) setQuery('');
          focusCardSoon(id);
        }
      },
    }),
    [],
  );
  return (
    <ActionsContext.Provider value={actions}>
      <ViewContext.Provider value={view}>{children}</ViewContext.Provider>
    </ActionsContext.Provider>
  );
}

/** The current board view (re-renders on every view change). */
export function useBoardView(): BoardView {
  return useContext(ViewContext);
}

/** Stable board view setters. Throws outside {@link BoardViewProvider}. */
export function useBoardViewActions(): BoardViewActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useBoardViewActions needs a BoardViewProvider');
  return actions;
}

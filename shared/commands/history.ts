import type { Patch } from './patch.js';

/** Undo and redo stacks of patches. Immutable; the newest patch is last in each stack. */
export interface History {
  readonly past: readonly Patch[];
  readonly future: readonly Patch[];
}

/** How many steps undo keeps; older steps are dropped. */
export const HISTORY_LIMIT = 500;

/** An empty history. */
export const EMPTY_HISTORY: History = { past: [], future: [] };

/**
 * How a change enters the undo history, as data. `record`: one undo step (every change the
 * user makes, an import over the plan and a restored version included). `adopt`: a version
 * another window saved at `savedAt` becomes the starting point; history is cleared, since
 * its patches were made against the replaced content and would silently revert that change.
 */
export type UndoPolicy = { readonly kind: 'record' } | { readonly kind: 'adopt'; readonly savedAt: string };

/** The policy of the user's own changes. */
export const RECORD: UndoPolicy = { kind: 'record' };

/** The history after a change with `patch` under `policy`. Pure. */
export function historyAfter(history: History, patch: Patch, policy: UndoPolicy): History {
  switch (policy.kind) {
    case 'record':
      return record(history, patch);
    case 'adopt':
      return EMPTY_HISTORY;
  }
}

/** Records a new patch; clears redo. Pure. */
export function record(history: History, patch: Patch): History {
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past;
  return { past: [...past, patch], future: [] };
}

/** Takes the patch to undo (apply its inverse). Pure; null when there is nothing to undo. */
export function undo(history: History): { history: History; patch: Patch } | null {
  const patch = history.past.at(-1);
  if (!patch) return null;
  return {
    patch,
    history: { past: history.past.slice(0, -1), future: [...history.future, patch] },
  };
}

/** Takes the patch to redo (apply it forward). Pure; null when there is nothing to redo. */
export function redo(history: History): { history: History; patch: Patch } | null {
  const patch = history.future.at(-1);
  if (!patch) return null;
  return {
    patch,
    history: { past: [...history.past, patch], future: history.future.slice(0, -1) },
  };
}

import * as Y from 'yjs';
import { planParts } from './plan-doc.js';

/**
 * An undo manager for a plan's Y.Doc that tracks only transactions tagged with `origin` (this
 * client's commands): undo and redo never touch what other people changed. Every command is
 * its own step (no merging of quick successive changes). `updatedAt` is outside its scope.
 */
export function createPlanUndoManager(doc: Y.Doc, origin: unknown): Y.UndoManager {
  const parts = planParts(doc);
  return new Y.UndoManager([parts.meta, parts.context, parts.cards, parts.waivers, parts.stances], {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });
}

/**
 * Undoes (or with `redo`, redoes) this client's newest change and stamps the plan's
 * `updatedAt` with `now`. Returns false when there was nothing to undo or redo.
 */
export function stepPlanHistory(manager: Y.UndoManager, direction: 'undo' | 'redo', now: string): boolean {
  const item = direction === 'undo' ? manager.undo() : manager.redo();
  if (item === null) return false;
  const doc = manager.doc;
  doc.transact(() => planParts(doc).stamp.set('updatedAt', now), manager);
  return true;
}

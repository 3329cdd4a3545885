/**
 * Shared plans: a plan's body in a Y.Doc (Yjs), read back through the scenario file parser and
 * changed only by commands, each one Yjs transaction. Pure apart from Yjs's own state.
 */
export { applyCommandToDoc, type DocCommandOptions, type DocCommandResult } from './apply-to-doc.js';
export {
  laneKeys,
  materialisePlan,
  placedCards,
  type MaterialiseOptions,
  type PlacedCard,
} from './materialise.js';
export {
  PLAN_DOC_VERSION,
  isEmptyPlanDoc,
  planParts,
  seedPlanDoc,
  type CardField,
  type PlanParts,
} from './plan-doc.js';
export {
  comparePositions,
  isPositionKey,
  keyForIndex,
  keysInOrder,
  MAX_POSITION_LENGTH,
} from './position.js';
export { createPlanUndoManager, stepPlanHistory } from './undo.js';
export {
  formatShareLink,
  MAX_SHARE_LINK_LENGTH,
  parseShareLink,
  PLAN_ID_PATTERN,
  syncUrlOf,
  type ShareLink,
} from './share-link.js';

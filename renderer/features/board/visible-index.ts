import type { ResponsibilityId } from '../../../shared/model/index.js';

/**
 * Translates a drop position in a filtered lane (only some cards shown) into the index in
 * the whole lane that the move command expects. `laneIds` is the full lane without the
 * moved card; `visibleAfter` is the shown lane including it, in its dropped place. The card
 * lands right after its shown predecessor, or right before its shown successor. Pure.
 */
export function fullLaneIndex(
  laneIds: readonly ResponsibilityId[],
  visibleAfter: readonly ResponsibilityId[],
  id: ResponsibilityId,
): number {
  const position = visibleAfter.indexOf(id);
  const before = position > 0 ? visibleAfter[position - 1] : undefined;
  if (before !== undefined) {
    const index = laneIds.indexOf(before);
    if (index >= 0) return index + 1;
  }
  const after = position >= 0 ? visibleAfter[position + 1] : undefined;
  if (after !== undefined) {
    const index = laneIds.indexOf(after);
    if (index >= 0) return index;
  }
  return laneIds.length;
}

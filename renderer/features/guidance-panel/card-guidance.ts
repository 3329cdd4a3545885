import type { ResponsibilityId } from '../../../shared/model/index.js';

/** What a card's badge shows: the worst open finding, or how the card stands. */
export type CardStatus = 'aligned' | 'warning' | 'error' | 'contested' | 'unknown';

/**
 * The guidance a card displays. Kept identical (same object) between scenario changes that
 * do not affect the card, so memoized cards skip re-rendering.
 */
export interface CardGuidance {
  readonly status: CardStatus;
  /** Why, in one or two sentences: the tooltip and the card's accessible description. */
  readonly summary: string;
  /** Open (not accepted) findings on the card. */
  readonly open: number;
  /** Accepted findings (waivers) on the card. */
  readonly waived: number;
}

/** Guidance per card id. */
export type CardGuidanceMap = ReadonlyMap<ResponsibilityId, CardGuidance>;

function same(a: CardGuidance, b: CardGuidance): boolean {
  return a.status === b.status && a.summary === b.summary && a.open === b.open && a.waived === b.waived;
}

/**
 * Reuses the previous object for every card whose guidance did not change (structural
 * sharing), so React.memo on cards sees identical props. Pure.
 */
export function shareUnchanged(previous: CardGuidanceMap, next: Map<ResponsibilityId, CardGuidance>): CardGuidanceMap {
  for (const [id, value] of next) {
    const old = previous.get(id);
    if (old && same(old, value)) next.set(id, old);
  }
  return next;
}

/** True when a card needs attention: an open error or warning, or a contested topic without a stance. */
export function needsAttention(guidance: CardGuidance | undefined): boolean {
  return guidance !== undefined && guidance.open > 0;
}

import type { CheckResult, Finding, Severity } from '../../shared/guidance/index.js';
import type { Responsibility, ResponsibilityId } from '../../shared/model/index.js';
import { cardStatus, type GuidanceStatus } from '../../shared/status/index.js';

/** What a card's badge shows: the worst open finding, or how the card stands (shared/status). */
export type CardStatus = GuidanceStatus;

/**
 * The guidance a card displays. Kept identical (same object) between scenario changes that
 * do not affect the card, so memoized cards skip re-rendering.
 */
export interface CardGuidance {
  readonly status: CardStatus;
  /** Why, in one or two sentences: the tooltip and the card's accessible description. */
  readonly summary: string;
  /** Findings on the card that are not accepted. */
  readonly open: number;
  /** Accepted findings (waivers) on the card. */
  readonly waived: number;
}

/** Guidance per card id. */
export type CardGuidanceMap = ReadonlyMap<ResponsibilityId, CardGuidance>;

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Derives each card's badge from one check of the scenario: the worst finding that is not
 * accepted decides the status; its message is the reason. Pure.
 */
export function deriveCardGuidance(
  responsibilities: readonly Responsibility[],
  result: CheckResult,
): Map<ResponsibilityId, CardGuidance> {
  const byCard = new Map<ResponsibilityId, Finding[]>();
  for (const finding of result.findings) {
    for (const id of finding.responsibilityIds) {
      const list = byCard.get(id);
      if (list) list.push(finding);
      else byCard.set(id, [finding]);
    }
  }
  const cards = new Map<ResponsibilityId, CardGuidance>();
  for (const item of responsibilities) {
    const findings = byCard.get(item.id) ?? [];
    const open = findings.filter((finding) => !finding.waived);
    const waived = findings.filter((finding) => finding.waived);
    const worst = open.slice().sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
    const guidance = result.byResponsibility.get(item.id);
    const known = guidance !== undefined && guidance.suggestion.owner !== 'Unknown';
    const status = cardStatus(findings, known);
    let summary = worst
      ? worst.message
      : known && guidance
        ? guidance.suggestion.reason
        : 'The guidance does not cover this one; place it by judgement.';
    if (waived.length > 0) {
      summary += ` Accepted: ${waived.map((finding) => finding.waived?.rationale ?? '').join('; ')}`;
    }
    cards.set(item.id, { status, summary, open: open.length, waived: waived.length });
  }
  return cards;
}

function same(a: CardGuidance, b: CardGuidance): boolean {
  return a.status === b.status && a.summary === b.summary && a.open === b.open && a.waived === b.waived;
}

/**
 * Reuses the previous object for every card whose guidance did not change (structural
 * sharing), so React.memo on cards sees identical props. Mutates and returns `next`.
 */
export function shareUnchanged(previous: CardGuidanceMap, next: Map<ResponsibilityId, CardGuidance>): CardGuidanceMap {
  for (const [id, value] of next) {
    const old = previous.get(id);
    if (old && same(old, value)) next.set(id, old);
  }
  return next;
}

/** Structural equality of plain data (findings: strings, numbers, arrays, plain objects). */
function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, index) => equalData(value, b[index]));
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && equalData(left[key], right[key]));
}

/**
 * Reuses the previous object for every finding that did not change (same id, same content),
 * so the panel's memoized finding items skip re-rendering when one card moves. Pure.
 */
export function shareUnchangedFindings(previous: readonly Finding[], next: readonly Finding[]): readonly Finding[] {
  if (previous.length === 0) return next;
  const byId = new Map(previous.map((finding) => [finding.id, finding]));
  return next.map((finding) => {
    const old = byId.get(finding.id);
    return old && equalData(old, finding) ? old : finding;
  });
}

/** True when a card has a finding that is not accepted. */
export function needsAttention(guidance: CardGuidance | undefined): boolean {
  return guidance !== undefined && guidance.open > 0;
}

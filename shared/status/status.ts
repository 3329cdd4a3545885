import type { CheckResult, Finding, Severity } from '../guidance/index.js';
import type { Responsibility, ResponsibilityId } from '../model/index.js';

/**
 * The one vocabulary for how something stands against the guidance. A card's badge, the
 * panel's groups, Compare, the PDF and the CSV all use these words, in this order of weight:
 * an error outweighs a warning, and so on down to aligned.
 *
 * - `error`, `warning`, `advice`: the worst open finding's severity (`info` is called advice).
 * - `contested`: the sources disagree and the team has not recorded a stance.
 * - `accepted`: every finding on it was accepted on purpose (with a rationale).
 * - `aligned`: the guidance knows it and has nothing to say.
 * - `unrated`: the guidance does not cover it and has nothing to say (never called aligned).
 */
export type GuidanceStatus = 'error' | 'warning' | 'advice' | 'contested' | 'accepted' | 'aligned' | 'unrated';

/** Every status, worst first. */
export const STATUSES: readonly GuidanceStatus[] = ['error', 'warning', 'contested', 'advice', 'accepted', 'aligned', 'unrated'];

/** The word shown for each status, in every view and export. */
export const STATUS_LABEL: Readonly<Record<GuidanceStatus, string>> = {
  error: 'Error',
  warning: 'Warning',
  advice: 'Advice',
  contested: 'Contested',
  accepted: 'Accepted',
  aligned: 'Aligned',
  unrated: 'No guidance',
};

/** The plural heading of a group of findings with this status (the panel, the PDF). */
export const STATUS_GROUP_LABEL: Readonly<Record<GuidanceStatus, string>> = {
  error: 'Errors',
  warning: 'Warnings',
  advice: 'Advice',
  contested: 'Contested',
  accepted: 'Accepted',
  aligned: 'Aligned',
  unrated: 'No guidance',
};

const RANK: Readonly<Record<GuidanceStatus, number>> = Object.fromEntries(
  STATUSES.map((status, index) => [status, index]),
) as Record<GuidanceStatus, number>;

/** The status word for a severity: `info` is advice. Pure. */
export function severityStatus(severity: Severity): 'error' | 'warning' | 'advice' {
  return severity === 'info' ? 'advice' : severity;
}

/**
 * True for a finding whose open question is a disagreement between the sources: the
 * `contested` rule, or an unplaced card of a contested topic before any stance (it carries both
 * positions and no fix). A conflict with a recorded stance is not: the team has decided, and
 * the finding says the plan does not match. Pure.
 */
export function isContested(finding: Finding): boolean {
  return finding.ruleId === 'contested' || (finding.positions !== undefined && finding.fix === undefined && finding.ruleId !== 'stance-conflict');
}

/**
 * How one finding stands: accepted when waived, contested (see {@link isContested}) only while
 * it is only advice, else its severity. Pure.
 */
export function findingStatus(finding: Finding): GuidanceStatus {
  if (finding.waived) return 'accepted';
  if (finding.severity === 'info' && isContested(finding)) return 'contested';
  return severityStatus(finding.severity);
}

/** The worse of two statuses. Pure. */
export function worseStatus(a: GuidanceStatus, b: GuidanceStatus): GuidanceStatus {
  return RANK[a] <= RANK[b] ? a : b;
}

/**
 * How a card stands, from the findings that name it: the worst of them (an accepted one only
 * when nothing is open); with none, aligned if the guidance knows the card, unrated if not.
 * Pure.
 */
export function cardStatus(findings: readonly Finding[], known: boolean): GuidanceStatus {
  let worst: GuidanceStatus = known ? 'aligned' : 'unrated';
  for (const finding of findings) worst = worseStatus(findingStatus(finding), worst);
  return worst;
}

/**
 * Every card's status from one guidance check: the findings naming it (any of their
 * responsibilities) through {@link cardStatus}; a card counts as known when the guidance
 * suggests an owner for it. Pure.
 */
export function cardStatuses(
  responsibilities: readonly Responsibility[],
  check: Pick<CheckResult, 'findings' | 'byResponsibility'>,
): Map<ResponsibilityId, GuidanceStatus> {
  const byCard = new Map<ResponsibilityId, Finding[]>();
  for (const finding of check.findings) {
    for (const id of finding.responsibilityIds) {
      const list = byCard.get(id);
      if (list) list.push(finding);
      else byCard.set(id, [finding]);
    }
  }
  const statuses = new Map<ResponsibilityId, GuidanceStatus>();
  for (const item of responsibilities) {
    const suggestion = check.byResponsibility.get(item.id)?.suggestion;
    statuses.set(item.id, cardStatus(byCard.get(item.id) ?? [], suggestion !== undefined && suggestion.owner !== 'Unknown'));
  }
  return statuses;
}

/** How many cards have each status. Pure. */
export function countStatuses(statuses: Iterable<GuidanceStatus>): Record<GuidanceStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<GuidanceStatus, number>;
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/** Tunables, plan-level citations and small helpers shared by the guidance check's rules. */
import type { Lane, ResponsibilityId, Role } from '../model/index.js';
import { cioVsCto as cv, inwardOutward as io, type Citation } from './sources.js';
import type { Suggestion, TopicRef } from './suggest.js';
import { TOPICS, type Position, type Topic } from './topics.js';
import type { FindingFix, RuleId, Severity } from './check-types.js';

// ─── Tunables ─────────────────────────────────────────────────────────────────────────

/** Below this confidence a suggestion is too weak to call a placement wrong. */
export const PLACEMENT_CONFIDENCE = 0.35;
/** At or above this confidence a placement finding may be an error. */
export const ERROR_CONFIDENCE = 0.6;
/** At or above this confidence a placement finding may be a warning; drift counts only such cards. */
export const WARNING_CONFIDENCE = 0.45;
/** The most severe a placement finding may be for each strength of match. */
export const MATCH_CAP: Readonly<Record<Suggestion['match'], Severity>> = {
  phrase: 'error',
  word: 'warning',
  fuzzy: 'info',
  audience: 'info',
  none: 'info',
};
/** Lanes with fewer clearly-owned cards than this are too small to call drifting. */
export const DRIFT_MINIMUM = 4;
/** Above this share of foreign cards a lane has drifted. */
export const DRIFT_SHARE = 0.5;
/** From this similarity of terms two cards of one topic overlap. */
export const OVERLAP_SIMILARITY = 0.5;

/** Sort rank of each severity: errors first. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

// ─── Citations for plan-level rules ───────────────────────────────────────────────────

/** Citations behind the company-size rule. */
export const COMPANY_SIZE_CITATIONS: readonly Citation[] = [
  cv('step-2'),
  cv('9'),
  cv('20'),
  cv('step-6'),
  io('intro'),
];
/** Citations behind the focus rule. */
export const FOCUS_CITATIONS: readonly Citation[] = [
  cv('step-2'),
  cv('9'),
];
/** Citations behind the role-drift rule. */
export const DRIFT_CITATIONS: readonly Citation[] = [
  cv('8'),
  io('thesis'),
];
/** Citations behind the duplicate and overlap rules. */
export const DUPLICATE_CITATIONS: readonly Citation[] = [
  cv('8'),
  cv('10'),
];

// ─── Helpers ──────────────────────────────────────────────────────────────────────────

/** Wraps text in curly quotes for messages. */
export function quote(text: string): string {
  return `“${text}”`;
}

/** The other of the two roles. */
export function other(role: Role): Role {
  return role === 'CIO' ? 'CTO' : 'CIO';
}

/** The stable id of a finding: rule, subject and responsibility ids. */
export function findingId(ruleId: RuleId, subject: string, ids: readonly string[]): string {
  return ids.length === 0 ? `${ruleId}:${subject}` : `${ruleId}:${subject}:${ids.join('+')}`;
}

/** A fix that moves a card to a lane (to Shared with a lead, the CIO unless given). */
export function moveFix(id: ResponsibilityId, to: Lane, lead?: Role): FindingFix {
  if (to === 'Shared') {
    const role = lead ?? 'CIO';
    return {
      label: `Move to Shared, ${role} leading`,
      command: { type: 'responsibility/move', id, to, lead: role },
    };
  }
  return { label: `Move to ${to}`, command: { type: 'responsibility/move', id, to } };
}

/** A fix that makes a role the lead of a shared card. */
export function leadFix(id: ResponsibilityId, lead: Role): FindingFix {
  return { label: `Make ${lead} the lead`, command: { type: 'responsibility/set-lead', id, lead } };
}

/** A fix that records a role as the team’s stance on a contested topic. */
export function stanceFix(topicId: string, role: Role): FindingFix {
  return {
    label: `Record ${role} as our stance`,
    command: { type: 'stance/set', topicId, role },
  };
}

const TOPIC_REFS: ReadonlyMap<string, TopicRef> = new Map(
  TOPICS.map((topic) => [topic.id, Object.freeze({ id: topic.id, label: topic.label })]),
);

/** The shared, frozen reference to a topic. */
export function refOf(topic: Topic): TopicRef {
  return TOPIC_REFS.get(topic.id) ?? { id: topic.id, label: topic.label };
}

/** Both sides of a contested topic, in one sentence each. */
export function positionsText(positions: readonly Position[]): string {
  return positions.map((position) => `${position.label}: ${position.summary}`).join(' ');
}

/** A lane in words, naming the lead of a shared card. */
export function laneOf(role: Role | undefined, owner: Lane): string {
  return owner === 'Shared' ? `Shared (${role ?? 'no'} lead)` : owner;
}

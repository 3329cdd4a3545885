/**
 * The vocabulary of the guidance check: rule ids and descriptions, findings, fixes and the
 * result shape. The lowest layer of the check modules; it imports none of them.
 */
import type { Command } from '../commands/index.js';
import type { ResponsibilityId, Scenario, Waiver } from '../model/index.js';
import type { Citation } from './sources.js';
import type { Suggestion, TopicRef } from './suggest.js';
import type { Position } from './topics.js';

/** How much a finding matters: error fails `remit check`, warning needs a look, info is advice. */
export type Severity = 'info' | 'warning' | 'error';

/** The rules of `checkScenario` (see check.ts). */
export const RULE_IDS = [
  'misplaced',
  'lead-mismatch',
  'should-share',
  'contested',
  'stance-conflict',
  'shared-without-lead',
  'unassigned',
  'coverage-gap',
  'role-drift',
  'duplicate',
  'overlap',
  'context-company-size',
  'context-focus',
  'context-reporting-line',
] as const;

/** Identifies a rule of `checkScenario`. */
export type RuleId = (typeof RULE_IDS)[number];

/** What each rule looks for, in a sentence, for legends and help. Readonly data. */
export const RULE_DESCRIPTIONS: Readonly<Record<RuleId, string>> = {
  misplaced: 'A responsibility sits with the role the sources do not give it to.',
  'lead-mismatch': 'A shared responsibility is led by the role the sources do not point to.',
  'should-share': 'The sources describe joint work, but one role holds it alone.',
  contested: 'The sources disagree on who should hold this; both sides are shown.',
  'stance-conflict': 'A placement contradicts the stance the team recorded for a contested topic.',
  'shared-without-lead': 'A shared responsibility has no leading role.',
  unassigned: 'A responsibility has not been placed yet.',
  'coverage-gap': 'A core area of the CIO or the CTO is missing or unplaced.',
  'role-drift': 'A role’s lane is mostly the other role’s kind of work.',
  duplicate: 'The same responsibility appears twice, in the same or other words.',
  overlap: 'Two responsibilities of the same topic look much alike.',
  'context-company-size': 'The company size calls the number of technology executives into question.',
  'context-focus': 'The split does not match whether the company sells technology or runs on it.',
  'context-reporting-line': 'The chosen reporting line is one the sources disagree about.',
};

/** A suggested fix: one command the UI can dispatch as is (one click, one undo step). */
export interface FindingFix {
  readonly label: string;
  readonly command: Command;
}

/** One observation about a scenario. */
export interface Finding {
  /**
   * Stable id: the rule, the topic (or the subject of a plan-level rule) and the
   * responsibility ids. The same problem keeps its id across checks; waivers key on it.
   */
  readonly id: string;
  readonly ruleId: RuleId;
  readonly severity: Severity;
  /** The responsibilities concerned; the first is the one the finding is about. */
  readonly responsibilityIds: readonly ResponsibilityId[];
  readonly topic: TopicRef | null;
  /** What is off, why, and what to do, in our words; only what the citations support. */
  readonly message: string;
  /** Remit's own practical note on the topic (not claimed by the sources), when it has one. */
  readonly note?: string;
  readonly citations: readonly Citation[];
  /** Both sides of a contested question. */
  readonly positions?: readonly Position[];
  readonly fix?: FindingFix;
  /** Present when the team accepted this finding; it then does not lower the score. */
  readonly waived?: Waiver;
}

/** How one responsibility stands against the guidance. */
export type ResponsibilityStatus =
  'aligned' | 'misplaced' | 'review' | 'contested' | 'unassigned' | 'unknown';

/** The guidance for one responsibility, for badges and the detail panel. */
export interface ResponsibilityGuidance {
  readonly id: ResponsibilityId;
  readonly suggestion: Suggestion;
  readonly status: ResponsibilityStatus;
  /** Ids of the findings (waived or not) whose first responsibility is this one. */
  readonly findingIds: readonly string[];
}

/** The result of `checkScenario`. */
export interface CheckResult {
  /** Sorted: errors, warnings, infos; within a severity, plan-level first, then card order. */
  readonly findings: readonly Finding[];
  /**
   * 0..100; 100 means nothing the guidance objects to (waived findings excluded). Null for a
   * plan without responsibilities: there is nothing to score yet (coverage gaps are still listed).
   */
  readonly score: number | null;
  /** Counts of findings that are not waived, by severity, plus the waived ones. */
  readonly counts: Readonly<Record<Severity | 'waived', number>>;
  readonly byResponsibility: ReadonlyMap<ResponsibilityId, ResponsibilityGuidance>;
}

/** The parts of a scenario the check reads. */
export type CheckInput = Pick<Scenario, 'responsibilities' | 'context' | 'waivers' | 'stances'>;

/** Receives one finding as a rule produces it. */
export type Emit = (finding: Finding) => void;

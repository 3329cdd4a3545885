/**
 * The shape of a comparison (rows, changes, guidance deltas): what compare.ts builds and
 * summary.ts, describe.ts and csv.ts read. Types and the change kinds only.
 */
import type { CheckResult, Finding } from '../guidance/index.js';
import type { Lane, Responsibility, Role, Scenario } from '../model/index.js';
import type { MatchKind } from './match.js';
import type { GuidanceStatus } from '../status/index.js';

/** One responsibility of one scenario, as placed on a row of the comparison. */
export interface ComparisonCell {
  readonly item: Responsibility;
  /** How the item was paired with its row; `similarity` is 1 unless `match` is `fuzzy`. */
  readonly match: MatchKind;
  readonly similarity: number;
}

/** A lane change; `became-shared` / `became-sole` are moves between a role and Shared. */
export interface MoveChange {
  readonly kind: 'moved' | 'became-shared' | 'became-sole';
  readonly from: Lane;
  readonly to: Lane;
  /** The lead after the move, when it ends in Shared. */
  readonly lead?: Role | undefined;
}

/** One difference of a responsibility between the baseline and another scenario. */
export type Change =
  | { readonly kind: 'added' }
  | { readonly kind: 'removed' }
  | MoveChange
  | { readonly kind: 'lead-changed'; readonly from: Role | undefined; readonly to: Role | undefined }
  | { readonly kind: 'note-changed'; readonly from: string | undefined; readonly to: string | undefined }
  | { readonly kind: 'renamed'; readonly from: string; readonly to: string };

/** The kinds of {@link Change}, in the order the UI and CSV list them. */
export const CHANGE_KINDS = [
  'added',
  'removed',
  'moved',
  'became-shared',
  'became-sole',
  'lead-changed',
  'renamed',
  'note-changed',
] as const;

/** A kind of {@link Change}. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * One responsibility across the compared scenarios: the item each scenario has for it (or
 * null) and what changed against the baseline (scenario 0).
 */
export interface ComparisonRow {
  /** Stable within one comparison: `r0`, `r1`… */
  readonly key: string;
  /** The title in the first scenario that has the responsibility. */
  readonly title: string;
  /** Where the row aligns: the lane in the first scenario that has it. */
  readonly lane: Lane;
  readonly cells: readonly (ComparisonCell | null)[];
  /** Per scenario, its changes against the baseline; always empty for the baseline itself. */
  readonly changes: readonly (readonly Change[])[];
  /** True when any scenario differs from the baseline on this row. */
  readonly changed: boolean;
  /** True when any of its items was paired by title similarity only. */
  readonly fuzzy: boolean;
}

/** The guidance figures of one scenario: the columns of the comparison matrix. */
export interface GuidanceStats {
  /** 0..100, as the guidance check scores it; null for an empty plan (nothing to score). */
  readonly score: number | null;
  /** How many cards show each badge (shared/status: the board's words, counted). */
  readonly cards: Readonly<Record<GuidanceStatus, number>>;
  /** Cards whose badge says Aligned (the guidance knows them and has nothing to say). */
  readonly aligned: number;
  /** Open (unwaived) placements that go against the guidance: see `CONFLICT_RULES`. */
  readonly conflicts: number;
  /** Cards whose badge says Contested (the sources disagree and no stance is recorded). */
  readonly contested: number;
  /** Open coverage gaps: core areas of a role nobody holds. */
  readonly gaps: number;
  /** Findings the team waived on purpose. */
  readonly waivers: number;
}

/** A finding that appears or disappears between the baseline and another scenario. */
export interface FindingChange {
  readonly finding: Finding;
  /** Titles of the responsibilities the finding concerns, in its order. */
  readonly titles: readonly string[];
  /**
   * For a disappeared finding, `waived` when the other scenario still has it but waived it;
   * `gone` otherwise. Always `gone` for an appeared finding.
   */
  readonly resolution: 'gone' | 'waived';
}

/** How the guidance differs between the baseline and one other scenario. */
export interface GuidanceDelta {
  /** Other scenario's score minus the baseline's. */
  readonly scoreChange: number;
  /** Open findings of the other scenario the baseline does not have (open). */
  readonly appeared: readonly FindingChange[];
  /** Open findings of the baseline the other scenario does not have (open). */
  readonly disappeared: readonly FindingChange[];
}

/** The difference between the baseline and one other scenario. */
export interface PairDiff {
  /** Index of the other scenario in {@link Comparison.scenarios}. */
  readonly index: number;
  /** How many rows carry each kind of change; `unchanged` counts rows both have unchanged. */
  readonly counts: Readonly<Record<ChangeKind | 'unchanged', number>>;
  /** Lanes whose shared cards keep their lane but not their order. */
  readonly reorderedLanes: readonly Lane[];
  readonly guidance: GuidanceDelta;
  /** The plain-language summary, one sentence per item, deterministic. */
  readonly summary: readonly string[];
}

/** One compared scenario with its guidance. */
export interface ComparedScenario {
  readonly scenario: Scenario;
  readonly check: CheckResult;
  readonly stats: GuidanceStats;
}

/** The result of {@link compareScenarios}. */
export interface Comparison {
  /** In the order given; the first is the baseline. */
  readonly scenarios: readonly ComparedScenario[];
  /** Ordered by lane (CIO, Shared, CTO, Unassigned), then by position in the first scenario that has it. */
  readonly rows: readonly ComparisonRow[];
  /** One per scenario after the baseline, in order. */
  readonly pairs: readonly PairDiff[];
  /** Per scenario: responsibility id → index into `rows`. */
  readonly rowIndex: readonly ReadonlyMap<string, number>[];
}

/** Options of {@link compareScenarios}. */
export interface CompareOptions {
  /** Guidance already computed for the scenarios (same order); computed when absent. */
  readonly checks?: readonly CheckResult[];
}

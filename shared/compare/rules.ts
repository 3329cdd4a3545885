import type { RuleId } from '../guidance/index.js';

/** Rules whose open findings count as conflicts in the comparison matrix and summary. */
export const CONFLICT_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'misplaced',
  'lead-mismatch',
  'should-share',
  'stance-conflict',
  'shared-without-lead',
  'duplicate',
]);

/** Rules about the plan as a whole: their finding ids do not depend on responsibility ids. */
export const PLAN_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'coverage-gap',
  'role-drift',
  'context-company-size',
  'context-focus',
  'context-reporting-line',
]);

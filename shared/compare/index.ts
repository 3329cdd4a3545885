/**
 * Scenario comparison: a responsibility-level diff of 1 to 4 scenarios against the first
 * (matched by id, same words, or similar words), the guidance delta, a plain-language
 * summary and CSV export. Pure; no DOM, Node or Electron.
 */
export { MAX_COMPARED, compareScenarios } from './compare.js';
export {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  type CompareOptions,
  type ComparedScenario,
  type Comparison,
  type ComparisonCell,
  type ComparisonRow,
  type FindingChange,
  type GuidanceDelta,
  type GuidanceStats,
  type MoveChange,
  type PairDiff,
} from './comparison.js';
export { FUZZY_THRESHOLD, diceSimilarity, type MatchKind } from './match.js';
export { CONFLICT_RULES, PLAN_RULES } from './rules.js';
export { listNames, summarize, type PairFacts } from './summary.js';
export { describeChange, describeMatch, describePlacement } from './describe.js';
export { comparisonToCsv, csvField, toCsv } from './csv.js';

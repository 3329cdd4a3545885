/**
 * The guidance check: {@link checkScenario} runs every rule over a scenario and scores it.
 * The rules live in the check-* modules; this module re-exports their public vocabulary so
 * imports of `./check.js` keep working.
 */
import type { Lane, Responsibility, ResponsibilityId } from '../model/index.js';
import { TOPICS_BY_ID, stanceRole } from './topics.js';
import { analyse, type TitleAnalysis } from './check-analysis.js';
import { checkContext, checkSole, soleExecutive } from './check-context.js';
import { checkCoverage, checkDrift } from './check-coverage.js';
import { duplicateFindings } from './check-duplicates.js';
import { cardFindings } from './check-placement.js';
import { SEVERITY_ORDER, other } from './check-support.js';
import {
  RULE_IDS,
  type CheckInput,
  type CheckResult,
  type Emit,
  type Finding,
  type ResponsibilityGuidance,
  type ResponsibilityStatus,
  type RuleId,
  type Severity,
} from './check-types.js';

export {
  RULE_DESCRIPTIONS,
  RULE_IDS,
  type CheckInput,
  type CheckResult,
  type Finding,
  type FindingFix,
  type ResponsibilityGuidance,
  type ResponsibilityStatus,
  type RuleId,
  type Severity,
} from './check-types.js';
export { COMPANY_SIZE_CITATIONS, DRIFT_CITATIONS, DUPLICATE_CITATIONS, FOCUS_CITATIONS } from './check-support.js';

// ─── Scoring ──────────────────────────────────────────────────────────────────────────

/** Per-card penalty by severity (a card loses at most 1). */
const ITEM_PENALTY: Readonly<Record<Severity, number>> = { error: 1, warning: 0.5, info: 0.1 };
/** Points a plan-level finding costs by severity, capped by STRUCTURAL_CAP in total. */
const STRUCTURAL_PENALTY: Readonly<Record<Severity, number>> = { error: 15, warning: 6, info: 2 };
const STRUCTURAL_CAP = 60;
/** Rules about the plan as a whole rather than one card. */
const STRUCTURAL_RULES: ReadonlySet<RuleId> = new Set([
  'coverage-gap',
  'role-drift',
  'context-company-size',
  'context-focus',
  'context-reporting-line',
]);
/** Penalty overrides for rules whose severity understates (or overstates) their cost. */
const RULE_PENALTY: Partial<Record<RuleId, number>> = { unassigned: 0.5, contested: 0.15 };
const RULE_INDEX = Object.fromEntries(RULE_IDS.map((id, index) => [id, index])) as Record<RuleId, number>;

// ─── The check ────────────────────────────────────────────────────────────────────────

const memo = new WeakMap<CheckInput, CheckResult>();

/**
 * Checks a scenario against the guidance: placement of every card, contested topics (both
 * sides, respecting `stances`), shared cards without a lead, coverage of each role's core
 * areas, role drift, duplicates and overlaps, and the context rules (company size, focus,
 * reporting line). Pure and deterministic; memoised per scenario object and per title, so
 * calling it after every command is cheap. Waived findings are returned with `waived` set
 * and do not lower the score. Never throws.
 */
export function checkScenario(scenario: CheckInput): CheckResult {
  const cached = memo.get(scenario);
  if (cached) return cached;
  const result = computeCheck(scenario);
  memo.set(scenario, result);
  return result;
}

function computeCheck(scenario: CheckInput): CheckResult {
  const { responsibilities } = scenario;
  const stances = scenario.stances;
  const findings: Finding[] = [];
  const emit: Emit = (finding) => {
    findings.push(finding);
  };
  const position = new Map<ResponsibilityId, number>();
  const analysisOf: TitleAnalysis[] = [];
  const topicCards = new Map<string, Responsibility[]>();
  const laneCount: Record<Lane, number> = { CIO: 0, CTO: 0, Shared: 0, Unassigned: 0 };
  let cioLed = 0;
  let ctoLed = 0;
  const sole = soleExecutive(scenario);
  /** Cards the sole executive holds that the sources give the absent role (by design here). */
  const absorbed: ResponsibilityId[] = [];

  responsibilities.forEach((item, index) => {
    position.set(item.id, index);
    const analysis = analyse(item.title);
    analysisOf.push(analysis);
    laneCount[item.owner] += 1;
    if (item.owner === 'CIO' || (item.owner === 'Shared' && item.lead === 'CIO')) cioLed += 1;
    if (item.owner === 'CTO' || (item.owner === 'Shared' && item.lead === 'CTO')) ctoLed += 1;
    const topicRef = analysis.suggestion.topic;
    const topic = topicRef ? TOPICS_BY_ID.get(topicRef.id) : undefined;
    if (topic) {
      const list = topicCards.get(topic.id);
      if (list) list.push(item);
      else topicCards.set(topic.id, [item]);
    }
    if (sole && topic && item.owner !== 'Unassigned' && stanceRole(topic.stance) === other(sole)) absorbed.push(item.id);
    for (const finding of cardFindings(item, analysis, topic, stances, sole)) findings.push(finding);
  });

  for (const finding of duplicateFindings(responsibilities, analysisOf)) findings.push(finding);
  checkCoverage(scenario, topicCards, sole, emit);
  checkDrift(responsibilities, analysisOf, sole, emit);
  checkContext(scenario, laneCount, cioLed, ctoLed, emit);
  if (sole && absorbed.length > 0) checkSole(sole, absorbed, emit);

  return finish(scenario, findings, position, analysisOf);
}

function finish(
  scenario: CheckInput,
  raw: readonly Finding[],
  position: ReadonlyMap<ResponsibilityId, number>,
  analyses: readonly TitleAnalysis[],
): CheckResult {
  const waivers =
    scenario.waivers.length === 0
      ? null
      : new Map(scenario.waivers.map((waiver) => [waiver.findingId, waiver]));
  // One numeric sort key per finding: severity, then plan-level first, then card order, then
  // rule; ties keep emission order. Sorting indices by a typed array of keys allocates no
  // wrapper object per finding.
  const keys = new Float64Array(raw.length);
  const order: number[] = [];
  raw.forEach((finding, index) => {
    const id = STRUCTURAL_RULES.has(finding.ruleId) ? undefined : finding.responsibilityIds[0];
    const at = id === undefined ? -1 : (position.get(id) ?? -1);
    keys[index] = (SEVERITY_ORDER[finding.severity] * 1e7 + (at + 1)) * 32 + RULE_INDEX[finding.ruleId];
    order.push(index);
  });
  order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  const findings = order.map((index) => {
    const finding = raw[index] as Finding;
    const waiver = waivers?.get(finding.id);
    return waiver ? { ...finding, waived: waiver } : finding;
  });

  const counts = { error: 0, warning: 0, info: 0, waived: 0 };
  const itemPenalty = new Map<ResponsibilityId, number>();
  const findingIds = new Map<ResponsibilityId, string[]>();
  const worst = new Map<ResponsibilityId, Finding>();
  let structural = 0;
  for (const finding of findings) {
    const subject = STRUCTURAL_RULES.has(finding.ruleId) ? undefined : finding.responsibilityIds[0];
    if (subject !== undefined) {
      const list = findingIds.get(subject);
      if (list) list.push(finding.id);
      else findingIds.set(subject, [finding.id]);
    }
    if (finding.waived) {
      counts.waived += 1;
      continue;
    }
    counts[finding.severity] += 1;
    if (subject === undefined) {
      structural += STRUCTURAL_PENALTY[finding.severity];
    } else {
      const penalty = RULE_PENALTY[finding.ruleId] ?? ITEM_PENALTY[finding.severity];
      itemPenalty.set(subject, Math.min(1, (itemPenalty.get(subject) ?? 0) + penalty));
      if (!worst.has(subject)) worst.set(subject, finding);
    }
  }
  let itemTotal = 0;
  for (const value of itemPenalty.values()) itemTotal += value;
  const cards = scenario.responsibilities.length;
  // An empty plan has nothing to score: a number would only reflect its coverage gaps.
  const score =
    cards === 0
      ? null
      : Math.round(Math.max(0, Math.min(100, 100 * (1 - itemTotal / cards) - Math.min(STRUCTURAL_CAP, structural))));

  const byResponsibility = new Map<ResponsibilityId, ResponsibilityGuidance>();
  scenario.responsibilities.forEach((item, index) => {
    const suggestion = (analyses[index] ?? analyse(item.title)).suggestion;
    const finding = worst.get(item.id);
    let status: ResponsibilityStatus;
    if (item.owner === 'Unassigned') status = 'unassigned';
    else if (suggestion.owner === 'Unknown') status = 'unknown';
    else if (finding && (finding.ruleId === 'misplaced' || finding.ruleId === 'stance-conflict')) {
      status = 'misplaced';
    } else if (finding && finding.ruleId === 'contested') status = 'contested';
    else if (finding) status = 'review';
    else status = 'aligned';
    byResponsibility.set(item.id, {
      id: item.id,
      suggestion,
      status,
      findingIds: findingIds.get(item.id) ?? [],
    });
  });
  return { findings, score, counts, byResponsibility };
}

import type { Command } from '../commands/index.js';
import type { Lane, Responsibility, ResponsibilityId, Role, Scenario, Waiver } from '../model/index.js';
import { cioVsCto as cv, inwardOutward as io, uniqueCitations, type Citation } from './sources.js';
import { memoTable } from './memo.js';
import type { Suggestion, TopicRef } from './suggest.js';
import { suggestOwnerForStems } from './suggestion.js';
import { FAMILY, TYPO, analyseText } from './text.js';
import { TOPICS, TOPICS_BY_ID, stanceRole, type Position, type Topic } from './topics.js';

/** How much a finding matters: error fails `remit check`, warning needs a look, info is advice. */
export type Severity = 'info' | 'warning' | 'error';

/** The rules of {@link checkScenario}. */
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

/** Identifies a rule of {@link checkScenario}. */
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

/** The result of {@link checkScenario}. */
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

// ─── Tunables ─────────────────────────────────────────────────────────────────────────

/** Below this confidence a suggestion is too weak to call a placement wrong. */
const PLACEMENT_CONFIDENCE = 0.35;
const ERROR_CONFIDENCE = 0.6;
const WARNING_CONFIDENCE = 0.45;
/** The most severe a placement finding may be for each strength of match. */
const MATCH_CAP: Readonly<Record<Suggestion['match'], Severity>> = {
  phrase: 'error',
  word: 'warning',
  fuzzy: 'info',
  none: 'info',
};
/** Lanes with fewer clearly-owned cards than this are too small to call drifting. */
const DRIFT_MINIMUM = 4;
const DRIFT_SHARE = 0.5;
const OVERLAP_SIMILARITY = 0.5;
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

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const RULE_INDEX = Object.fromEntries(RULE_IDS.map((id, index) => [id, index])) as Record<RuleId, number>;

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

const REPORTING_LINE_TOPIC = 'reporting-line';

// ─── Per-title analysis, cached ───────────────────────────────────────────────────────

interface TitleAnalysis {
  readonly suggestion: Suggestion;
  readonly key: string;
  /** Ids of the title's lemma keys (no family keys), ascending: overlap compares these. */
  readonly terms: Uint32Array;
  /**
   * The findings last computed for cards with this title (a few, newest last), with what
   * else they depend on: an equal card in a new object (a reload, an import, another window)
   * reuses them without a second memo keyed by long strings.
   */
  readonly cards: CardMemo[];
}

/** Cards memoised per title; more only happens with duplicate titles. */
const CARDS_PER_TITLE = 4;

interface CardMemo {
  readonly id: ResponsibilityId;
  readonly owner: Lane;
  readonly lead: Role | undefined;
  readonly stance: Role | undefined;
  readonly sole: Role | undefined;
  readonly findings: readonly Finding[];
}

const ANALYSIS_LIMIT = 5_000;
const analyses = memoTable<string, TitleAnalysis>('check.title-analysis', ANALYSIS_LIMIT);

/** Small integer ids for keys, so overlap can merge two sorted arrays instead of scanning. */
const KEY_IDS = new Map<string, number>();
const KEY_ID_LIMIT = 200_000;

function termIds(keys: readonly string[]): Uint32Array {
  if (KEY_IDS.size > KEY_ID_LIMIT) KEY_IDS.clear();
  const ids: number[] = [];
  for (const key of keys) {
    const plain = key.startsWith(TYPO) ? key.slice(1) : key;
    if (plain.startsWith(FAMILY)) continue;
    let id = KEY_IDS.get(plain);
    if (id === undefined) {
      id = KEY_IDS.size;
      KEY_IDS.set(plain, id);
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return Uint32Array.from(ids).sort();
}

function analyse(title: string): TitleAnalysis {
  const cached = analyses.get(title);
  if (cached) return cached;
  // Tokenise once: the suggestion, the duplicate key and the overlap test share the stems.
  const text = analyseText(title);
  const result: TitleAnalysis = {
    suggestion: suggestOwnerForStems(text.keys),
    key: text.identity,
    terms: termIds(text.keys),
    cards: [],
  };
  return analyses.set(title, result);
}

// ─── Helpers ──────────────────────────────────────────────────────────────────────────

function quote(text: string): string {
  return `“${text}”`;
}

function other(role: Role): Role {
  return role === 'CIO' ? 'CTO' : 'CIO';
}

function findingId(ruleId: RuleId, subject: string, ids: readonly string[]): string {
  return ids.length === 0 ? `${ruleId}:${subject}` : `${ruleId}:${subject}:${ids.join('+')}`;
}

function moveFix(id: ResponsibilityId, to: Lane, lead?: Role): FindingFix {
  if (to === 'Shared') {
    const role = lead ?? 'CIO';
    return {
      label: `Move to Shared, ${role} leading`,
      command: { type: 'responsibility/move', id, to, lead: role },
    };
  }
  return { label: `Move to ${to}`, command: { type: 'responsibility/move', id, to } };
}

function leadFix(id: ResponsibilityId, lead: Role): FindingFix {
  return { label: `Make ${lead} the lead`, command: { type: 'responsibility/set-lead', id, lead } };
}

function stanceFix(topicId: string, role: Role): FindingFix {
  return {
    label: `Record ${role} as our stance`,
    command: { type: 'stance/set', topicId, role },
  };
}

const TOPIC_REFS: ReadonlyMap<string, TopicRef> = new Map(
  TOPICS.map((topic) => [topic.id, Object.freeze({ id: topic.id, label: topic.label })]),
);

function refOf(topic: Topic): TopicRef {
  return TOPIC_REFS.get(topic.id) ?? { id: topic.id, label: topic.label };
}

function positionsText(positions: readonly Position[]): string {
  return positions.map((position) => `${position.label}: ${position.summary}`).join(' ');
}

function laneOf(role: Role | undefined, owner: Lane): string {
  return owner === 'Shared' ? `Shared (${role ?? 'no'} lead)` : owner;
}

// ─── Rules on one responsibility ──────────────────────────────────────────────────────

/** How sure the reading is, in words, for messages: nothing for a phrase match. */
function sureness(suggestion: Suggestion): string {
  const percent = Math.round(suggestion.confidence * 100);
  if (suggestion.match === 'word') return ` (on one word; ${percent}% sure)`;
  if (suggestion.match === 'fuzzy') return ` (loosely, through a likely typo or related word; ${percent}% sure)`;
  return '';
}

type Emit = (finding: Finding) => void;

function checkPlacement(
  item: Responsibility,
  suggestion: Suggestion,
  topic: Topic,
  stances: Readonly<Record<string, Role>>,
  sole: Role | undefined,
  emitFinding: Emit,
): void {
  // Remit's own note on the topic travels with the finding, apart from the cited message.
  const emit: Emit = (finding) => emitFinding(topic.note ? { ...finding, note: topic.note } : finding);
  const { stance } = topic;
  const title = quote(item.title);
  const ref = refOf(topic);
  const ids = [item.id];
  const subject = topic.id;
  const label = quote(topic.label);
  if (item.owner === 'Unassigned') {
    let fix: FindingFix | undefined;
    let advice: string;
    if (sole && stanceRole(stance) === other(sole)) {
      // Only one executive to give it to; say whose work it is in the sources all the same.
      fix = moveFix(item.id, sole);
      advice =
        `The sources give ${label} to the ${other(sole)}; with the ${sole} as your only ` +
        `technology executive, the ${sole} holds it.`;
    } else if (stance.kind === 'owner') {
      fix = moveFix(item.id, stance.owner);
      advice = `The guidance points to the ${stance.owner}.`;
    } else if (stance.kind === 'shared') {
      fix = moveFix(item.id, 'Shared', stance.lead);
      advice = `The guidance points to shared ownership with the ${stance.lead} leading.`;
    } else {
      const chosen = stances[topic.id];
      if (chosen) fix = moveFix(item.id, chosen);
      // Without a stance, "not placed" alone hides the real question: the sources disagree.
      // Name both sides here (the finding carries them in full, with their citations, and
      // the panel offers to record a stance); once recorded, the fix places the card.
      const named = item.title.trim().toLowerCase() === topic.label.toLowerCase();
      const where = named ? 'The sources disagree on who holds it' : `It falls under ${label}, where the sources disagree`;
      advice = chosen
        ? `${where}; your recorded stance gives it to the ${chosen}.`
        : `${where}: ` +
          `${stance.positions.map((position) => position.label.replace(/^The /, 'the ')).join(', or ')}. ` +
          'Neither is wrong; record the stance you take, and the card can then be placed to match.';
    }
    emit({
      id: findingId('unassigned', subject, ids),
      ruleId: 'unassigned',
      severity: 'info',
      responsibilityIds: ids,
      topic: ref,
      message: `${title} has no owner yet. ${advice}`,
      citations: suggestion.citations,
      ...(stance.kind === 'contested' ? { positions: stance.positions } : {}),
      ...(fix ? { fix } : {}),
    });
    return;
  }
  if (stance.kind === 'contested') {
    const held: Role | undefined = item.owner === 'Shared' ? item.lead : item.owner;
    const chosen = stances[topic.id];
    const citations = suggestion.citations;
    if (chosen && held && chosen !== held) {
      emit({
        id: findingId('stance-conflict', subject, ids),
        ruleId: 'stance-conflict',
        severity: item.owner === 'Shared' ? 'info' : 'warning',
        responsibilityIds: ids,
        topic: ref,
        message:
          `You recorded that the ${chosen} holds ${label}, but ${title} sits with ` +
          `${laneOf(item.lead, item.owner)}. Either move it or change the recorded stance, so ` +
          'the plan says one thing.',
        citations,
        positions: stance.positions,
        fix: item.owner === 'Shared' ? leadFix(item.id, chosen) : moveFix(item.id, chosen),
      });
      return;
    }
    if (!chosen) {
      emit({
        id: findingId('contested', subject, ids),
        ruleId: 'contested',
        severity: 'info',
        responsibilityIds: ids,
        topic: ref,
        message:
          `${item.title.trim().toLowerCase() === topic.label.toLowerCase() ? `The sources disagree on who holds ${title}.` : `${title} falls under ${label}, where the sources disagree.`} ` +
          `${positionsText(stance.positions)} ` +
          'Neither placement is wrong; record the one you choose so the plan is explicit.',
        citations,
        positions: stance.positions,
        ...(held ? { fix: stanceFix(topic.id, held) } : {}),
      });
    }
    return;
  }
  if (suggestion.confidence < PLACEMENT_CONFIDENCE) return;
  // The sole executive of a small company holds everything by design (one plan-level note
  // lists what it absorbs); there is no one to move the card to or share it with.
  if (sole && (item.owner === sole || (item.owner === 'Shared' && item.lead === sole))) return;
  const severityFor = (cap: Severity): Severity => {
    const raw: Severity =
      suggestion.confidence >= ERROR_CONFIDENCE
        ? 'error'
        : suggestion.confidence >= WARNING_CONFIDENCE
          ? 'warning'
          : 'info';
    // Only a whole signal phrase (or a term of the field) word for word can call a placement
    // an error; one ordinary word gives a warning at most, a typo or related form advice.
    const strength = MATCH_CAP[suggestion.match];
    const capped = SEVERITY_ORDER[raw] < SEVERITY_ORDER[strength] ? strength : raw;
    return SEVERITY_ORDER[capped] < SEVERITY_ORDER[cap] ? cap : capped;
  };
  if (stance.kind === 'owner') {
    const role = stance.owner;
    if (item.owner === other(role)) {
      emit({
        id: findingId('misplaced', subject, ids),
        ruleId: 'misplaced',
        severity: severityFor('error'),
        responsibilityIds: ids,
        topic: ref,
        message:
          `${title} reads as ${label}${sureness(suggestion)}, which the sources give to the ${role}, yet it ` +
          `sits with the ${item.owner}. ${topic.rationale}`,
        citations: topic.citations,
        fix: moveFix(item.id, role),
      });
    } else if (item.owner === 'Shared' && item.lead !== undefined && item.lead !== role) {
      emit({
        id: findingId('lead-mismatch', subject, ids),
        ruleId: 'lead-mismatch',
        severity: 'warning',
        responsibilityIds: ids,
        topic: ref,
        message:
          `${title} is shared with the ${item.lead} leading, but the sources give ` +
          `${label} to the ${role}. Sharing it can be fine; let the ${role} lead.`,
        citations: topic.citations,
        fix: leadFix(item.id, role),
      });
    }
    return;
  }
  // Where the sources split a topic by direction, the wording picks the lead.
  const lead = suggestion.lead ?? stance.lead;
  if (item.owner === 'Shared') {
    if (item.lead !== undefined && item.lead !== lead) {
      emit({
        id: findingId('lead-mismatch', subject, ids),
        ruleId: 'lead-mismatch',
        severity: 'info',
        responsibilityIds: ids,
        topic: ref,
        message:
          `${title} is shared, as the sources suggest, but they point to the ${lead} as the ` +
          `one leading it. ${topic.rationale}`,
        citations: topic.citations,
        fix: leadFix(item.id, lead),
      });
    }
  } else if (item.owner === lead) {
    emit({
      id: findingId('should-share', subject, ids),
      ruleId: 'should-share',
      severity: 'info',
      responsibilityIds: ids,
      topic: ref,
      message:
        `${title} sits with the ${lead} alone. The sources describe ${label} as joint ` +
        `work with the ${lead} leading; consider making it Shared so the ${other(lead)} has a ` +
        'defined part.',
      citations: topic.citations,
      fix: moveFix(item.id, 'Shared', lead),
    });
  } else {
    emit({
      id: findingId('misplaced', subject, ids),
      ruleId: 'misplaced',
      severity: severityFor('warning'),
      responsibilityIds: ids,
      topic: ref,
      message:
        `${title} sits with the ${item.owner}, but it reads as ${label}${sureness(suggestion)}, which the ` +
        `sources describe as shared work led by the ${lead}. ${topic.rationale}`,
      citations: topic.citations,
      fix: moveFix(item.id, 'Shared', lead),
    });
  }
}

// ─── The check ────────────────────────────────────────────────────────────────────────

const CORE_TOPICS: readonly Topic[] = TOPICS.filter((topic) => topic.core !== undefined);
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

/**
 * The one technology executive of a small company: the role that leads work while the other
 * leads nothing. The sources allow a small company one of the two roles, so such a plan is
 * judged as one executive holding both halves, not as a string of misplaced cards. Pure.
 */
function soleExecutive(scenario: CheckInput): Role | undefined {
  if (scenario.context.companySize !== 'small') return undefined;
  let cio = false;
  let cto = false;
  for (const item of scenario.responsibilities) {
    const led = item.owner === 'Shared' ? item.lead : item.owner === 'Unassigned' ? undefined : item.owner;
    if (led === 'CIO') cio = true;
    else if (led === 'CTO') cto = true;
    if (cio && cto) return undefined;
  }
  return cio ? 'CIO' : cto ? 'CTO' : undefined;
}

/** One plan-level note instead of a finding per card the sole executive holds by design. */
function checkSole(sole: Role, absorbed: readonly ResponsibilityId[], emit: Emit): void {
  const absent = other(sole);
  const count = absorbed.length;
  emit({
    id: findingId('context-company-size', `sole-${sole}`, []),
    ruleId: 'context-company-size',
    severity: 'info',
    responsibilityIds: absorbed,
    topic: null,
    message:
      `The ${sole} is this company’s only technology executive and holds ${count} ` +
      `${count === 1 ? 'responsibility' : 'responsibilities'} the sources give the ${absent}. ` +
      'That fits a small company, which the sources say may need only one of the two roles. ' +
      `If you later hire a ${absent}, these are the first to hand over.`,
    citations: COMPANY_SIZE_CITATIONS,
  });
}

const SHARED_LEAD_CITATIONS: readonly Citation[] = [
  cv('8'),
  cv('10'),
];

function cardFindings(
  item: Responsibility,
  analysis: TitleAnalysis,
  topic: Topic | undefined,
  stances: Readonly<Record<string, Role>>,
  sole: Role | undefined,
): readonly Finding[] {
  const stance = topic ? stances[topic.id] : undefined;
  // The title's analysis carries the findings of its recent cards: four comparisons replace
  // a per-object WeakMap (whose entries the garbage collector pays for on every cold check).
  for (const memo of analysis.cards) {
    if (
      memo.id === item.id &&
      memo.owner === item.owner &&
      memo.lead === item.lead &&
      memo.stance === stance &&
      memo.sole === sole
    ) {
      return memo.findings;
    }
  }
  const findings: Finding[] = [];
  const emit: Emit = (finding) => {
    findings.push(finding);
  };
  if (item.owner === 'Shared' && item.lead === undefined) {
    // A contested topic has no side to point to until the team records one; an unknown
    // topic has none at all. Only then is the finding silent about who should lead.
    const lead: Role | undefined =
      topic?.stance.kind === 'owner'
        ? topic.stance.owner
        : topic?.stance.kind === 'shared'
          ? (analysis.suggestion.lead ?? topic.stance.lead)
          : stance;
    const pointer =
      lead !== undefined
        ? topic?.stance.kind === 'contested'
          ? ` (your recorded stance on ${quote(topic.label)} points to the ${lead})`
          : ` (the guidance points to the ${lead})`
        : topic?.stance.kind === 'contested'
          ? `. The sources disagree on ${quote(topic.label)} (${topic.stance.positions.map((position) => position.label.replace(/^The /, 'the ')).join(', or ')}), so Remit does not pick a side: record your stance, and it then names the lead`
          : '';
    emit({
      id: findingId('shared-without-lead', topic?.id ?? '-', [item.id]),
      ruleId: 'shared-without-lead',
      severity: 'warning',
      responsibilityIds: [item.id],
      topic: topic ? refOf(topic) : null,
      message:
        `${quote(item.title)} is shared but nobody leads it. Joint ownership without a lead ` +
        `tends to mean no ownership; name one role as the lead${pointer}.`,
      citations: topic?.stance.kind === 'contested' ? uniqueCitations([...SHARED_LEAD_CITATIONS, ...analysis.suggestion.citations]) : SHARED_LEAD_CITATIONS,
      ...(topic?.stance.kind === 'contested' ? { positions: topic.stance.positions } : {}),
      ...(lead !== undefined ? { fix: leadFix(item.id, lead) } : {}),
    });
  }
  if (topic) {
    checkPlacement(item, analysis.suggestion, topic, stances, sole, emit);
  } else if (item.owner === 'Unassigned') {
    emit({
      id: findingId('unassigned', '-', [item.id]),
      ruleId: 'unassigned',
      severity: 'info',
      responsibilityIds: [item.id],
      topic: null,
      message:
        `${quote(item.title)} has no owner yet, and the guidance has no topic for it; place it ` +
        'by judgement.',
      citations: [],
    });
  }
  if (analysis.cards.length >= CARDS_PER_TITLE) analysis.cards.shift();
  analysis.cards.push({ id: item.id, owner: item.owner, lead: item.lead, stance, sole, findings });
  return findings;
}

interface DuplicateMemo {
  readonly ids: readonly ResponsibilityId[];
  readonly titles: readonly string[];
  readonly findings: readonly Finding[];
}
/** The last plan's duplicate findings: they depend on ids and titles only, not on lanes. */
const duplicateMemo = memoTable<'last', DuplicateMemo>('check.duplicates', 2);

function duplicateFindings(items: readonly Responsibility[], analyses: readonly TitleAnalysis[]): readonly Finding[] {
  const last = duplicateMemo.get('last');
  if (last && last.ids.length === items.length && items.every((item, index) => item.id === last.ids[index] && item.title === last.titles[index])) {
    return last.findings;
  }
  const findings: Finding[] = [];
  checkDuplicates(items, analyses, (finding) => {
    findings.push(finding);
  });
  duplicateMemo.set('last', { ids: items.map((item) => item.id), titles: items.map((item) => item.title), findings });
  return findings;
}

function sameWords(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
}

function checkDuplicates(
  items: readonly Responsibility[],
  analyses: readonly TitleAnalysis[],
  emit: Emit,
): void {
  const firstByKey = new Map<string, Responsibility>();
  const representatives = new Map<string, { item: Responsibility; terms: Uint32Array }[]>();
  items.forEach((item, index) => {
    const analysis = analyses[index];
    if (!analysis || !analysis.key) return;
    const first = firstByKey.get(analysis.key);
    if (first) {
      const ids = [item.id, first.id];
      emit({
        id: findingId('duplicate', analysis.suggestion.topic?.id ?? '-', ids),
        ruleId: 'duplicate',
        severity: 'warning',
        responsibilityIds: ids,
        topic: analysis.suggestion.topic,
        message:
          `${sameWords(item.title, first.title) ? `${quote(item.title)} appears twice.` : `${quote(item.title)} repeats ${quote(first.title)} in other words.`} ` +
          'Two cards for one job invite two owners, or none; keep one.',
        citations: DUPLICATE_CITATIONS,
        fix: { label: 'Delete this duplicate', command: { type: 'responsibility/delete', id: item.id } },
      });
      return;
    }
    firstByKey.set(analysis.key, item);
    const topicId = analysis.suggestion.topic?.id;
    if (!topicId) return;
    const group = representatives.get(topicId) ?? [];
    for (const rep of group) {
      if (similarity(analysis.terms, rep.terms) >= OVERLAP_SIMILARITY) {
        const ids = [item.id, rep.item.id];
        emit({
          id: findingId('overlap', topicId, ids),
          ruleId: 'overlap',
          severity: 'info',
          responsibilityIds: ids,
          topic: analysis.suggestion.topic,
          message:
            `${quote(item.title)} and ${quote(rep.item.title)} look like much the same work. ` +
            'If they are, merge them; if not, reword them so the difference is plain.',
          citations: DUPLICATE_CITATIONS,
        });
        return;
      }
    }
    group.push({ item, terms: analysis.terms });
    representatives.set(topicId, group);
  });
}

/** Jaccard similarity of two ascending lists of distinct key ids. */
function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared / (a.length + b.length - shared);
}

/**
 * Broader topics whose placed cards also cover core areas: one "Data security" card held
 * jointly covers both halves of security, though splitting it is still good advice.
 */
const COVERED_BY: ReadonlyMap<string, readonly string[]> = new Map([
  ['internal-security', ['security-overall']],
  ['product-security', ['security-overall']],
]);

function checkCoverage(
  scenario: CheckInput,
  topicCards: ReadonlyMap<string, readonly Responsibility[]>,
  sole: Role | undefined,
  emit: Emit,
): void {
  const { companySize, focus } = scenario.context;
  for (const topic of CORE_TOPICS) {
    const role = topic.core;
    if (!role) continue;
    const cards = topicCards.get(topic.id) ?? [];
    const placed = cards.filter((card) => card.owner !== 'Unassigned');
    if (placed.length > 0) continue;
    const broader = COVERED_BY.get(topic.id);
    if (broader?.some((id) => topicCards.get(id)?.some((card) => card.owner !== 'Unassigned'))) continue;
    // With one executive the absent role's areas fall to the one there is.
    const holder: Role = sole ?? role;
    const who = holder === role ? `the ${role}` : `the ${holder}, your only technology executive,`;
    // A small company, or one whose focus lies with the other role, may do without this area.
    const relaxed =
      companySize === 'small' ||
      (focus === 'product' && role === 'CIO') ||
      (focus === 'information' && role === 'CTO');
    const severity: Severity = relaxed ? 'info' : 'warning';
    if (cards.length === 0) {
      emit({
        id: findingId('coverage-gap', topic.id, []),
        ruleId: 'coverage-gap',
        severity,
        responsibilityIds: [],
        topic: refOf(topic),
        message:
          `Nobody holds ${quote(topic.label)}, a core area of the ${role} in the sources. Add it to ` +
          `the plan (the catalog has it) and give it to ${who.replace(/,$/, '')}, or accept the gap on ` +
          'purpose.',
        citations: topic.citations,
      });
    } else {
      const ids = cards.map((card) => card.id);
      const first = cards[0];
      emit({
        id: findingId('coverage-gap', topic.id, []),
        ruleId: 'coverage-gap',
        severity,
        responsibilityIds: ids,
        topic: refOf(topic),
        message:
          `${quote(topic.label)} is a core area of the ${role}, but its ${cards.length === 1 ? 'card is' : 'cards are'} ` +
          `still unassigned. Give ${cards.length === 1 ? 'it' : 'them'} to ${who.replace(/,$/, '')}.`,
        citations: topic.citations,
        ...(first ? { fix: moveFix(first.id, holder) } : {}),
      });
    }
  }
}

function checkDrift(
  items: readonly Responsibility[],
  analyses: readonly TitleAnalysis[],
  sole: Role | undefined,
  emit: Emit,
): void {
  for (const role of ['CIO', 'CTO'] as const) {
    // The only executive holds both kinds of work on purpose; that is not drift.
    if (role === sole) continue;
    let clear = 0;
    const foreign: ResponsibilityId[] = [];
    items.forEach((item, index) => {
      if (item.owner !== role) return;
      const suggestion = analyses[index]?.suggestion;
      if (!suggestion || suggestion.confidence < WARNING_CONFIDENCE) return;
      if (suggestion.owner !== 'CIO' && suggestion.owner !== 'CTO') return;
      clear += 1;
      if (suggestion.owner !== role) foreign.push(item.id);
    });
    if (clear >= DRIFT_MINIMUM && foreign.length / clear > DRIFT_SHARE) {
      const share = Math.round((foreign.length / clear) * 100);
      emit({
        id: findingId('role-drift', role, []),
        ruleId: 'role-drift',
        severity: 'warning',
        responsibilityIds: foreign,
        topic: null,
        message:
          `The ${role} lane has drifted: ${share}% of its clearly classified cards are ` +
          `${other(role)} work. The sources draw the line by direction (the CIO looks inward at ` +
          'how the company runs, the CTO outward at what it sells); a lane this mixed usually ' +
          'means one role is doing both jobs. Review the cards flagged as misplaced.',
        citations: DRIFT_CITATIONS,
      });
    }
  }
}

function checkContext(
  scenario: CheckInput,
  laneCount: Readonly<Record<Lane, number>>,
  cioLed: number,
  ctoLed: number,
  emit: Emit,
): void {
  const { companySize, focus, reportingLine } = scenario.context;
  const placed = laneCount.CIO + laneCount.CTO + laneCount.Shared;
  if (companySize === 'small' && laneCount.CIO > 0 && laneCount.CTO > 0) {
    const pick = focus === 'product' ? 'CTO' : focus === 'information' ? 'CIO' : null;
    emit({
      id: findingId('context-company-size', 'small', []),
      ruleId: 'context-company-size',
      severity: 'info',
      responsibilityIds: [],
      topic: null,
      message:
        'The sources note that a small company may need only one of the two roles, and that ' +
        'funding both is often the hard part. This plan keeps both lanes busy; check whether ' +
        `one executive could hold both${pick ? `, most naturally a ${pick} given your focus` : ''}, ` +
        'with contractors covering the rest.',
      citations: COMPANY_SIZE_CITATIONS,
    });
  }
  if (companySize === 'large' && placed > 0 && (cioLed === 0 || ctoLed === 0)) {
    const missing: Role = cioLed === 0 ? 'CIO' : 'CTO';
    emit({
      id: findingId('context-company-size', 'large', []),
      ruleId: 'context-company-size',
      severity: 'info',
      responsibilityIds: [],
      topic: null,
      message:
        `Nothing is led by the ${missing}. The sources say a large, complex company may need ` +
        'both roles, and that most organisations have both; make sure the empty role’s ' +
        'work is really covered.',
      citations: COMPANY_SIZE_CITATIONS,
    });
  }
  const sole = soleExecutive(scenario);
  if (focus !== 'balanced' && placed > 0 && sole !== undefined) {
    const favoured: Role = focus === 'product' ? 'CTO' : 'CIO';
    if (sole !== favoured) {
      const kind = focus === 'product' ? 'its product' : 'its information';
      emit({
        id: findingId('context-focus', `${focus}-sole-${sole}`, []),
        ruleId: 'context-focus',
        severity: 'info',
        responsibilityIds: [],
        topic: null,
        message:
          `The sources say a small company may need only one of the two roles, and that a company ` +
          `whose value is in ${kind} is better served by a ${favoured}. Your one technology ` +
          `executive is the ${sole}; that can work, but when you hire or redefine the role, ` +
          `consider whether it should be a ${favoured}.`,
        citations: FOCUS_CITATIONS,
      });
    }
  } else if (focus !== 'balanced' && placed > 0) {
    const favoured: Role = focus === 'product' ? 'CTO' : 'CIO';
    const favouredCount = favoured === 'CTO' ? ctoLed : cioLed;
    const otherCount = favoured === 'CTO' ? cioLed : ctoLed;
    const kind = focus === 'product' ? 'its product' : 'its information';
    if (favouredCount === 0) {
      emit({
        id: findingId('context-focus', focus, []),
        ruleId: 'context-focus',
        severity: 'warning',
        responsibilityIds: [],
        topic: null,
        message:
          `The company’s value is in ${kind}, and the sources say that calls for a ` +
          `${favoured}, yet the plan gives the ${favoured} nothing to lead. Either give the ` +
          `${favoured} the work that creates that value, or revisit the focus setting.`,
        citations: FOCUS_CITATIONS,
      });
    } else if (otherCount > 2 * favouredCount) {
      emit({
        id: findingId('context-focus', focus, []),
        ruleId: 'context-focus',
        severity: 'info',
        responsibilityIds: [],
        topic: null,
        message:
          `The company’s value is in ${kind}, which the sources tie to the ${favoured}, but ` +
          `the ${other(favoured)} leads more than twice as much. Check that the ${favoured}’s ` +
          'remit matches where the value is.',
        citations: FOCUS_CITATIONS,
      });
    }
  }
  const topic = TOPICS_BY_ID.get(REPORTING_LINE_TOPIC);
  const positions = topic?.stance.kind === 'contested' ? topic.stance.positions : undefined;
  const citations = topic ? uniqueCitations(topic.citations) : [];
  const recorded = scenario.stances[REPORTING_LINE_TOPIC];
  // A recorded stance that says one thing while the context says another.
  const expected = recorded === 'CIO' ? 'cto-to-cio' : recorded === 'CTO' ? 'cio-to-cto' : undefined;
  if (expected !== undefined && reportingLine !== expected) {
    const said = recorded === 'CIO' ? 'the CTO reports to the CIO' : 'the CIO reports to the CTO';
    const context =
      reportingLine === 'both-to-ceo'
        ? 'both report to the CEO'
        : reportingLine === 'cto-to-cio'
          ? 'the CTO reports to the CIO'
          : 'the CIO reports to the CTO';
    emit({
      id: findingId('context-reporting-line', `stance-${recorded}-${reportingLine}`, []),
      ruleId: 'context-reporting-line',
      severity: 'warning',
      responsibilityIds: [],
      topic: topic ? refOf(topic) : null,
      message:
        `Your recorded stance says ${said}, but the plan’s context says ${context}. The plan ` +
        'should say one thing: change the context or the stance.',
      citations,
      ...(positions ? { positions } : {}),
      fix: {
        label: 'Set the context to match the stance',
        command: { type: 'scenario/set-context', context: { reportingLine: expected } },
      },
    });
  }
  if (reportingLine === 'cto-to-cio' && recorded !== 'CIO') {
    emit({
      id: findingId('context-reporting-line', reportingLine, []),
      ruleId: 'context-reporting-line',
      severity: 'info',
      responsibilityIds: [],
      topic: topic ? refOf(topic) : null,
      message:
        'Having the CTO report to the CIO is one side of a disagreement in the sources; other ' +
        'passages treat the two as peers under the CEO. Make it a deliberate choice and record it.',
      citations,
      ...(positions ? { positions } : {}),
      fix: stanceFix(REPORTING_LINE_TOPIC, 'CIO'),
    });
  }
  if (reportingLine === 'cio-to-cto') {
    emit({
      id: findingId('context-reporting-line', reportingLine, []),
      ruleId: 'context-reporting-line',
      severity: recorded === 'CTO' ? 'info' : 'warning',
      responsibilityIds: [],
      topic: topic ? refOf(topic) : null,
      message:
        'Neither source describes the CIO reporting to the CTO: they either put the CTO under ' +
        'the CIO or treat both as peers under the CEO. If the CTO is the senior technologist ' +
        'here, say why; otherwise have both report to the CEO.',
      citations,
      ...(positions ? { positions } : {}),
      fix: {
        label: 'Have both report to the CEO',
        command: { type: 'scenario/set-context', context: { reportingLine: 'both-to-ceo' } },
      },
    });
  }
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

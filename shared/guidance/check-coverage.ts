/** Plan-level rules on what the lanes hold: coverage of each role's core areas, and role drift. */
import type { Responsibility, ResponsibilityId, Role } from '../model/index.js';
import { TOPICS, type Topic } from './topics.js';
import type { TitleAnalysis } from './check-analysis.js';
import {
  DRIFT_CITATIONS,
  DRIFT_MINIMUM,
  DRIFT_SHARE,
  WARNING_CONFIDENCE,
  findingId,
  moveFix,
  other,
  quote,
  refOf,
} from './check-support.js';
import type { CheckInput, Emit, Severity } from './check-types.js';

/** Topics that are a core area of one role. */
const CORE_TOPICS: readonly Topic[] = TOPICS.filter((topic) => topic.core !== undefined);

/**
 * Broader topics whose placed cards also cover core areas: one "Data security" card held
 * jointly covers both halves of security, though splitting it is still good advice.
 */
const COVERED_BY: ReadonlyMap<string, readonly string[]> = new Map([
  ['internal-security', ['security-overall']],
  ['product-security', ['security-overall']],
]);

/** Emits a coverage gap for each core area of a role that nobody holds. */
export function checkCoverage(
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

/** Emits role drift for a lane whose clearly classified cards are mostly the other role’s work. */
export function checkDrift(
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

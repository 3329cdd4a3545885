/** Rules on one responsibility: where it sits, who leads it, and contested topics. */
import type { Responsibility, Role } from '../model/index.js';
import { cioVsCto as cv, uniqueCitations, type Citation } from './sources.js';
import type { Suggestion } from './suggest.js';
import { halfSide, stanceRole, type Topic } from './topics.js';
import { CARDS_PER_TITLE, type TitleAnalysis } from './check-analysis.js';
import {
  ERROR_CONFIDENCE,
  MATCH_CAP,
  PLACEMENT_CONFIDENCE,
  SEVERITY_ORDER,
  WARNING_CONFIDENCE,
  findingId,
  laneOf,
  leadFix,
  moveFix,
  other,
  positionsText,
  quote,
  refOf,
  stanceFix,
} from './check-support.js';
import type { Emit, Finding, FindingFix, Severity } from './check-types.js';

// ─── Rules on one responsibility ──────────────────────────────────────────────────────

/** How sure the reading is, in words, for messages: nothing for a phrase match. */
function sureness(suggestion: Suggestion): string {
  const percent = Math.round(suggestion.confidence * 100);
  if (suggestion.match === 'word') return ` (on one word; ${percent}% sure)`;
  if (suggestion.match === 'fuzzy') return ` (loosely, through a likely typo or related word; ${percent}% sure)`;
  return '';
}

/** Emits the placement findings for one card whose title matches a topic. */
export function checkPlacement(
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
      // Where the sources split a topic by direction, the wording picks the lead.
      const lead = suggestion.lead ?? stance.lead;
      fix = moveFix(item.id, 'Shared', lead);
      advice = `The guidance points to shared ownership with the ${lead} leading.`;
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
    // One role's half of a topic the sources split by direction (internal security with the
    // CIO, product security with the CTO) sits where the sources put that half: no finding.
    if (halfSide(topic.id) === lead) return;
    emit({
      id: findingId('should-share', subject, ids),
      ruleId: 'should-share',
      severity: 'info',
      responsibilityIds: ids,
      topic: ref,
      message:
        `${title} sits with the ${lead} alone. The sources give ${label} to both roles, ` +
        `${stance.byWording ? `and this wording points to the ${lead} as the lead` : `with the ${lead} leading`}; consider making it Shared with ` +
        `the ${lead} leading, so the ${other(lead)} has a defined part.`,
      citations: topic.citations,
      fix: moveFix(item.id, 'Shared', lead),
    });
  } else {
    emit({
      id: findingId('misplaced', subject, ids),
      ruleId: 'misplaced',
      // One role's half (internal or product security) in the other role's lane is as wrong as
      // before the halves were modelled as shared: a phrase match may still make it an error.
      severity: severityFor(halfSide(topic.id) === lead ? 'error' : 'warning'),
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

const SHARED_LEAD_CITATIONS: readonly Citation[] = [
  cv('8'),
  cv('10'),
];

/** The findings about one card on its own (lead, placement), memoised on its title’s analysis. */
export function cardFindings(
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

/**
 * {@link suggestOwner}: a topic ranking (suggest.ts) turned into a proposal with an owner, a
 * calibrated confidence, the lead the wording points to, citations and reasons.
 */
import { memoTable } from './memo.js';
import { withSideReading } from './side-model.js';
import { cioVsCto as cv, inwardOutward as io, uniqueCitations, type Citation } from './sources.js';
import {
  EVIDENCE_KEYS,
  audienceWords,
  bothRoleReading,
  companyWideCues,
  wholeReading,
  WHOLE_OF_PART,
  orientationOfKeys,
  rankTopics,
  sidesOfKeys,
  type MatchStrength,
  type Suggestion,
  type TopicMatch,
  type TopicRef,
} from './suggest.js';
import { BEFORE, FAMILY, TYPO, analyseText } from './text.js';
import { COMPANY_WIDE_TOKEN, COMPARE_KEYS, DEVICE_KEYS, INFOTECH, MAKING_KEYS, OTHERS_KEYS, OUR_OWN, WE_SELL_TOKEN, namesTechnology } from './words.js';
import { TOPICS, type Topic } from './topics.js';
import type { Role } from '../model/index.js';

/**
 * The confidence of a reading from audience words alone ("our customers", "the finance team")
 * when no topic matched: on the labelled sets such readings are right about two times in
 * three, so they claim no more than a coin flip and a half, and never make a finding.
 */
const AUDIENCE_CONFIDENCE = 0.5;

/** Below this score the text is Unknown. */
const MATCH_THRESHOLD = 0.75;
/**
 * The highest confidence each kind of match may claim, set from the labelled set (see the
 * closing note): one ordinary word or a fuzzy match is right less often than a phrase.
 */
const CONFIDENCE_CAP: Readonly<Record<MatchStrength, number>> = {
  phrase: 0.97,
  word: 0.8,
  fuzzy: 0.65,
  audience: AUDIENCE_CONFIDENCE,
  none: 0.25,
};

function ownerKey(topic: Topic): string {
  const { stance } = topic;
  if (stance.kind === 'owner') return stance.owner;
  if (stance.kind === 'shared') return 'Shared';
  return 'Contested';
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function quoteList(items: readonly string[]): string {
  return items.map((item) => `“${item}”`).join(', ');
}

const UNKNOWN_REASON =
  'None of the guidance topics matched these words, so Remit does not guess. Place it by ' +
  'judgement, or reword it to say who it serves (employees or customers) and what it covers.';

const HEDGE: Readonly<Record<MatchStrength, string>> = {
  phrase: '',
  word: 'Matched on a single word, so treat this as advice. ',
  fuzzy: 'Matched only loosely (a likely typo or a related word form), so treat this as a hint. ',
  audience: '',
  none: '',
};

const NO_CITATIONS: readonly Citation[] = Object.freeze([]);

function unknown(confidence: number, signals: readonly string[]): Suggestion {
  return Object.freeze({
    owner: 'Unknown',
    confidence,
    match: 'none',
    topic: null,
    signals: Object.freeze([...signals]),
    citations: NO_CITATIONS,
    reason: UNKNOWN_REASON,
  } satisfies Suggestion);
}

const REFS = new Map<string, TopicRef>();
function refOf(topic: Topic): TopicRef {
  let ref = REFS.get(topic.id);
  if (!ref) {
    ref = Object.freeze({ id: topic.id, label: topic.label });
    REFS.set(topic.id, ref);
  }
  return ref;
}

/** Shared topics by each of their halves (see `halves` on a shared stance). */
const WHOLE_BY_HALF: ReadonlyMap<string, { readonly topic: Topic; readonly side: Role }> = new Map(
  TOPICS.flatMap((topic): (readonly [string, { readonly topic: Topic; readonly side: Role }])[] => {
    const { stance } = topic;
    if (stance.kind !== 'shared' || !stance.halves) return [];
    return [
      [stance.halves[0], { topic, side: 'CIO' }],
      [stance.halves[1], { topic, side: 'CTO' }],
    ];
  }),
);

/**
 * When the best topic is one role's half of a topic the sources give to both (internal
 * security, product security) and the text also names the other side, by an orientation cue
 * ("office", "customers") or by a matched topic of the other role ("the app"), the text is
 * about the whole: the shared topic, with the evidence of both. Pure.
 */
function wholeOf(
  top: TopicMatch,
  ranking: readonly TopicMatch[],
  keys: readonly string[],
): { readonly match: TopicMatch; readonly halves: readonly string[] } | undefined {
  const whole = WHOLE_BY_HALF.get(top.topic.id);
  if (!whole || whole.topic.stance.kind !== 'shared' || !whole.topic.stance.halves) return undefined;
  const { halves } = whole.topic.stance;
  const other: Role = whole.side === 'CIO' ? 'CTO' : 'CIO';
  // The other side must be named apart from the words that matched the half ("user accounts"
  // does not name customers by its "user").
  const matched = new Set(top.signals.flatMap((signal) => analyseText(signal).keys));
  const sides = sidesOfKeys(keys.filter((key) => !matched.has(key.startsWith(TYPO) ? key.slice(TYPO.length) : key)));
  // Wording that spans the company ("across the whole business") names every side.
  const wide = keys.includes(COMPANY_WIDE_TOKEN);
  const byCue = wide || (other === 'CTO' ? sides.outward : sides.inward);
  // Another topic names the other side only when it is clear, not dwarfed by the best one, and
  // not the other half (both halves share the topic's words: "protect", "data").
  const byTopic = ranking.find(
    (match) =>
      match.match !== 'fuzzy' &&
      match.score >= Math.max(MATCH_THRESHOLD, 0.3 * top.score) &&
      match.topic.stance.kind === 'owner' &&
      match.topic.stance.owner === other &&
      !halves.includes(match.topic.id),
  );
  // A text whose cues all point to the half's own side ("customer data in our product") is
  // that half, whatever else it mentions.
  const all = sidesOfKeys(keys);
  const ownSideOnly = whole.side === 'CIO' ? all.inward && !all.outward : all.outward && !all.inward;
  if (!byCue && (!byTopic || ownSideOnly)) return undefined;
  // The half's own words with every audience word naming the other side ("two-factor login for
  // users of our trading app": only the product's side) are the other half, not the whole.
  // "Users" does not count: the company's own staff are users of its systems too.
  const named = sidesOfKeys(keys.filter((key) => key !== 'user' && key !== 'users'));
  const otherOnly = other === 'CTO' ? named.outward && !named.inward : named.inward && !named.outward;
  if (!wide && otherOnly && top.via === undefined) {
    const half = TOPICS.find((topic) => topic.id === halves[other === 'CIO' ? 0 : 1]);
    if (half) return { match: { ...top, topic: half }, halves };
  }
  const signals = [...top.signals, ...(byTopic ? byTopic.signals.filter((signal) => !top.signals.includes(signal)) : [])];
  return {
    match: { topic: whole.topic, score: top.score, signals, match: top.match },
    halves,
  };
}

/**
 * What the sources say of a role's direction, for a text that names only whom it serves: the
 * CIO's technology faces the company's own people and operations, the CTO's the customers and
 * the market (inward-outward thesis; cio-vs-cto §20).
 */
const AUDIENCE_REASON: Readonly<Record<Role, string>> = {
  CIO:
    'No guidance topic matched these words, but they speak of the company’s own people or ' +
    'operations, and the sources describe the CIO’s technology as facing inward, towards ' +
    'employees and the running of the business. A hint only: say what the work covers for a ' +
    'firmer reading.',
  CTO:
    'No guidance topic matched these words, but they speak of customers, users or the product ' +
    'the company sells, and the sources describe the CTO’s technology as facing outward, ' +
    'towards customers and the market. A hint only: say what the work covers for a firmer ' +
    'reading.',
};
const AUDIENCE_CITATIONS: readonly Citation[] = Object.freeze([io('thesis'), cv('20')]);

/**
 * A text no topic matched, read by its audience words alone, or Unknown. Weak evidence: it
 * carries no topic, so it never makes a placement finding.
 */
function byAudience(keys: readonly string[], fallback: Suggestion): Suggestion {
  const role = orientationOfKeys(keys);
  return role === null ? fallback : audienceReading(role, keys);
}

/** The weak reading of a text by whom it serves: `role`'s side, no topic, no finding. */
function audienceReading(role: Role, keys: readonly string[]): Suggestion {
  const cues = audienceWords(keys);
  return Object.freeze({
    owner: role,
    confidence: AUDIENCE_CONFIDENCE,
    match: 'audience',
    topic: null,
    signals: Object.freeze(cues),
    citations: AUDIENCE_CITATIONS,
    reason: AUDIENCE_REASON[role],
  } satisfies Suggestion);
}

/**
 * When the best topic is one part of a company-wide topic (the IT strategy, the product's
 * architecture) and the text spans the company ("for the entire company") or names both the
 * company's IT and its product or engineering ("IT and product architecture"), the text is about
 * the company-wide topic. Pure.
 */
function companyWideOf(top: TopicMatch, ranking: readonly TopicMatch[], keys: readonly string[]): TopicMatch | undefined {
  const { wide, both } = companyWideCues(keys);
  if (!wide && !both) return undefined;
  // A part named so is already its whole in the ranking (see rankTopics and wholeReading); one
  // that another reading put first here becomes its whole now.
  const whole = top.via === undefined ? wholeReading(top, keys) : undefined;
  if (whole) return whole;
  // Naming both IT and the product, a text that also matches a disputed company-wide topic
  // (the budget, the architecture of everything) is about that topic on both sides' behalf
  // ("funding for IT and engineering", "architecture governance across IT and product").
  if (!both || top.topic.stance.kind === 'contested') return undefined;
  return ranking.find(
    (match) => match.topic.stance.kind === 'contested' && match.match !== 'fuzzy' && match.score >= CONTESTED_SHARE * top.score,
  );
}

/**
 * The reverse: a disputed company-wide topic read from wording that names only one side's
 * audience ("technical architecture of our SaaS offering": customers and the product only) is
 * that side's part, when the part matched nearly as well. Pure.
 */
function sidedPartOf(top: TopicMatch, ranking: readonly TopicMatch[], keys: readonly string[]): TopicMatch | undefined {
  // "Enterprise" names the company-wide whole outright ("enterprise architecture for the app").
  if (top.topic.stance.kind !== 'contested' || keys.includes(COMPANY_WIDE_TOKEN) || keys.includes('enterprise')) return undefined;
  // Naming both the company's IT and its product or engineering names both sides, whatever the
  // audience words say ("the IT and engineering spend").
  if (companyWideCues(keys).both) return undefined;
  const sides = sidesOfKeys(keys);
  if (sides.inward === sides.outward) return undefined;
  const side: Role = sides.inward ? 'CIO' : 'CTO';
  return ranking.find(
    (match) =>
      WHOLE_OF_PART.get(match.topic.id) === top.topic.id &&
      match.score >= SIDED_PART_SHARE * top.score &&
      (match.topic.stance.kind === 'owner' ? match.topic.stance.owner : match.topic.stance.kind === 'shared' ? match.topic.stance.lead : null) === side,
  );
}

/** How close one side's part must come to a disputed whole to stand for it. */
const SIDED_PART_SHARE = 0.8;

/** How close a disputed topic must come to the best one, in a text naming both sides, to stand instead. */
const CONTESTED_SHARE = 0.5;

/** The CTO's half of a shared topic split into halves (product security for security as a whole). */
function ctoHalf(topic: Topic): Topic | undefined {
  const { stance } = topic;
  if (stance.kind !== 'shared' || !stance.halves) return undefined;
  const id = stance.halves[1];
  return TOPICS.find((candidate) => candidate.id === id);
}

/** True when a topic is the CTO's, or shared with the CTO leading or the wording choosing the lead. */
function leansCto(topic: Topic): boolean {
  const { stance } = topic;
  if (stance.kind === 'owner') return stance.owner === 'CTO';
  return stance.kind === 'shared' && (stance.lead === 'CTO' || stance.byWording === true);
}

/**
 * A text that says the company sells the thing it names ("the accounting software we sell",
 * "security cameras we make") is about the product, whatever the thing's own words say: when
 * its best topic is the CIO's (or security as a whole), the best topic on the CTO's side
 * stands instead; with none, the reading is the product's side by audience alone. Pure.
 */
function soldThing(top: TopicMatch, ranking: readonly TopicMatch[], keys: readonly string[]): TopicMatch | Role | undefined {
  // "A PaaS offering for developers": an offering is what the company offers, unless the text
  // names the company's own people ("the training offering for staff").
  const offering = (keys.includes('offering') || keys.includes('offerings')) && !sidesOfKeys(keys).inward;
  if (!keys.includes(WE_SELL_TOKEN) && !offering) return undefined;
  const half = ctoHalf(top.topic);
  if (half) return { ...top, topic: half };
  if (top.topic.stance.kind !== 'owner' || top.topic.stance.owner !== 'CIO') return undefined;
  return ranking.find((match) => match.via === undefined && match.score >= MATCH_THRESHOLD && leansCto(match.topic)) ?? 'CTO';
}

/**
 * A device named with a word of making ("prototype of the next headset", "gadget design",
 * "prototyping a foldable phone") and no word of the company's own people is the product being
 * designed, not equipment for staff: research when it is a prototype, else product development
 * (cio-vs-cto §7, §19). Only when no topic matched or the best one is the office's equipment.
 * Pure.
 */
function madeDevice(top: TopicMatch | undefined, keys: readonly string[]): TopicMatch | undefined {
  if (top && top.score >= MATCH_THRESHOLD && top.topic.id !== 'workplace-technology') return undefined;
  const plain = keys.map((key) => (key.startsWith(TYPO) ? key.slice(TYPO.length) : key));
  const making = plain.filter((key) => MAKING_KEYS.has(key));
  const device = plain.find((key) => DEVICE_KEYS.has(key));
  if (making.length === 0 || device === undefined || sidesOfKeys(keys).inward) return undefined;
  const id = making.some((key) => key.includes('prototyp')) ? 'research-development' : 'product-development';
  const topic = TOPICS.find((candidate) => candidate.id === id);
  if (!topic) return undefined;
  const typo = keys.some((key) => key.startsWith(TYPO) && MAKING_KEYS.has(key.slice(TYPO.length)));
  return { topic, score: Math.max(top?.score ?? 0, 1.4), signals: [...new Set(making.filter((key) => !key.startsWith(FAMILY)))], match: typo ? 'fuzzy' : 'word' };
}

/** Keys that name the other party of vendor relations: vendors, suppliers, providers, outsourcing. */
const VENDOR_KEYS: ReadonlySet<string> = new Set([
  'vendor', 'vendors', '~vendor', 'supplier', 'suppliers', '~supplier', 'provider', 'providers', '~provid',
  'outsourcing', 'outsource', '~outsourc', 'msp', 'sla', 'rfp', 'contractor', 'contractors', '~contractor', 'renewals', '~renew',
]);

/**
 * Vendor relations read only from words of buying ("purchasing", "purchase orders",
 * "contracts"), with no vendor named and a department or the company as the audience
 * ("procedures for the purchasing team", "a safe place for the legal team's contracts"), are
 * that department's own process or system: inward work the sources give to the CIO (cio-vs-cto
 * §12, §20), not the relationship with vendors that §15 gives to both. The best CIO topic
 * stands instead, else the inward side by audience. Pure.
 */
function buyingProcess(top: TopicMatch, ranking: readonly TopicMatch[], keys: readonly string[]): TopicMatch | Role | undefined {
  if (top.topic.id !== 'it-vendors' || top.match === 'phrase') return undefined;
  const plain = keys.map((key) => (key.startsWith(TYPO) ? key.slice(TYPO.length) : key));
  if (plain.some((key) => VENDOR_KEYS.has(key))) return undefined;
  if (!sidesOfKeys(keys.filter((key) => key !== INFOTECH && key !== OUR_OWN)).inward) return undefined;
  return (
    ranking.find(
      (match) =>
        match.score >= MATCH_THRESHOLD && match.match !== 'fuzzy' && match.topic.stance.kind === 'owner' && match.topic.stance.owner === 'CIO',
    ) ?? 'CIO'
  );
}

/** The one-role match a both-role reading stands on, or the match itself. */
function sourceOf(match: TopicMatch): TopicMatch {
  return match.via ?? match;
}

/**
 * The reverse: both roles named only as the two candidates ("approving tech spend: CIO or
 * CTO?") of a topic the sources dispute is that dispute, not collaboration. Pure.
 */
function disputeNamed(top: TopicMatch, ranking: readonly TopicMatch[]): TopicMatch | undefined {
  if (top.topic.id !== 'role-collaboration' || !top.signals.every((signal) => signal === 'CIO and CTO')) return undefined;
  return ranking.find((match) => match.topic.stance.kind === 'contested' && match.match !== 'fuzzy' && match.score >= MATCH_THRESHOLD);
}

/** True when a text compares the company with other organisations ("benchmark against competitors"). */
function comparedWithOthers(keys: readonly string[]): boolean {
  const plain = keys.map((key) => (key.startsWith(TYPO) ? key.slice(TYPO.length) : key));
  return plain.some((key) => COMPARE_KEYS.has(key)) && plain.some((key) => OTHERS_KEYS.has(key));
}

/** The suggestion for a text's keys. Pure. */
export function computeSuggestion(keys: readonly string[]): Suggestion {
  const ranking = rankTopics(keys);
  // The readings below that weigh a one-role topic against the text's other words (selling,
  // buying, audience) read the one-role topic a both-role cue stood on (see rankTopics).
  const made = madeDevice(ranking[0] && sourceOf(ranking[0]), keys);
  let top: TopicMatch | undefined = made ? (bothRoleReading(made, keys, ranking) ?? made) : ranking[0];
  if (!top) return byAudience(keys, unknown(0, []));
  if (top.score < MATCH_THRESHOLD) {
    return byAudience(keys, unknown(round(Math.min(0.25, (1 - Math.exp(-top.score / 1.2)) * 0.4)), top.signals));
  }
  const sold = soldThing(sourceOf(top), ranking, keys);
  if (sold === 'CTO') return audienceReading('CTO', keys);
  if (sold !== undefined && sold !== 'CIO') top = bothRoleReading(sold, keys, ranking) ?? sold;
  const buying = buyingProcess(sourceOf(top), ranking, keys);
  if (buying === 'CIO') return audienceReading('CIO', keys);
  if (buying !== undefined && buying !== 'CTO') top = bothRoleReading(buying, keys, ranking) ?? buying;
  // One ordinary word or a loose match against a clear audience of the other side ("an old
  // inventory program for the warehouse", "emails to our shoppers"): the audience says more.
  const source = sourceOf(top);
  if (source.match !== 'phrase' && source.topic.stance.kind === 'owner') {
    const audience = orientationOfKeys(keys);
    if (audience !== null && audience !== source.topic.stance.owner) return byAudience(keys, unknown(0, []));
  }
  // A disputed topic read from ordinary words only, in a text whose audience is one side's and
  // which clearly names a topic of that side ("onboarding screens in our budgeting app for
  // consumers"): the word describes that side's thing, so that side's topic stands instead.
  if (source.match === 'word' && source.topic.stance.kind === 'contested') {
    const audience = orientationOfKeys(keys);
    const sided =
      audience === null
        ? undefined
        : ranking.find(
            (match) =>
              match.via === undefined &&
              match.match !== 'fuzzy' &&
              match.score >= MATCH_THRESHOLD &&
              match.topic.stance.kind === 'owner' &&
              match.topic.stance.owner === audience,
          );
    if (sided) top = bothRoleReading(sided, keys, ranking) ?? sided;
  }
  top = disputeNamed(top, ranking) ?? top;
  const whole = wholeOf(top, ranking, keys);
  if (whole) top = whole.match;
  else top = companyWideOf(top, ranking, keys) ?? top;
  top = sidedPartOf(top, ranking, keys) ?? top;
  const comparing = comparedWithOthers(keys);
  if (comparing) top = ranking.find((match) => match.via === undefined && match.topic.id === 'automation' && match.score >= MATCH_THRESHOLD) ?? top;
  const { via } = top;
  const key = ownerKey(top.topic);
  const rival = ranking.find((match) => ownerKey(match.topic) !== key && !whole?.halves.includes(match.topic.id));
  // A reading chosen over a better-scoring rival (what the company sells, a device being made)
  // has no margin, not a negative one: a confidence is never below 0.
  const margin = rival ? Math.max(0, (top.score - rival.score) / top.score) : 1;
  const strength = 1 - Math.exp(-top.score / 1.2);
  const confidence = round(Math.min(CONFIDENCE_CAP[top.match], strength * (0.55 + 0.45 * margin)));
  const { topic } = top;
  const { stance } = topic;
  const reason = `${HEDGE[top.match]}Reads as “${topic.label}” (matched ${quoteList(top.signals)}). ${topic.rationale}`;
  const base = {
    confidence,
    match: top.match,
    topic: refOf(topic),
    signals: Object.freeze([...top.signals]),
    reason,
    ...(topic.note ? { note: topic.note } : {}),
  };
  if (stance.kind === 'contested') {
    return Object.freeze({
      ...base,
      owner: 'Contested',
      citations: uniqueCitations(stance.positions.flatMap((position) => position.citations)),
      positions: stance.positions,
    } satisfies Suggestion);
  }
  if (stance.kind === 'shared') {
    // Wording that spans the company names no one side: the topic's own lead.
    const spans = keys.includes(COMPANY_WIDE_TOKEN);
    const wording = keys.includes(WE_SELL_TOKEN) ? 'CTO' : orientationOfKeys(keys);
    // A whole read from both its halves names both sides: the topic's own lead. Automation
    // compared with other organisations is the CTO's part of it (cio-vs-cto §12).
    const lead =
      topic.id === 'role-collaboration' && via?.topic.stance.kind === 'owner'
        ? via.topic.stance.owner
        : topic.id === 'automation' && comparing
        ? 'CTO'
        : stance.byWording && !spans && !whole
          ? (wording ?? stance.lead)
          : stance.lead;
    return Object.freeze({ ...base, owner: 'Shared', lead, citations: topic.citations } satisfies Suggestion);
  }
  return Object.freeze({ ...base, owner: stance.owner, citations: topic.citations } satisfies Suggestion);
}

const byText = memoTable<string, Suggestion>('suggest.by-text', 5_000);
const byEvidence = memoTable<string, Suggestion>('suggest.by-evidence', 5_000);

/** The memo key of a text: trimmed, inner whitespace collapsed (case kept: "IT" ≠ "it"). */
function memoKey(text: string): string {
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
const UNUSUAL_SPACE = /[^\S ]| {2}/;

/**
 * The most any reading of a title that names no technology may claim (words.ts:
 * namesTechnology): such a title may not be technology work at all ("Office move to Leeds",
 * "Legal review of the supplier contract"), and the labelled sets, all technology work, cannot
 * measure how often a reading of it is right. A hint, as an audience reading (0.5).
 */
export const OFF_FIELD_CONFIDENCE = AUDIENCE_CONFIDENCE;

const OFF_FIELD_HEDGE = 'None of these words names technology, so this may not be technology work at all: a hint only. ';

const offFieldMemo = new WeakMap<Suggestion, Suggestion>();

/** `suggestion` claiming at most {@link OFF_FIELD_CONFIDENCE}, hedged so, when `keys` name no technology. Pure. */
export function offFieldCapped(suggestion: Suggestion, keys: readonly string[]): Suggestion {
  if (suggestion.confidence <= OFF_FIELD_CONFIDENCE || namesTechnology(keys)) return suggestion;
  const known = offFieldMemo.get(suggestion);
  if (known) return known;
  const capped = Object.freeze({ ...suggestion, confidence: OFF_FIELD_CONFIDENCE, reason: `${OFF_FIELD_HEDGE}${suggestion.reason}` });
  offFieldMemo.set(suggestion, capped);
  return capped;
}

/**
 * The topic reading combined with the side classifier (side-model.ts: withSideReading decides
 * where the learned side of the wording speaks instead), then capped for a title that names no
 * technology ({@link offFieldCapped}).
 */
export function suggestOwnerForStems(keys: readonly string[]): Suggestion {
  return offFieldCapped(withSideReading(topicSuggestionForStems(keys), keys), keys);
}

/** The topic reading of a text's keys (from analyseText), through the evidence memo; no side fallback. */
export function topicSuggestionForStems(keys: readonly string[]): Suggestion {
  const evidence: string[] = [];
  for (const key of keys) {
    const at = key.indexOf(BEFORE);
    if (at > 0 ? EVIDENCE_KEYS().has(key.slice(0, at)) && EVIDENCE_KEYS().has(key.slice(at + 1)) : EVIDENCE_KEYS().has(key.startsWith(TYPO) ? key.slice(1) : key)) {
      evidence.push(key);
    }
  }
  const memo = evidence.join(' ');
  return byEvidence.get(memo) ?? byEvidence.set(memo, computeSuggestion(evidence));
}

/**
 * Proposes an owner for free text such as a responsibility title. Pure and deterministic;
 * memoised in bounded tables (memo.ts). Robust to case, punctuation, word order, inflection,
 * abbreviations of the field and small typos. When no topic matches it returns owner Unknown
 * with a confidence of at most 0.25 instead of guessing. Never throws.
 */
export function suggestOwner(text: string): Suggestion {
  const key = memoKey(text);
  return byText.get(key) ?? byText.set(key, suggestOwnerForStems(analyseText(key).keys));
}

import type { Role } from '../model/index.js';
import { BoundedCache } from './bounded-cache.js';
import { uniqueCitations, type Citation } from './sources.js';
import { contentStems } from './text.js';
import { TOPICS, type Position, type Topic } from './topics.js';

/** What {@link suggestOwner} proposes: a lane, Contested (the sources disagree) or Unknown. */
export type SuggestedOwner = 'CIO' | 'CTO' | 'Shared' | 'Contested' | 'Unknown';

/** A topic reference small enough to show or serialise. */
export interface TopicRef {
  readonly id: string;
  readonly label: string;
}

/** The guidance's proposal for one piece of free text. Frozen; safe to share. */
export interface Suggestion {
  readonly owner: SuggestedOwner;
  /** 0..1; below about 0.5 treat it as a hint, not advice. 0 when nothing matched. */
  readonly confidence: number;
  readonly topic: TopicRef | null;
  /** The signal phrases of the topic found in the text, as written in the knowledge base. */
  readonly signals: readonly string[];
  readonly citations: readonly Citation[];
  /** The leading role when `owner` is Shared. */
  readonly lead?: Role;
  /** Both sides when `owner` is Contested. */
  readonly positions?: readonly Position[];
  /** Why, in our words: what the text looks like, who should hold it and what to do. */
  readonly reason: string;
}

interface CompiledSignal {
  readonly topic: number;
  readonly text: string;
  readonly stems: readonly string[];
  readonly weight: number;
}

/** A stem found with the same topic's stronger signal counts for little on its own. */
const HINT_WEIGHT = 0.45;
/** Bonus for inward cues on CIO-side topics and outward cues on CTO-side topics. */
const ORIENTATION_BONUS = 0.35;
/** Below this score the text is Unknown. */
const MATCH_THRESHOLD = 0.9;
const CACHE_LIMIT = 5_000;

const INWARD_CUES = new Set(
  [
    'employees',
    'staff',
    'internal',
    'inhouse',
    'backoffice',
    'corporate',
    'workforce',
    'colleagues',
    'workplace',
    'departments',
    'office',
  ].flatMap(contentStems),
);
const OUTWARD_CUES = new Set(
  [
    'customers',
    'clients',
    'external',
    'market',
    'partners',
    'customerfacing',
    'public',
    'consumers',
    'users',
    'buyers',
  ].flatMap(contentStems),
);

function signalWeight(stemCount: number): number {
  if (stemCount <= 1) return 1;
  if (stemCount === 2) return 2;
  return 2.3 + 0.3 * (stemCount - 3);
}

/** Signals keyed by one of their stems: a text is only tested against signals it could match. */
const SIGNAL_INDEX: ReadonlyMap<string, readonly CompiledSignal[]> = (() => {
  const index = new Map<string, CompiledSignal[]>();
  const add = (signal: CompiledSignal): void => {
    const key = signal.stems[0];
    if (key === undefined) return;
    const list = index.get(key);
    if (list) list.push(signal);
    else index.set(key, [signal]);
  };
  TOPICS.forEach((topic, topicIndex) => {
    // Signals that reduce to the same stems ("budget", "budget owner") would count twice.
    const seen = new Set<string>();
    const compile = (text: string, weigh: (count: number) => number): void => {
      const stems = contentStems(text);
      const key = [...stems].sort().join(' ');
      if (seen.has(key)) return;
      seen.add(key);
      add({ topic: topicIndex, text, stems, weight: weigh(stems.length) });
    };
    for (const text of topic.signals) compile(text, signalWeight);
    for (const text of topic.hints ?? []) compile(text, (count) => HINT_WEIGHT * count);
  });
  return index;
})();

/** The role a topic leans to for orientation cues; null for contested topics. */
function leaning(topic: Topic): Role | null {
  const { stance } = topic;
  if (stance.kind === 'owner') return stance.owner;
  if (stance.kind === 'shared') return stance.lead;
  return null;
}

function ownerKey(topic: Topic): string {
  const { stance } = topic;
  if (stance.kind === 'owner') return stance.owner;
  if (stance.kind === 'shared') return `Shared/${stance.lead}`;
  return 'Contested';
}

/** One topic's evidence in a text. */
export interface TopicMatch {
  readonly topic: Topic;
  readonly score: number;
  readonly signals: readonly string[];
}

/**
 * Ranks the topics whose signals occur in the given stems, best first. Pure. Scores add the
 * strongest signal and half of the others, plus a small bonus when the text's orientation
 * (employees vs customers) agrees with the topic's role.
 */
export function rankTopics(stems: readonly string[]): TopicMatch[] {
  const present = new Set(stems);
  const best = new Map<number, number>();
  const total = new Map<number, number>();
  const matched = new Map<number, string[]>();
  for (const value of present) {
    const candidates = SIGNAL_INDEX.get(value);
    if (!candidates) continue;
    for (const signal of candidates) {
      if (!signal.stems.every((part) => present.has(part))) continue;
      best.set(signal.topic, Math.max(best.get(signal.topic) ?? 0, signal.weight));
      total.set(signal.topic, (total.get(signal.topic) ?? 0) + signal.weight);
      const list = matched.get(signal.topic);
      if (list) list.push(signal.text);
      else matched.set(signal.topic, [signal.text]);
    }
  }
  if (best.size === 0) return [];
  let inward = false;
  let outward = false;
  for (const value of present) {
    if (INWARD_CUES.has(value)) inward = true;
    if (OUTWARD_CUES.has(value)) outward = true;
  }
  const result: TopicMatch[] = [];
  for (const [topicIndex, strongest] of best) {
    const topic = TOPICS[topicIndex];
    if (!topic) continue;
    let score = strongest + 0.5 * ((total.get(topicIndex) ?? strongest) - strongest);
    const role = leaning(topic);
    if (inward !== outward && role !== null) {
      if ((inward && role === 'CIO') || (outward && role === 'CTO')) score += ORIENTATION_BONUS;
    }
    result.push({ topic, score, signals: matched.get(topicIndex) ?? [] });
  }
  // Ties break on knowledge-base order, which keeps results deterministic.
  result.sort((a, b) => b.score - a.score || TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic));
  return result;
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

/** What every suggestion for a topic shares, built once instead of once per text. */
interface TopicFacts {
  readonly topic: Topic;
  readonly ref: TopicRef;
  readonly ownerKey: string;
  readonly leaning: Role | null;
  readonly citations: readonly Citation[];
}

const TOPIC_FACTS: readonly TopicFacts[] = TOPICS.map((topic) => ({
  topic,
  ref: Object.freeze({ id: topic.id, label: topic.label }),
  ownerKey: ownerKey(topic),
  leaning: leaning(topic),
  citations: Object.freeze(
    topic.stance.kind === 'contested'
      ? uniqueCitations(topic.stance.positions.flatMap((p) => p.citations))
      : [...topic.citations],
  ),
}));

// Scratch space for scoring one text: per-topic sums, reset after each use. Scoring is
// synchronous and never re-entered, so one set of buffers serves every call without
// allocating three Maps per text (which made cold checks garbage-collector bound).
const bestWeight = new Float64Array(TOPICS.length);
const totalWeight = new Float64Array(TOPICS.length);
const touched: number[] = [];
const hits: CompiledSignal[] = [];

/** True when `stems` contains `value`; a text has a handful of stems, so a scan beats a Set. */
function hasStem(stems: readonly string[], value: string): boolean {
  for (const stemmed of stems) if (stemmed === value) return true;
  return false;
}

/**
 * The same decision as ranking every topic with {@link rankTopics} and taking the first entry
 * and the first entry with another owner, without building and sorting the ranking: ties
 * break on knowledge-base order exactly as the sort does.
 */
function computeSuggestion(stems: readonly string[]): Suggestion {
  for (let index = 0; index < stems.length; index += 1) {
    const value = stems[index] as string;
    const candidates = SIGNAL_INDEX.get(value);
    // A repeated stem was already looked up (rankTopics works on a set).
    if (!candidates || stems.indexOf(value) !== index) continue;
    for (const signal of candidates) {
      let all = true;
      for (const part of signal.stems) {
        if (!hasStem(stems, part)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      const at = signal.topic;
      if (totalWeight[at] === 0) touched.push(at);
      bestWeight[at] = Math.max(bestWeight[at] as number, signal.weight);
      totalWeight[at] = (totalWeight[at] as number) + signal.weight;
      hits.push(signal);
    }
  }
  if (touched.length === 0) return unknown(0, []);
  let inward = false;
  let outward = false;
  for (const value of stems) {
    if (INWARD_CUES.has(value)) inward = true;
    if (OUTWARD_CUES.has(value)) outward = true;
  }
  // Scores, then the best topic; ties go to the earlier topic, as in the sorted ranking.
  const scores: number[] = [];
  let top = -1;
  let topScore = -Infinity;
  for (const at of touched) {
    const strongest = bestWeight[at] as number;
    let score = strongest + 0.5 * ((totalWeight[at] as number) - strongest);
    const role = TOPIC_FACTS[at]?.leaning ?? null;
    if (inward !== outward && role !== null) {
      if ((inward && role === 'CIO') || (outward && role === 'CTO')) score += ORIENTATION_BONUS;
    }
    scores.push(score);
    if (score > topScore || (score === topScore && at < top)) {
      top = at;
      topScore = score;
    }
  }
  const facts = TOPIC_FACTS[top] as TopicFacts;
  let rivalScore = -Infinity;
  let rival = -1;
  touched.forEach((at, position) => {
    if (TOPIC_FACTS[at]?.ownerKey === facts.ownerKey) return;
    const score = scores[position] as number;
    if (score > rivalScore || (score === rivalScore && at < rival)) {
      rival = at;
      rivalScore = score;
    }
  });
  const signals: string[] = [];
  for (const signal of hits) if (signal.topic === top) signals.push(signal.text);
  for (const at of touched) {
    bestWeight[at] = 0;
    totalWeight[at] = 0;
  }
  touched.length = 0;
  hits.length = 0;

  if (topScore < MATCH_THRESHOLD) {
    return unknown(round(Math.min(0.25, (1 - Math.exp(-topScore / 1.2)) * 0.4)), signals);
  }
  const margin = rival >= 0 ? (topScore - rivalScore) / topScore : 1;
  const strength = 1 - Math.exp(-topScore / 1.2);
  const confidence = round(strength * (0.55 + 0.45 * margin));
  const { topic, ref, citations } = facts;
  const { stance } = topic;
  const frozenSignals = Object.freeze(signals);
  const hedge = confidence < 0.5 ? 'Weak match. ' : '';
  const reason = `${hedge}Reads as “${topic.label}” (matched ${quoteList(signals)}). ${topic.rationale}`;
  if (stance.kind === 'contested') {
    return Object.freeze({
      owner: 'Contested',
      confidence,
      topic: ref,
      signals: frozenSignals,
      citations,
      positions: stance.positions,
      reason,
    } satisfies Suggestion);
  }
  return Object.freeze(
    stance.kind === 'shared'
      ? ({ confidence, topic: ref, signals: frozenSignals, citations, reason, owner: 'Shared', lead: stance.lead } satisfies Suggestion)
      : ({ confidence, topic: ref, signals: frozenSignals, citations, reason, owner: stance.owner } satisfies Suggestion),
  );
}

const NO_CITATIONS: readonly Citation[] = Object.freeze([]);

function unknown(confidence: number, signals: readonly string[]): Suggestion {
  return Object.freeze({
    owner: 'Unknown',
    confidence,
    topic: null,
    signals: Object.freeze(signals),
    citations: NO_CITATIONS,
    reason: UNKNOWN_REASON,
  } satisfies Suggestion);
}

/**
 * Every stem that can change a suggestion: the stems of all signals and hints and the
 * orientation cues. Any other stem ("europe", "phase", "2") is invisible to scoring.
 */
const EVIDENCE_STEMS: ReadonlySet<string> = (() => {
  const stems = new Set<string>([...INWARD_CUES, ...OUTWARD_CUES]);
  for (const signals of SIGNAL_INDEX.values()) {
    for (const signal of signals) for (const value of signal.stems) stems.add(value);
  }
  return stems;
})();

/** Suggestions by normalised text (what suggestOwner was asked). */
const cache = new BoundedCache<string, Suggestion>(CACHE_LIMIT);
/**
 * Suggestions by evidence: the text's stems that scoring can see, in order. Titles that
 * differ only in words the guidance ignores ("… for Europe", "… (phase 2)") share one
 * computed, frozen suggestion; this is what keeps checking a plan of new titles cheap.
 */
const byEvidence = new BoundedCache<string, Suggestion>(CACHE_LIMIT);

/** The memo key of a text: trimmed, inner whitespace collapsed (case kept: "IT" ≠ "it"). */
function memoKey(text: string): string {
  // Most titles have single spaces only; skip the regular expression for them.
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
const UNUSUAL_SPACE = /[^\S ]| {2}/;

/** The suggestion for a text's content stems, through the evidence memo. */
function suggestionForStems(stems: readonly string[]): Suggestion {
  const evidence: string[] = [];
  for (const value of stems) if (EVIDENCE_STEMS.has(value)) evidence.push(value);
  const key = evidence.join(' ');
  return byEvidence.get(key) ?? byEvidence.set(key, computeSuggestion(evidence));
}

/**
 * Proposes an owner for free text such as a responsibility title. Pure and deterministic;
 * results are memoised by normalised text and by the words that matter to the guidance, in
 * bounded caches, so repeated calls are a map lookup. Robust to case, punctuation, word order
 * and inflection. When no topic matches it returns owner Unknown with a confidence of at most
 * 0.25 instead of guessing. Never throws.
 */
export function suggestOwner(text: string): Suggestion {
  const key = memoKey(text);
  return cache.get(key) ?? cache.set(key, suggestionForStems(contentStems(key)));
}

/**
 * {@link suggestOwner} for a text whose content stems the caller already has (the check
 * needs them anyway, and memoises per title itself). Same result. Pure apart from the memo.
 */
export function suggestOwnerForStems(stems: readonly string[]): Suggestion {
  return suggestionForStems(stems);
}

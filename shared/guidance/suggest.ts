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

function computeSuggestion(stems: readonly string[]): Suggestion {
  const ranked = rankTopics(stems);
  const top = ranked[0];
  if (!top || top.score < MATCH_THRESHOLD) {
    const weak = top ? round(Math.min(0.25, (1 - Math.exp(-top.score / 1.2)) * 0.4)) : 0;
    return Object.freeze({
      owner: 'Unknown',
      confidence: weak,
      topic: null,
      signals: Object.freeze(top ? [...top.signals] : []),
      citations: Object.freeze([]),
      reason: UNKNOWN_REASON,
    } satisfies Suggestion);
  }
  const key = ownerKey(top.topic);
  const rival = ranked.find((match) => ownerKey(match.topic) !== key);
  const margin = rival ? (top.score - rival.score) / top.score : 1;
  const strength = 1 - Math.exp(-top.score / 1.2);
  const confidence = round(strength * (0.55 + 0.45 * margin));
  const { stance } = top.topic;
  const topic: TopicRef = Object.freeze({ id: top.topic.id, label: top.topic.label });
  const signals = Object.freeze([...top.signals]);
  const hedge = confidence < 0.5 ? 'Weak match. ' : '';
  const seen = `${hedge}Reads as “${top.topic.label}” (matched ${quoteList(signals)}).`;
  if (stance.kind === 'contested') {
    return Object.freeze({
      owner: 'Contested',
      confidence,
      topic,
      signals,
      citations: Object.freeze(uniqueCitations(stance.positions.flatMap((p) => p.citations))),
      positions: stance.positions,
      reason: `${seen} ${top.topic.rationale}`,
    } satisfies Suggestion);
  }
  const base = {
    confidence,
    topic,
    signals,
    citations: Object.freeze([...top.topic.citations]),
    reason: `${seen} ${top.topic.rationale}`,
  };
  return Object.freeze(
    stance.kind === 'shared'
      ? ({ ...base, owner: 'Shared', lead: stance.lead } satisfies Suggestion)
      : ({ ...base, owner: stance.owner } satisfies Suggestion),
  );
}

const cache = new BoundedCache<string, Suggestion>(CACHE_LIMIT);

/** The memo key of a text: trimmed, inner whitespace collapsed (case kept: "IT" ≠ "it"). */
function memoKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Proposes an owner for free text such as a responsibility title. Pure and deterministic;
 * results are memoised by normalised text in a bounded cache, so repeated calls are a map
 * lookup. Robust to case, punctuation, word order and inflection. When no topic matches it
 * returns owner Unknown with a confidence of at most 0.25 instead of guessing. Never throws.
 */
export function suggestOwner(text: string): Suggestion {
  const key = memoKey(text);
  return cache.get(key) ?? remember(key, computeSuggestion(contentStems(key)));
}

/**
 * {@link suggestOwner} for a text whose content stems the caller already has (the check
 * needs them anyway). Same memo, same result. Pure apart from the memo.
 */
export function suggestOwnerForStems(text: string, stems: readonly string[]): Suggestion {
  const key = memoKey(text);
  return cache.get(key) ?? remember(key, computeSuggestion(stems));
}

function remember(key: string, suggestion: Suggestion): Suggestion {
  return cache.set(key, suggestion);
}

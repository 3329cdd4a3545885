import type { Role } from '../model/index.js';
import type { Citation } from './sources.js';
import { BEFORE, FAMILY, TYPO, analyseText, wordKeys } from './text.js';
import { TOPICS, type Position, type Topic } from './topics.js';
import { FIELD_TERMS, INWARD_CUES, OUTWARD_CUES } from './vocabulary.js';
import { lazy } from './lazy.js';
import { COMPANY_WIDE_TOKEN, COMPARE_KEYS, DEVICE_KEYS, INFOTECH, MAKING_KEYS, OTHERS_KEYS, contentWords } from './words.js';

/** What {@link suggestOwner} proposes: a lane, Contested (the sources disagree) or Unknown. */
export type SuggestedOwner = 'CIO' | 'CTO' | 'Shared' | 'Contested' | 'Unknown';

/**
 * How the text met the topic: a whole signal phrase or a term of the field, word for word
 * ("phrase"); one ordinary word ("word"); or only through a typo or a related word form
 * ("fuzzy"); or no topic at all, only words that say whom the work serves ("audience": "our
 * customers", "the finance team"), the weakest evidence. Only a phrase can make a placement an
 * error; an audience reading never makes a finding.
 */
export type MatchStrength = 'phrase' | 'word' | 'fuzzy' | 'audience' | 'none';

/** A topic reference small enough to show or serialise. */
export interface TopicRef {
  readonly id: string;
  readonly label: string;
}

/** The guidance's proposal for one piece of free text. Frozen; safe to share. */
export interface Suggestion {
  readonly owner: SuggestedOwner;
  /**
   * 0..1, calibrated on the labelled set: of the suggestions given 0.8, about eight in ten or
   * more are right. 0 when nothing matched.
   */
  readonly confidence: number;
  readonly match: MatchStrength;
  readonly topic: TopicRef | null;
  /** The signal phrases of the topic found in the text, as written in the knowledge base. */
  readonly signals: readonly string[];
  /** The topic's citations; for a contested topic, each position carries its own instead. */
  readonly citations: readonly Citation[];
  /** The leading role when `owner` is Shared: the wording's side if it has one, else the topic's. */
  readonly lead?: Role;
  /** Both sides when `owner` is Contested, each with its own citations. */
  readonly positions?: readonly Position[];
  /** Why, in our words, backed by the citations. */
  readonly reason: string;
  /** Remit's own practical advice, not claimed by the sources; absent when there is none. */
  readonly note?: string;
}

interface Term {
  /** Lemma keys, any of which matches fully. */
  readonly exact: readonly string[];
  /** Family keys ("~develop"), any of which matches weakly. */
  readonly family: readonly string[];
}

interface CompiledSignal {
  readonly topic: number;
  readonly text: string;
  readonly terms: readonly Term[];
  readonly weight: number;
  /** A whole phrase or a field term: matched word for word, it is strong evidence. */
  readonly strong: boolean;
  /** Two words written side by side ("system design"): the reverse order is another thing. */
  readonly ordered?: boolean;
  /** The last ranking that tried this signal (see rankTopics): a mark instead of a set per call. */
  tried: number;
}

/** Counts rankings, to mark the signals each one has tried. */
let rankings = 0;

/** A stem found with the same topic's stronger signal counts for little on its own. */
const HINT_WEIGHT = 0.45;
/** Bonus for inward cues on CIO-side topics and outward cues on CTO-side topics. */
const ORIENTATION_BONUS = 0.35;
/** How much a key found through a typo, a family or both counts against a lemma. */
const QUALITY = { exact: 1, typo: 0.85, family: 0.55, typoFamily: 0.45 } as const;

function termOf(keys: readonly string[]): Term {
  return {
    exact: keys.filter((key) => !key.startsWith(FAMILY)),
    family: keys.filter((key) => key.startsWith(FAMILY)),
  };
}

/** One word's term with its ids, built once per distinct word while the signals compile. */
interface WordTerm {
  readonly term: Term;
  /** Its keys joined: two words with the same keys are one term of a signal. */
  readonly id: string;
  /** Its lemma keys then family keys, joined: a signal's part of its identity. */
  readonly flat: string;
  /** {@link specificity} of the term, once known. */
  specificity?: number;
}

/**
 * What compiling the signals reads many times over: the content words of each signal text and
 * each word's term (many signals share their words). Local to one compilation, then dropped.
 */
class CompileCache {
  private readonly words = new Map<string, { readonly words: readonly string[]; readonly adjacent: readonly boolean[] }>();
  private readonly terms = new Map<string, WordTerm>();

  /** contentWords(text) with its adjacency flags (the knowledge base's reading: no `isWord`). */
  contentWords(text: string): { readonly words: readonly string[]; readonly adjacent: readonly boolean[] } {
    let found = this.words.get(text);
    if (found === undefined) {
      const adjacent: boolean[] = [];
      found = { words: contentWords(text, undefined, adjacent), adjacent };
      this.words.set(text, found);
    }
    return found;
  }

  wordTerm(word: string): WordTerm {
    let found = this.terms.get(word);
    if (found === undefined) {
      const keys = wordKeys(word);
      const term = termOf(keys);
      found = { term, id: keys.join(' '), flat: [...term.exact, ...term.family].join(',') };
      this.terms.set(word, found);
    }
    return found;
  }

  /** The terms of a signal's words, one per distinct set of keys, in order. */
  termsOfWords(words: readonly string[]): WordTerm[] {
    const terms: WordTerm[] = [];
    for (const word of words) {
      const wordTerm = this.wordTerm(word);
      let seen = false;
      for (const other of terms) {
        if (other.id === wordTerm.id) {
          seen = true;
          break;
        }
      }
      if (!seen) terms.push(wordTerm);
    }
    return terms;
  }
}

function lengthWeight(count: number): number {
  if (count <= 1) return 1;
  if (count === 2) return 2;
  return 2.3 + 0.3 * (count - 3);
}

/** A signal's weight: longer phrases weigh more, phrases of widely shared words less. */
function signalWeight(terms: readonly WordTerm[], topicsUsing: ReadonlyMap<string, number>): number {
  if (terms.length === 0) return 0;
  let sum = 0;
  for (const term of terms) sum += (term.specificity ??= specificity(term.term, topicsUsing));
  return lengthWeight(terms.length) * (sum / terms.length);
}

const TOPIC_INDEX = lazy((): ReadonlyMap<string, number> => new Map(TOPICS.map((topic, index) => [topic.id, index])));

/** How many topics use each lemma in their signals: a word many topics share says less. */
function topicsUsing(cache: CompileCache): ReadonlyMap<string, number> {
  const users = new Map<string, Set<string>>();
  for (const topic of TOPICS) {
    for (const text of topic.signals) {
      for (const word of cache.contentWords(text).words) {
        for (const key of cache.wordTerm(word).term.exact) {
          const set = users.get(key);
          if (set) set.add(topic.id);
          else users.set(key, new Set([topic.id]));
        }
      }
    }
  }
  const counts = new Map<string, number>();
  for (const [key, set] of users) counts.set(key, set.size);
  return counts;
}

/** 1 for a word few topics use, less for one many topics share ("technology", "data"). */
function specificity(term: Term, topicsUsing: ReadonlyMap<string, number>): number {
  let users = Infinity;
  for (const key of term.exact) users = Math.min(users, topicsUsing.get(key) ?? 1);
  if (users === Infinity) users = 1;
  return users <= 2 ? 1 : users <= 5 ? 0.9 : 0.8;
}

const termsOf = (terms: readonly WordTerm[]): Term[] => terms.map((wordTerm) => wordTerm.term);

/** Every signal of every topic, compiled once. */
const SIGNALS = lazy((): readonly CompiledSignal[] => {
  const cache = new CompileCache();
  const using = topicsUsing(cache);
  const list: CompiledSignal[] = [];
  TOPICS.forEach((topic, index) => {
    const seen = new Set<string>();
    const add = (text: string, terms: readonly WordTerm[], weight: number, strong: boolean, ordered = false): void => {
      if (terms.length === 0) return;
      const key = terms.length === 1 ? (terms[0]?.flat ?? '') : terms.map((term) => term.flat).sort().join(' ');
      if (seen.has(key)) return;
      seen.add(key);
      list.push({ topic: index, text, terms: termsOf(terms), weight, strong, ordered, tried: 0 });
    };
    for (const text of topic.signals) {
      const { words, adjacent } = cache.contentWords(text);
      const terms = cache.termsOfWords(words);
      // A compound ("system design") is ordered; a phrase with words between ("scale the
      // product") reads the same turned round ("product scale").
      const compound = words.length === 2 && terms.length === 2 && adjacent[1] === true && text.trim().split(/\s+/).length === 2;
      add(text, terms, signalWeight(terms, using), terms.length >= 2, compound);
    }
    for (const text of topic.hints ?? []) {
      const terms = cache.termsOfWords(cache.contentWords(text).words);
      add(text, terms, HINT_WEIGHT * terms.length, false);
    }
  });
  for (const term of FIELD_TERMS) {
    const index = TOPIC_INDEX().get(term.topic);
    if (index === undefined) continue;
    // The term itself, as typed in any of its forms: as specific as a whole phrase.
    list.push({ topic: index, text: term.forms[0] ?? term.token, terms: [{ exact: [term.token], family: [] }], weight: 2, strong: true, ordered: false, tried: 0 });
    // Its words, for when a typo or a reordering kept the form from being recognised.
    for (const form of term.forms) {
      const words = form.split(/[^a-z0-9]+/).filter((word) => word.length > 1);
      if (words.length < 2) continue;
      const terms = cache.termsOfWords(words.flatMap((word) => cache.contentWords(word).words));
      if (terms.length >= 2) list.push({ topic: index, text: form, terms: termsOf(terms), weight: signalWeight(terms, using), strong: false, ordered: false, tried: 0 });
    }
  }
  return list;
});

/** Signals keyed by every key of their first term. */
const SIGNAL_INDEX = lazy((): ReadonlyMap<string, readonly CompiledSignal[]> => {
  const index = new Map<string, CompiledSignal[]>();
  for (const signal of SIGNALS()) {
    const first = signal.terms[0];
    if (!first) continue;
    for (const keys of [first.exact, first.family]) {
      for (const key of keys) {
        const list = index.get(key);
        if (list) list.push(signal);
        else index.set(key, [signal]);
      }
    }
  }
  return index;
});

const cueKeys = (words: readonly string[]): ReadonlySet<string> =>
  new Set(words.flatMap((word) => analyseText(word).keys.filter((key) => !key.startsWith(FAMILY))));
const INWARD_KEYS = lazy(() => cueKeys(INWARD_CUES));
const OUTWARD_KEYS = lazy(() => cueKeys(OUTWARD_CUES));

/** The role a topic leans to for orientation cues; null for contested topics. */
function leaning(topic: Topic): Role | null {
  const { stance } = topic;
  if (stance.kind === 'owner') return stance.owner;
  if (stance.kind === 'shared') return stance.lead;
  return null;
}

/** The keys of a text with how fully each was found (typo and family keys count less). */
function presence(keys: readonly string[]): Map<string, number> {
  const present = new Map<string, number>();
  const put = (key: string, quality: number): void => {
    if ((present.get(key) ?? 0) < quality) present.set(key, quality);
  };
  for (const key of keys) {
    const typo = key.startsWith(TYPO);
    const plain = typo ? key.slice(1) : key;
    const family = plain.startsWith(FAMILY);
    put(plain, typo ? (family ? QUALITY.typoFamily : QUALITY.typo) : family ? QUALITY.family : QUALITY.exact);
  }
  return present;
}

function termQuality(term: Term, present: ReadonlyMap<string, number>): number {
  let best = 0;
  for (const key of term.exact) best = Math.max(best, present.get(key) ?? 0);
  if (best < QUALITY.family) for (const key of term.family) best = Math.max(best, Math.min(QUALITY.family, present.get(key) ?? 0));
  return best;
}

/**
 * True when a two-word compound signal's words stand side by side in the text the other way round and
 * never in the signal's order: "design system" is not "system design", as "data lake" is not
 * "lake data". Words apart ("the design of our systems", "apps for customers") keep matching.
 */
function reversed(signal: CompiledSignal, present: ReadonlyMap<string, number>): boolean {
  const [first, second] = signal.terms;
  if (signal.ordered !== true || !first || !second) return false;
  let back = false;
  for (const a of first.exact) {
    for (const b of second.exact) {
      if (present.has(a + BEFORE + b)) return false;
      if (present.has(b + BEFORE + a)) back = true;
    }
  }
  return back;
}

/** One topic's evidence in a text. */
export interface TopicMatch {
  readonly topic: Topic;
  readonly score: number;
  readonly signals: readonly string[];
  readonly match: MatchStrength;
  /**
   * The one-role topic whose evidence this both-role topic stands on, when a both-role cue
   * (see {@link BOTH_ROLE_CUES}) turned that topic's side into its half of the work.
   */
  readonly via?: TopicMatch;
}

/** Keys of guarding something: security, protection, cyber (typo keys count too). */
const SECURITY_KEYS: ReadonlySet<string> = new Set([
  'security', 'secure', '~secur', 'protect', 'protection', '~protect', 'cyber', '~cyber',
  // What security guards against and how (threats, hardening): "ransomware", "encrypt the
  // laptops", "a penetration test", "two-factor login", "take admin rights off", "secure coding",
  // "data loss prevention", "a bug bounty", "threat modelling", "hardening the servers".
  'ransomware', '~ransomwar', 'malware', 'encrypt', 'encryption', 'encrypted', 'breach', 'breaches', '~breach', 'hack', 'hacker',
  'hackers', 'cyberattack', 'cyberattacks', 'vulnerability', 'vulnerabilities', '~vulner', 'intrusion', 'ddos', 'mfa', 'pentest',
  'adminrights', 'securecoding', 'phishing', 'dlp', 'securitytesting', 'bugbounty', 'harden', 'hardening', '~harden',
]);
/** Keys that make "secure" mean obtaining something ("secure funding for R&D"), not guarding it. */
const OBTAINING_KEYS: ReadonlySet<string> = new Set(['fund', 'funding', '~fund', 'budget', '~budget', 'investment', '~invest', 'approval', '~approv', 'deal', 'deals']);
/** Keys that name a third party the company buys from or works with: vendors, suppliers, partnerships. */
const RELATION_KEYS: ReadonlySet<string> = new Set([
  'vendor', 'vendors', '~vendor', 'supplier', 'suppliers', '~supplier', 'provider', 'providers', 'partnership', 'partnerships',
  '~partnership', 'alliance', 'alliances', 'outsourcing', '~outsourc', 'msp', 'rfp', 'venture', 'technology>partner', 'technology>partners',
  // Dealing with one: "renegotiate the Microsoft agreement", "a licence renewal with Adobe".
  'renegotiate', 'renegotiation', 'renegotiating', '~renegoti',
]);
const AUTOMATION_KEYS: ReadonlySet<string> = new Set(['automate', 'automation', 'automations', 'automated', 'rpa']);
const ANALYSIS_KEYS: ReadonlySet<string> = new Set(['analyse', 'analysed', 'analyze', 'analyzed', 'analysis', 'analytics']);
/** Keys one of which must stand with an analysis word: analysis of data, not a gap analysis. */
const DATA_KEYS: ReadonlySet<string> = new Set(['data', 'datum', 'analytics']);
/** Every key a both-role cue reads (so none is dropped before the ranking). */
const CUE_KEYS: readonly string[] = [...SECURITY_KEYS, ...RELATION_KEYS, 'supply', ...AUTOMATION_KEYS, ...ANALYSIS_KEYS, ...DATA_KEYS, 'cio', 'cto'];

/**
 * Work the sources give to both roles, named as done to one role's technology, and the topic
 * that is each role's half of it:
 * - security (cio-vs-cto §13): the CIO's internal security of the company's own systems, the
 *   CTO's security of products and services ("cyber defences for our networks and staff
 *   devices", "protecting customer data in the app we sell");
 * - a third party (§15): the CIO's vendors of the company's own IT, the CTO's partners and
 *   suppliers for the product ("price talks with the firms that supply our office IT");
 *   "supply" counts as a verb of supplying, not in "supply chain";
 * - automating (§12: the CIO holds automation overall; only the company's own work, since test
 *   and release automation is engineering practice);
 * - analysing data (§14: the CIO organises data so it can be analysed, the CTO builds the
 *   analytics products);
 * - the two roles together (§8), below.
 * Where several cues name a text, the first listed wins (security, then a third party, then
 * automating, then analysing).
 */
export const BOTH_ROLE_CUES: readonly {
  readonly name: string;
  /**
   * The cue words (for the signals) when the text names this work, else undefined: read from
   * its keys and from the topics' own evidence in it (`evidence`, by topic id).
   */
  readonly cue: (keys: readonly string[], evidence: (id: string) => TopicMatch | undefined) => readonly string[] | undefined;
  readonly CIO: string;
  readonly CTO?: string;
}[] = [
  {
    name: 'security',
    cue: (keys, evidence) => {
      const plain = plainKeys(keys);
      if (plain.some((key) => OBTAINING_KEYS.has(key))) return undefined;
      const word = plain.find((key) => SECURITY_KEYS.has(key));
      if (word !== undefined) return [word.replace(FAMILY, '')];
      // A whole phrase of security as such ("keep data safe"), not a named tool of one half.
      const whole = evidence('security-overall');
      return whole?.match === 'phrase' ? whole.signals : undefined;
    },
    CIO: 'internal-security',
    CTO: 'product-security',
  },
  {
    name: 'third party',
    cue: (keys) => {
      const plain = plainKeys(keys);
      const word = plain.find((key) => RELATION_KEYS.has(key));
      if (word !== undefined) return [word.replace(FAMILY, '').replace(BEFORE, ' ')];
      return plain.includes('supply') && !plain.some((key) => key.startsWith('supply' + BEFORE + 'chain')) ? ['supply'] : undefined;
    },
    CIO: 'it-vendors',
    CTO: 'technology-partnerships',
  },
  {
    name: 'automating',
    cue: (keys) => {
      const word = plainKeys(keys).find((key) => AUTOMATION_KEYS.has(key));
      return word === undefined ? undefined : [word];
    },
    CIO: 'automation',
    CTO: 'automation',
  },
  {
    name: 'analysing',
    cue: (keys) => {
      const plain = plainKeys(keys);
      const word = plain.some((key) => DATA_KEYS.has(key)) ? plain.find((key) => ANALYSIS_KEYS.has(key)) : undefined;
      return word === undefined ? undefined : [word];
    },
    CIO: 'business-intelligence',
    CTO: 'analytics-products',
  },
  {
    // One role's own work named with the other role ("a CIO and CTO catch-up on internal IT
    // priorities", "bringing the CIO into product development planning") is the two roles
    // working together, which cio-vs-cto §8 describes in these terms: the CTO joining the CIO
    // on the IT strategy, the CIO joining the CTO on product development. Led by the side whose
    // work it is (see `via`). Only role names typed as such count, not typos of them.
    name: 'the two roles together',
    cue: (keys) => {
      const named = keys.filter((key) => key in ROLE_NAMES);
      return named.length === 0 ? undefined : [...new Set(named.map((key) => ROLE_NAMES[key] ?? key))];
    },
    CIO: 'role-collaboration',
    CTO: 'role-collaboration',
  },
];

/** The role names as keys. */
const ROLE_NAMES: Readonly<Record<string, Role>> = { cio: 'CIO', cto: 'CTO' };

/** The text's keys with typo marks removed, in order. */
function plainKeys(keys: readonly string[]): readonly string[] {
  // The cues of one ranking ask for the same keys several times in a row.
  if (sameKeys(keys, lastPlain.keys)) return lastPlain.plain;
  const plain = Object.freeze(keys.map((key) => (key.startsWith(TYPO) ? key.slice(TYPO.length) : key)));
  lastPlain = { keys: Object.isFrozen(keys) ? keys : [...keys], plain };
  return plain;
}
let lastPlain: { readonly keys: readonly string[]; readonly plain: readonly string[] } = { keys: [], plain: [] };

/** True when two key lists hold the same keys in the same order. */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return Object.isFrozen(a);
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * A one-role topic's match read as that role's half of the both-role work the text names
 * ({@link BOTH_ROLE_CUES}), with the evidence and score of the one-role topic and the cue word;
 * undefined when the text names no such work or the topic is not one role's.
 * Pure.
 */
export function bothRoleReading(match: TopicMatch, keys: readonly string[], ranking: readonly TopicMatch[]): TopicMatch | undefined {
  const { stance } = match.topic;
  if (stance.kind !== 'owner') return undefined;
  for (const work of BOTH_ROLE_CUES) {
    const id = work[stance.owner];
    if (id === undefined) continue;
    const words = work.cue(keys, (id) => ranking.find((other) => other.via === undefined && other.topic.id === id));
    if (words === undefined) continue;
    const index = TOPIC_INDEX().get(id);
    const topic = index === undefined ? undefined : TOPICS[index];
    if (!topic) continue;
    return { topic, score: match.score, signals: [...match.signals, ...words], match: match.match, via: match };
  }
  return undefined;
}

/** What the text says about its audience: inward (employees), outward (customers), or neither. */
export type Orientation = Role | null;

function orientationOf(present: ReadonlyMap<string, number>): Orientation {
  const { inward, outward } = sidesOfPresence(present);
  return inward === outward ? null : inward ? 'CIO' : 'CTO';
}

/**
 * Which sides the audience cues name. An outward word right after an inward one is that
 * inward side's ("the finance apps", "staff app", "internal users"): the first word says
 * whose they are, so only the inward side is named.
 */
function sidesOfPresence(present: ReadonlyMap<string, number>): { readonly inward: boolean; readonly outward: boolean } {
  let inward = false;
  const outwardKeys: string[] = [];
  for (const [key, quality] of present) {
    if (quality < QUALITY.typo) continue;
    if (INWARD_KEYS().has(key)) inward = true;
    if (OUTWARD_KEYS().has(key)) outwardKeys.push(key);
  }
  if (!inward) return { inward, outward: outwardKeys.length > 0 };
  const outward = outwardKeys.some((key) => {
    for (const before of INWARD_KEYS()) if (present.has(before + BEFORE + key)) return false;
    return true;
  });
  return { inward, outward };
}

/**
 * Ranks the topics whose signals occur in the given keys, best first. Pure. A signal counts
 * by its weight times how fully it was found (lemma, typo, family); a topic scores its
 * strongest signal plus half of the others, plus a bonus when the text's orientation agrees.
 */
export function rankTopics(keys: readonly string[]): TopicMatch[] {
  const present = presence(keys);
  const evidence = new Map<number, { best: number; total: number; signals: string[]; strong: boolean; word: boolean }>();
  const mark = (rankings += 1);
  const signalIndex = SIGNAL_INDEX();
  for (const key of present.keys()) {
    const signals = signalIndex.get(key);
    if (signals === undefined) continue;
    for (const signal of signals) {
      if (signal.tried === mark) continue;
      signal.tried = mark;
      let quality = 1;
      for (const term of signal.terms) {
        quality = Math.min(quality, termQuality(term, present));
        if (quality === 0) break;
      }
      if (quality === 0) continue;
      if (reversed(signal, present)) continue;
      const weight = signal.weight * quality;
      const entry = evidence.get(signal.topic) ?? { best: 0, total: 0, signals: [], strong: false, word: false };
      entry.best = Math.max(entry.best, weight);
      entry.total += weight;
      entry.signals.push(signal.text);
      if (quality === 1 && signal.strong) entry.strong = true;
      if (quality === 1 && signal.weight >= 0.8) entry.word = true;
      evidence.set(signal.topic, entry);
    }
  }
  const orientation = orientationOf(present);
  const result: TopicMatch[] = [];
  for (const [index, entry] of evidence) {
    const topic = TOPICS[index];
    if (!topic) continue;
    let score = entry.best + 0.5 * (entry.total - entry.best);
    // A topic the sources split by direction fits either orientation: the wording picks its lead.
    const split = topic.stance.kind === 'shared' && topic.stance.byWording === true;
    if (orientation !== null && (split || leaning(topic) === orientation)) score += ORIENTATION_BONUS;
    const match: MatchStrength = entry.strong ? 'phrase' : entry.word ? 'word' : 'fuzzy';
    result.push({ topic, score, signals: entry.signals, match });
  }
  // Both-role work named for one role's technology: the best one-role topic of each side lends
  // its evidence to that side's half of the work, which takes its place in the ranking (just
  // ahead of it, with its score). One score decides: the half competes with every other reading.
  const byScore = (a: TopicMatch, b: TopicMatch): number =>
    b.score - a.score || rankOf(a) - rankOf(b) || (a.via ? -1 : 0) + (b.via ? 1 : 0);
  result.sort(byScore);
  for (const side of ['CIO', 'CTO'] as const) {
    const best = result.find((match) => match.topic.stance.kind === 'owner' && match.topic.stance.owner === side && match.via === undefined);
    const half = best && bothRoleReading(best, keys, result);
    if (!half) continue;
    // The half's own evidence, if any, stays in the ranking too (behind it on equal scores).
    result.push(half);
  }
  result.sort(byScore);
  // The best topic, a part of a company-wide topic in company-wide wording, lends its evidence
  // to the whole, which takes its place (a both-role half standing on it comes first).
  const first = result[0];
  const whole = first && first.via === undefined ? wholeReading(first, keys) : undefined;
  if (whole) {
    result.push(whole);
    result.sort(byScore);
  }
  return result;
}

/**
 * Company-wide topics the sources dispute, by the one-role topics that are their parts: the
 * CIO's IT strategy and the CTO's technology roadmap are each a part of the technology
 * strategy, IT costs a part of the technology budget, product architecture a part of the
 * architecture of everything.
 */
export const WHOLE_OF_PART: ReadonlyMap<string, string> = new Map([
  ['it-strategy', 'technology-strategy'],
  ['technology-roadmap', 'technology-strategy'],
  ['it-cost', 'technology-budget'],
  ['product-architecture', 'enterprise-architecture'],
]);

/** Keys that name the company's own IT, or the product and its engineering. */
const NAMES_IT: ReadonlySet<string> = new Set([INFOTECH]);
// Research and development is the CTO's side as the product is ("IT and R&D spend").
const NAMES_PRODUCT: ReadonlySet<string> = new Set(['product', 'products', 'engineering', '~engin', 'rnd']);

/** Which company-wide cues a text's keys hold: wording that spans the company, or naming both IT and the product. */
export function companyWideCues(keys: readonly string[]): { readonly wide: boolean; readonly both: boolean } {
  const plain = plainKeys(keys);
  return {
    wide: plain.includes(COMPANY_WIDE_TOKEN),
    both: plain.some((key) => NAMES_IT.has(key)) && plain.some((key) => NAMES_PRODUCT.has(key)),
  };
}

/**
 * A part of a company-wide topic (the IT strategy, the product's architecture) read in a text
 * that spans the company ("for the entire company") or names both the company's IT and its
 * product or engineering ("IT and product architecture") is the company-wide topic the sources
 * dispute, with the part's evidence and score; undefined otherwise. Pure.
 */
export function wholeReading(match: TopicMatch, keys: readonly string[]): TopicMatch | undefined {
  const id = WHOLE_OF_PART.get(match.topic.id);
  if (id === undefined) return undefined;
  const { wide, both } = companyWideCues(keys);
  if (!wide && !both) return undefined;
  const index = TOPIC_INDEX().get(id);
  const topic = index === undefined ? undefined : TOPICS[index];
  return topic && { topic, score: match.score, signals: match.signals, match: match.match, via: match };
}

/** A half read through a both-role cue ranks, on equal scores, where its one-role topic does. */
function rankOf(match: TopicMatch): number {
  return match.via ? rankOf(match.via) : (TOPIC_INDEX().get(match.topic.id) ?? 0);
}

/** Which sides a text's keys name by their orientation cues: inward, outward, both or neither. */
export function sidesOfKeys(keys: readonly string[]): { readonly inward: boolean; readonly outward: boolean } {
  return sidesOfPresence(presence(keys));
}

/** The audience cues among a text's keys (typo keys left out), in order. Pure. */
export function audienceWords(keys: readonly string[]): string[] {
  return keys.filter((key) => INWARD_KEYS().has(key) || OUTWARD_KEYS().has(key));
}

/** The orientation of a text's keys (for the lead of a Shared topic). Pure. */
export function orientationOfKeys(keys: readonly string[]): Orientation {
  return orientationOf(presence(keys));
}

/**
 * Every key that can change a ranking: the keys of all signal terms and the orientation cues.
 * Any other key ("europe", "phase", "2") is invisible to scoring. Pure data.
 */
export const EVIDENCE_KEYS = lazy((): ReadonlySet<string> => {
  const keys = new Set<string>([...INWARD_KEYS(), ...OUTWARD_KEYS(), ...CUE_KEYS, ...DEVICE_KEYS, ...MAKING_KEYS, ...COMPARE_KEYS, ...OTHERS_KEYS, COMPANY_WIDE_TOKEN, INFOTECH]);
  for (const signal of SIGNALS()) {
    for (const term of signal.terms) {
      for (const key of term.exact) keys.add(key);
      for (const key of term.family) keys.add(key);
    }
  }
  return keys;
});

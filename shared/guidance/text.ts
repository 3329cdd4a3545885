/**
 * The second half of the text pipeline: words to match keys. A word's keys are its lemmas that
 * the knowledge base uses ("servers" → server), its word families ("developing" → ~develop,
 * weaker evidence than a lemma), or, for a word the lexicon does not know, the lemmas of the
 * vocabulary word it is a typo of ("?payroll"). The lemmas and families come from
 * wink-lemmatizer and wink-porter2-stemmer through the generated lexicon-data.ts; typo
 * edits from fastest-levenshtein (typo-limit.ts). Pure apart from bounded memos (see memo.ts).
 */
import { LEXICON_ENTRIES, NEAR_WORDS, STOP_FORMS } from './lexicon-data.js';
import { lazy } from './lazy.js';
import { memoTable } from './memo.js';
import { isTypoOf, typoEdits, typoLimit } from './typo-limit.js';
import { GENERIC_NOUNS } from './vocabulary.js';
import { COMPANY_WIDE_TOKEN, INFOTECH, JOINED, WE_SELL_TOKEN, contentWords, fieldTokenOf, isFieldToken } from './words.js';

/**
 * Separator of an order key: "design>system" says the lemma "design" came right before the
 * lemma "system" (nothing between), so a two-word signal can tell "design system" from
 * "system design".
 */
export const BEFORE = '>';

/** Prefix of a family key ("~develop"). */
export const FAMILY = '~';
/** Prefix of a key reached through typo correction ("?payroll", "?~payrol"). */
export const TYPO = '?';

function parse(chunks: readonly string[]): string[] {
  return chunks.flatMap((chunk) => (chunk ? chunk.split('|') : []));
}

/** word → its keys (lemmas the knowledge base uses, then ~families). */
const LEXICON = lazy((): ReadonlyMap<string, readonly string[]> => {
  const map = new Map<string, readonly string[]>();
  for (const chunk of LEXICON_ENTRIES) {
    if (!chunk) continue;
    for (const entry of chunk.split('|')) {
      const at = entry.indexOf('=');
      map.set(entry.slice(0, at), entry.slice(at + 1).split(' '));
    }
  }
  return map;
});
const NEAR = lazy((): ReadonlySet<string> => new Set(parse(NEAR_WORDS)));
/** Inflections of the stop words ("running", "owners", "ensured"). */
const STOP = lazy((): ReadonlySet<string> => new Set(parse(STOP_FORMS)));
/**
 * The vocabulary typos are corrected to: every lemma the lexicon leads to (its keys that are not
 * families), of four letters or more, sorted. Derived here rather than shipped as a second list.
 */
export const TYPO_TARGET_WORDS = lazy((): readonly string[] => {
  const targets = new Set<string>();
  for (const keys of LEXICON().values()) {
    for (const key of keys) if (!key.startsWith(FAMILY) && key.length >= 4 && /^[a-z]+$/.test(key)) targets.add(key);
  }
  return Object.freeze([...targets].sort());
});

/** Typo targets by length, so a word is only compared with words of a similar length. */
const TARGETS_BY_LENGTH = lazy((): ReadonlyMap<number, readonly string[]> => {
  const map = new Map<number, string[]>();
  for (const target of TYPO_TARGET_WORDS()) {
    const list = map.get(target.length);
    if (list) list.push(target);
    else map.set(target.length, [target]);
  }
  return map;
});

const wordKeysMemo = memoTable<string, readonly string[]>('text.word-keys', 20_000);

/**
 * The vocabulary words `word` is a typo of, nearest first: every target at the smallest
 * distance, since a tie ("servce": serve or service; "intarnet": internet or intranet) is a
 * doubt the matcher should keep rather than settle by alphabetical order. Empty when none, or
 * when more than two are equally near.
 */
function typoTargets(word: string): readonly string[] {
  const limit = typoLimit(word.length);
  if (limit === 0 || NEAR().has(word) || /\d/.test(word)) return [];
  let best: string[] = [];
  let bestDistance = limit + 1;
  // isTypoOf only accepts a target that starts with the word's first or second letter: skip
  // the others before the (far dearer) edit distance.
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  const byLength = TARGETS_BY_LENGTH();
  for (let length = word.length - limit; length <= word.length + limit; length += 1) {
    for (const target of byLength.get(length) ?? []) {
      const start = target.charCodeAt(0);
      if (start !== first && start !== second) continue;
      const value = typoEdits(word, target);
      if (value > bestDistance || !isTypoOf(word, target, value)) continue;
      if (value < bestDistance) {
        best = [target];
        bestDistance = value;
      } else best.push(target);
    }
  }
  // Three or more equally near words ("sas": saas, sast, sla) is no reading at all.
  return best.length > 2 ? [] : best;
}

/** The first vocabulary word `word` is a typo of, or undefined. */
function typoTarget(word: string): string | undefined {
  return typoTargets(word)[0];
}

/** The match keys of one content word (see the module comment). Memoised. */
export function wordKeys(word: string): readonly string[] {
  const cached = wordKeysMemo.get(word);
  if (cached !== undefined) return cached;
  let keys: readonly string[];
  if (word.startsWith(JOINED)) {
    // Two words typed apart that make one ("pay roll"): read like a typo of the whole word.
    keys = wordKeys(word.slice(JOINED.length)).map((key) => (key.startsWith(TYPO) ? key : TYPO + key));
  } else if (isFieldToken(word) || word === COMPANY_WIDE_TOKEN || word === WE_SELL_TOKEN) keys = [word];
  else {
    const known = LEXICON().get(word);
    if (known !== undefined) keys = known;
    else {
      // A typo of a field term's form ("payrol") reads as the term's token, like the form.
      const targetKeys: string[] = [];
      for (const target of typoTargets(word)) {
        const token = fieldTokenOf(target);
        for (const key of token !== undefined ? [token] : (LEXICON().get(target) ?? [])) {
          if (!targetKeys.includes(key)) targetKeys.push(key);
        }
      }
      keys = targetKeys.length > 0 ? targetKeys.map((key) => TYPO + key) : [word];
    }
  }
  return wordKeysMemo.set(word, Object.freeze(keys));
}

/** A text as the guidance reads it. */
export interface TextAnalysis {
  /** Match keys in order of appearance, without repeats, with order keys of neighbouring words ("design>system"). */
  readonly keys: readonly string[];
  /** One identity key per content word, in order of appearance, without repeats. */
  readonly words: readonly string[];
  /**
   * One key per content word, generic nouns ("system", "team") left out, sorted: two texts
   * with the same identity say the same thing ("ERP" = "Enterprise resource planning system").
   */
  readonly identity: string;
}

/** The identity key of one word: its family, else its first lemma, else the word. */
function identityOf(word: string, keys: readonly string[]): string {
  let lemma: string | undefined;
  for (const key of keys) {
    const plain = key.startsWith(TYPO) ? key.slice(1) : key;
    if (plain.startsWith(FAMILY)) return plain.slice(1);
    lemma ??= plain;
  }
  return lemma ?? word;
}

const GENERIC_IDENTITIES = lazy((): ReadonlySet<string> => new Set(
  GENERIC_NOUNS.map((noun) => identityOf(noun, noun === INFOTECH ? [INFOTECH] : (LEXICON().get(noun) ?? [noun]))),
));

/**
 * True when two words joined make a word of the knowledge base's vocabulary (by a lemma, not
 * only a family), or, joined across a hyphen, a typo of one ("e-comerce").
 */
function isVocabularyWord(word: string, hyphenated: boolean): boolean {
  const keys = LEXICON().get(word);
  if (keys !== undefined) return keys.some((key) => !key.startsWith(FAMILY));
  return hyphenated && typoTarget(word) !== undefined;
}

const analysisMemo = memoTable<string, TextAnalysis>('text.analysis', 5_000);

/** The lemma keys of a word's keys, by its (frozen) key list: filtered once per word, not per text. */
const LEMMAS = new WeakMap<readonly string[], readonly string[]>();
function lemmasOf(keys: readonly string[]): readonly string[] {
  let lemmas = LEMMAS.get(keys);
  if (lemmas === undefined) {
    lemmas = Object.freeze(keys.filter((key) => !key.startsWith(FAMILY) && !key.startsWith(TYPO)));
    LEMMAS.set(keys, lemmas);
  }
  return lemmas;
}

/** Reads a text: its match keys and identity. Pure; memoised by text; never throws. */
export function analyseText(text: string): TextAnalysis {
  const cached = analysisMemo.get(text);
  if (cached !== undefined) return cached;
  const keys: string[] = [];
  const words: string[] = [];
  const identities: string[] = [];
  const adjacent: boolean[] = [];
  const all = contentWords(text, isVocabularyWord, adjacent);
  let before: readonly string[] = [];
  for (let index = 0; index < all.length; index += 1) {
    const word = all[index] ?? '';
    if (STOP().has(word)) {
      before = [];
      continue;
    }
    const wordKeyList = wordKeys(word);
    // Order keys of two neighbouring words' lemmas (typo and family keys left out).
    const lemmas = lemmasOf(wordKeyList);
    if (adjacent[index] === true) {
      for (const first of before) for (const second of lemmas) if (first !== second) keys.push(first + BEFORE + second);
    }
    before = lemmas;
    for (const key of wordKeyList) if (!keys.includes(key)) keys.push(key);
    const identity = identityOf(word, wordKeyList);
    if (!words.includes(identity)) words.push(identity);
    if (!GENERIC_IDENTITIES().has(identity) && !identities.includes(identity)) identities.push(identity);
  }
  identities.sort();
  return analysisMemo.set(
    text,
    Object.freeze({ keys: Object.freeze(keys), words: Object.freeze(words), identity: identities.join(' ') }),
  );
}

/**
 * One key per content word of a text (its family, else its lemma, else the word), in order of
 * appearance, without repeats: what similarity measures compare. Pure. Two texts that differ
 * only in inflection, case, punctuation, abbreviation or filler words give the same keys.
 */
export function contentStems(text: string): string[] {
  return [...analyseText(text).words];
}

/**
 * A canonical key of a text: equal keys mean the same words in another order, inflection or
 * spelling ("Run the help desk" = "Help desks, running"; "ERP" = "ERP system"). Pure.
 */
export function canonicalKey(text: string): string {
  return analyseText(text).identity;
}

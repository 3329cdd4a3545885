/** Per-title analysis for the guidance check: suggestion, duplicate key and overlap terms, cached. */
import type { Lane, ResponsibilityId, Role } from '../model/index.js';
import { memoTable } from './memo.js';
import type { Suggestion } from './suggest.js';
import { suggestOwnerForStems } from './suggestion.js';
import { BEFORE, FAMILY, TYPO, analyseText } from './text.js';
import type { Finding } from './check-types.js';

// ─── Per-title analysis, cached ───────────────────────────────────────────────────────

/** What the check derives from one title, computed once per distinct title. */
export interface TitleAnalysis {
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
export const CARDS_PER_TITLE = 4;

/** The findings of one card, with everything besides its title that they depend on. */
export interface CardMemo {
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
    if (plain.startsWith(FAMILY) || plain.includes(BEFORE)) continue;
    let id = KEY_IDS.get(plain);
    if (id === undefined) {
      id = KEY_IDS.size;
      KEY_IDS.set(plain, id);
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return Uint32Array.from(ids).sort();
}

/** The analysis of a title (suggestion, duplicate key, overlap terms), memoised. */
export function analyse(title: string): TitleAnalysis {
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

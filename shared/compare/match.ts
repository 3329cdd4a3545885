import { canonicalKey, contentStems } from '../guidance/index.js';
import type { Responsibility } from '../model/index.js';

/**
 * How a responsibility was paired with the row it sits on: it founded the row (`base`), has
 * the same id as the row (`id`), the same words in another order or inflection (`title`), or
 * only similar words (`fuzzy`, with a Dice similarity below 1).
 */
export type MatchKind = 'base' | 'id' | 'title' | 'fuzzy';

/** Titles whose content-stem Dice similarity reaches this are paired as fuzzy matches. */
export const FUZZY_THRESHOLD = 0.6;

/**
 * A stem found in more candidate titles than this is too common to propose candidates
 * ("manag", "system"); it still counts when the similarity of a proposed pair is measured.
 * Keeps fuzzy matching near-linear: no item is compared with more than a few hundred rows.
 */
const COMMON_STEM_LIMIT = 64;
/** At most this many rows are measured per stem, even for an item made only of common stems. */
const SCAN_LIMIT = 512;

interface TitleInfo {
  readonly key: string;
  readonly stems: readonly string[];
}

const TITLE_CACHE_LIMIT = 20_000;
const titleCache = new Map<string, TitleInfo>();

/** Canonical key and content stems of a title, cached (titles repeat across compares). */
export function titleInfo(title: string): TitleInfo {
  const cached = titleCache.get(title);
  if (cached) return cached;
  const stems = contentStems(title);
  // A title made only of stop words has no key; its normalised text stands in, so "IT" still
  // matches "it" but not every other stop-word title.
  const key = canonicalKey(title) || `=${title.trim().toLowerCase().replace(/\s+/g, ' ')}`;
  const info = { key, stems };
  if (titleCache.size >= TITLE_CACHE_LIMIT) {
    const oldest = titleCache.keys().next().value;
    if (oldest !== undefined) titleCache.delete(oldest);
  }
  titleCache.set(title, info);
  return info;
}

/** Dice coefficient of two stem lists without repeats: 2|A∩B| / (|A|+|B|). Pure; 0..1. */
export function diceSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(large);
  let shared = 0;
  for (const value of small) if (set.has(value)) shared += 1;
  return (2 * shared) / (a.length + b.length);
}

/** One pairing of an item with a candidate row. */
export interface Pairing {
  readonly item: number;
  readonly row: number;
  readonly kind: 'id' | 'title' | 'fuzzy';
  readonly similarity: number;
}

/** A row an item may join: its index and the title and id it is known by. */
export interface Candidate {
  readonly row: number;
  readonly ids: readonly string[];
  readonly title: string;
}

/**
 * Pairs the items of one scenario with candidate rows, one to one: first by id, then by
 * canonical title key (first come, first served, so duplicates pair in order), then by
 * fuzzy title similarity (best pairs first, ties broken by row then item order). Pure and
 * deterministic. Fuzzy candidates come from an inverted index of stems, so the string work
 * is linear in the number of titles.
 */
export function pairItems(items: readonly Responsibility[], candidates: readonly Candidate[]): Pairing[] {
  const pairings: Pairing[] = [];
  const itemDone = new Uint8Array(items.length);
  const rowDone = new Set<number>();

  const byId = new Map<string, number>();
  for (const candidate of candidates) {
    for (const id of candidate.ids) if (!byId.has(id)) byId.set(id, candidate.row);
  }
  items.forEach((item, index) => {
    const row = byId.get(item.id);
    if (row === undefined || rowDone.has(row)) return;
    rowDone.add(row);
    itemDone[index] = 1;
    pairings.push({ item: index, row, kind: 'id', similarity: 1 });
  });

  const open = candidates.filter((candidate) => !rowDone.has(candidate.row));
  if (open.length === 0 || pairings.length === items.length) return pairings;

  const byKey = new Map<string, number[]>();
  for (const candidate of open) {
    const key = titleInfo(candidate.title).key;
    const queue = byKey.get(key);
    if (queue) queue.push(candidate.row);
    else byKey.set(key, [candidate.row]);
  }
  items.forEach((item, index) => {
    if (itemDone[index]) return;
    const queue = byKey.get(titleInfo(item.title).key);
    const row = queue?.shift();
    if (row === undefined) return;
    rowDone.add(row);
    itemDone[index] = 1;
    pairings.push({ item: index, row, kind: 'title', similarity: 1 });
  });

  const rest = open.filter((candidate) => !rowDone.has(candidate.row));
  if (rest.length === 0) return pairings;
  const rowStems = new Map<number, ReadonlySet<string>>();
  const postings = new Map<string, number[]>();
  for (const candidate of rest) {
    const stems = titleInfo(candidate.title).stems;
    rowStems.set(candidate.row, new Set(stems));
    for (const value of stems) {
      const list = postings.get(value);
      if (list) list.push(candidate.row);
      else postings.set(value, [candidate.row]);
    }
  }
  const proposals: Pairing[] = [];
  items.forEach((item, index) => {
    if (itemDone[index]) return;
    const stems = titleInfo(item.title).stems;
    const lists = stems
      .map((value) => postings.get(value))
      .filter((list): list is number[] => list !== undefined)
      .sort((a, b) => a.length - b.length);
    const seen = new Set<number>();
    lists.forEach((list, order) => {
      // The rarest stem always proposes; commoner ones only while they stay selective.
      if (order > 0 && list.length > COMMON_STEM_LIMIT) return;
      const end = Math.min(list.length, SCAN_LIMIT);
      for (let at = 0; at < end; at += 1) {
        const row = list[at] as number;
        if (seen.has(row)) continue;
        seen.add(row);
        const other = rowStems.get(row);
        if (!other) continue;
        let shared = 0;
        for (const value of stems) if (other.has(value)) shared += 1;
        const similarity = (2 * shared) / (stems.length + other.size);
        if (similarity >= FUZZY_THRESHOLD) proposals.push({ item: index, row, kind: 'fuzzy', similarity });
      }
    });
  });
  proposals.sort((a, b) => b.similarity - a.similarity || a.row - b.row || a.item - b.item);
  for (const proposal of proposals) {
    if (itemDone[proposal.item] || rowDone.has(proposal.row)) continue;
    itemDone[proposal.item] = 1;
    rowDone.add(proposal.row);
    pairings.push(proposal);
  }
  return pairings;
}

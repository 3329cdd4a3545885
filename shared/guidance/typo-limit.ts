/**
 * When a word counts as a typo of a vocabulary word. Up to six letters one edit is allowed;
 * from seven, two edits. The first letter must be right (or swapped with the second): on
 * typos made of common English words the knowledge base lacks, a different first letter was
 * most of what passed for a typo of the vocabulary ("lidy" → tidy, "kight" → right), while a
 * real typo of the vocabulary keeps it. A swap of two neighbouring
 * letters ("emial", "lapotp") is one edit, as people type it. Three-letter words may only have
 * lost one letter of a four-letter word ("dsk" → desk) and keep its first letter; shorter words
 * never count (too many real words and abbreviations sit one letter apart). Pure; shared by the
 * lexicon generator and the matcher so both agree.
 */
import { distance } from 'fastest-levenshtein';

/** The most edits a word of this length may be from the word it is a typo of. */
export function typoLimit(length: number): number {
  if (length < 3) return 0;
  return length <= 7 ? 1 : 2;
}

/** True when `target` is `word` with one pair of neighbouring letters swapped. */
function isSwap(word: string, target: string): boolean {
  if (word.length !== target.length) return false;
  let at = -1;
  for (let index = 0; index < word.length; index += 1) {
    if (word[index] === target[index]) continue;
    if (at >= 0) return index === at + 1 && word[at] === target[index] && word[index] === target[at];
    at = index;
  }
  return false;
}

/**
 * Edits from `word` to `target` as typos count them: Levenshtein distance (fastest-levenshtein),
 * except that one swap of neighbouring letters counts as one edit. Pure.
 */
export function typoEdits(word: string, target: string): number {
  const value = distance(word, target);
  return value === 2 && isSwap(word, target) ? 1 : value;
}

/** True when `word`, at `edits` typo edits from `target`, reads as a typo of it. Pure. */
export function isTypoOf(word: string, target: string, edits: number): boolean {
  if (edits === 0 || edits > typoLimit(word.length)) return false;
  if (word.length === 3) return target.length === 4 && word.charAt(0) === target.charAt(0);
  // A four-letter word one letter off another of the same length is most often another word
  // ("cosp", "sare"); a dropped, added or swapped letter is a typo.
  if (word.length === 4 && target.length === 4 && !isSwap(word, target)) return false;
  // People seldom mistype the first letter: a word that differs there ("lidy", "kight") is
  // another word, unless its first two letters are swapped ("tpyo").
  return word.charAt(0) === target.charAt(0) || (edits === 1 && isSwap(word, target) && word.charAt(1) === target.charAt(0));
}

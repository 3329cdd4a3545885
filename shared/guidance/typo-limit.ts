/**
 * When a word counts as a typo of a vocabulary word. Up to six letters one edit is allowed;
 * from seven, two edits, as long as the first letter is right: a different word ("lisbon",
 * "vision") rarely keeps both the length and the first letter. A swap of two neighbouring
 * letters ("emial", "lapotp") is one edit, as people type it. Three-letter words may only have
 * lost one letter of a four-letter word ("dsk" → desk) and keep its first letter; shorter words
 * never count (too many real words and abbreviations sit one letter apart). Pure; shared by the
 * lexicon generator and the matcher so both agree.
 */
import { distance } from 'fastest-levenshtein';

/** The most edits a word of this length may be from the word it is a typo of. */
export function typoLimit(length: number): number {
  if (length < 3) return 0;
  return length <= 6 ? 1 : 2;
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
  return edits === 1 || word.charAt(0) === target.charAt(0);
}

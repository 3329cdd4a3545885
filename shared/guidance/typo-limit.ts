/**
 * When a word counts as a typo of a vocabulary word. Short words never do (too many real
 * words sit one letter apart); up to six letters one edit is allowed; from seven, two edits
 * (a swapped pair of letters is two), as long as the first letter is right: a different word
 * ("lisbon", "vision") rarely keeps both the length and the first letter. Pure; shared by the
 * lexicon generator and the matcher so both agree.
 */
export function typoLimit(length: number): number {
  if (length < 4) return 0;
  return length <= 6 ? 1 : 2;
}

/** True when `word`, at edit distance `edits` from `target`, reads as a typo of it. Pure. */
export function isTypoOf(word: string, target: string, edits: number): boolean {
  if (edits === 0 || edits > typoLimit(word.length)) return false;
  return edits === 1 || word.charAt(0) === target.charAt(0);
}

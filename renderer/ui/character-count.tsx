import { FILE_LIMITS } from '../../shared/format/index.js';

/**
 * Text limits of the editors: the scenario file and backup formats refuse longer values, so
 * the editor must too, or an export would not re-import.
 */
export const TEXT_LIMITS = {
  title: FILE_LIMITS.title,
  note: FILE_LIMITS.note,
  rationale: FILE_LIMITS.rationale,
} as const;

/** Show the counter from this share of the limit on: earlier it is only noise. */
const SHOW_FROM = 0.8;

/** True when the counter for `length` of `max` is shown (and so may describe the field). */
export function countShown(length: number, max: number): boolean {
  return length >= Math.floor(max * SHOW_FROM);
}

/** The message for a value over the limit (only possible for text saved before limits). */
export function tooLongMessage(label: string, length: number, max: number): string {
  return `${label} is ${length.toLocaleString('en')} characters; the limit is ${max.toLocaleString('en')}. Shorten it to save.`;
}

/**
 * "18,240 of 20,000 characters", shown near the limit under a field. Not a live region (it
 * would speak on every keystroke); the field's description points at it, and reaching the
 * limit is announced once through the polite status inside.
 */
export function CharacterCount({ id, length, max }: { readonly id: string; readonly length: number; readonly max: number }) {
  if (!countShown(length, max)) return null;
  const full = length >= max;
  return (
    <p id={id} className={`char-count${full ? ' char-count-full' : ''}`}>
      {length.toLocaleString('en')} of {max.toLocaleString('en')} characters
      <span role="status">{full ? ' · limit reached' : ''}</span>
    </p>
  );
}

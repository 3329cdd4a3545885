/** The longest scenario name the file format accepts. */
const MAX_NAME = 200;

/** `base` then `suffix`, the base cut so the whole stays within {@link MAX_NAME}. */
function withSuffix(base: string, suffix: string): string {
  return `${base.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
}

/** ` (2)`, ` (imported)`, ` (imported 3)` at the end of a name. */
const SUFFIX = / \((?:\d+|imported(?: \d+)?)\)$/;

/**
 * A name for a copy that no existing name uses: the base (without a suffix an earlier copy
 * added) then ` (2)`, ` (3)`…, so duplicating "Plan (2)" gives "Plan (3)", not "Plan (2) (2)".
 * Compared case-insensitively; never longer than 200 characters. Pure.
 */
export function copyName(name: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((entry) => entry.toLowerCase()));
  const base = name.replace(SUFFIX, '');
  for (let number = 2; ; number += 1) {
    const candidate = withSuffix(base, ` (${number})`);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The name an imported scenario gets: its own when no scenario has it, else ` (imported)`, then
 * ` (imported 2)`…, so two imports of one file never make two identical rows. Pure.
 */
export function importedName(name: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((entry) => entry.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  const base = name.replace(SUFFIX, '');
  for (let number = 1; ; number += 1) {
    const candidate = withSuffix(base, number === 1 ? ' (imported)' : ` (imported ${number})`);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

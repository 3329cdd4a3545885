import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** Longest position key accepted from a document; real keys stay far shorter. */
export const MAX_POSITION_LENGTH = 200;

/** `count` increasing position keys for cards listed in order (a plan's first seeding). Pure. */
export function keysInOrder(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

/** True when `value` is a base-62 position key the ordering library accepts. Pure. */
export function isPositionKey(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_POSITION_LENGTH || !/^[0-9A-Za-z]+$/.test(value))
    return false;
  try {
    generateKeyBetween(value, null);
    return true;
  } catch {
    return false;
  }
}

/** Orders two cards by position key, then by id, in code units, the same on every client. */
export function comparePositions(
  a: { readonly position: string; readonly id: string },
  b: { readonly position: string; readonly id: string },
): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A key that puts a card at `index` among a lane whose keys, in lane order, are `laneKeys`
 * (the end when `index` is absent or out of range). Pure. Two people inserting at the same
 * spot at once can produce equal keys (ties break by id); a key is never asked for between
 * two equal keys: the card goes after the whole tie instead, one place later than asked.
 */
export function keyForIndex(laneKeys: readonly string[], index: number | undefined): string {
  const at = index === undefined || index < 0 || index > laneKeys.length ? laneKeys.length : index;
  const before = at > 0 ? (laneKeys[at - 1] ?? null) : null;
  let after = laneKeys[at] ?? null;
  if (before !== null && after !== null && after <= before) {
    after = laneKeys.slice(at).find((key) => key > before) ?? null;
  }
  return generateKeyBetween(before, after);
}

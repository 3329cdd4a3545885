/**
 * Structural checks on untrusted JSON, shared by the scenario file and the backup format, that
 * bound the work done on any input before anything expensive runs:
 *
 * - {@link scanJsonText} reads the raw text once, allocating nothing per element, and refuses
 *   nesting, arrays or objects, and value counts beyond what any Remit file has, BEFORE
 *   `JSON.parse` builds millions of objects from a small file;
 * - {@link findHostileStructure} walks an already-parsed value (a file after the scan, a stored
 *   row, an IPC payload) with the same limits, checked before it descends into a container, and
 *   refuses keys that could pollute prototypes when data is later spread or merged.
 *
 * Both are iterative (hostile nesting cannot overflow the stack) and keep only one frame per
 * open container (at most {@link MAX_DEPTH} + 1); a path is built only when a problem is
 * reported.
 */

import { ECHO_LIMIT, echoText, echoValue } from './safe-text.js';

/** Keys refused anywhere in a Remit file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting accepted anywhere in a file (Remit's own data is a few levels deep). */
export const MAX_DEPTH = 32;

/** How much structure an input may have; anything beyond is refused before it is walked. */
export interface StructureLimits {
  /** Deepest container, counted in path segments from the root (the root is 0). */
  readonly maxDepth: number;
  /** Most entries in one array, or keys in one object. */
  readonly maxEntries: number;
  /** Most values in the whole input (containers and scalars, the root included). */
  readonly maxNodes: number;
}

/**
 * Limits for a scenario file (10 MB). 20,000 responsibilities of six values each plus 20,000
 * waivers of four is 200,000 values; the budget leaves room for unknown fields.
 */
export const SCENARIO_STRUCTURE_LIMITS: StructureLimits = { maxDepth: MAX_DEPTH, maxEntries: 20_000, maxNodes: 500_000 };

/**
 * Limits for a backup (32 MiB). A backup as Remit writes it (2-space indented, each value on
 * its own indented line with its key) spends about 40 bytes per value, so 1,000,000 values
 * cover any backup Remit can write within the size limit; 100,000 entries is the most
 * snapshots a backup holds.
 */
export const BACKUP_STRUCTURE_LIMITS: StructureLimits = { maxDepth: MAX_DEPTH, maxEntries: 100_000, maxNodes: 1_000_000 };

/** Limits for a backup's settings: small app state (the scenario opened last, and the like). */
export const SETTINGS_STRUCTURE_LIMITS: StructureLimits = { maxDepth: MAX_DEPTH, maxEntries: 1_000, maxNodes: 10_000 };

/** What {@link findHostileStructure} or {@link scanJsonText} found, with the path to it. */
export type HostileStructure =
  | { readonly kind: 'forbidden-key'; readonly key: string; readonly path: readonly PropertyKey[] }
  | { readonly kind: 'too-deep'; readonly path: readonly PropertyKey[] }
  | { readonly kind: 'too-many-entries'; readonly limit: number; readonly path: readonly PropertyKey[] }
  | { readonly kind: 'too-many-values'; readonly limit: number; readonly path: readonly PropertyKey[] };

interface Frame {
  readonly value: object;
  /** Own keys of an object; null for an array. */
  readonly keys: readonly string[] | null;
  readonly length: number;
  readonly depth: number;
  index: number;
  readonly parent: Frame | null;
  /** This container's key in its parent (index or property name); unused for the root. */
  readonly key: PropertyKey;
}

function framePath(frame: Frame | null, basePath: readonly PropertyKey[], last: PropertyKey): PropertyKey[] {
  // The root has no key of its own.
  const reversed: PropertyKey[] = frame ? [last] : [];
  for (let at = frame; at?.parent; at = at.parent) reversed.push(at.key);
  return [...basePath, ...reversed.reverse()];
}

/**
 * The first forbidden key, over-deep container, over-long array or object, or value past the
 * budget in a parsed JSON value, in document order, or null. Counts are checked before a
 * container is entered, so the work is bounded by `limits.maxNodes` whatever the input. Pure.
 */
export function findHostileStructure(
  root: unknown,
  basePath: readonly PropertyKey[] = [],
  limits: StructureLimits = BACKUP_STRUCTURE_LIMITS,
): HostileStructure | null {
  let nodes = 0;
  let top: Frame | null = null;
  // Each turn looks at one value (the root, or the child of `top` at `key`), then moves on.
  let value: unknown = root;
  let key: PropertyKey = '';
  for (;;) {
    nodes += 1;
    if (nodes > limits.maxNodes) {
      return { kind: 'too-many-values', limit: limits.maxNodes, path: framePath(top, basePath, key) };
    }
    if (value !== null && typeof value === 'object') {
      const found = checkContainer(value, top, limits);
      if (found) {
        const path = framePath(top, basePath, key);
        return found.kind === 'forbidden-key' ? { ...found, path: [...path, found.key] } : { ...found, path };
      }
      const keys = Array.isArray(value) ? null : Object.keys(value);
      top = {
        value,
        keys,
        length: keys ? keys.length : (value as readonly unknown[]).length,
        depth: top ? top.depth + 1 : 0,
        index: 0,
        parent: top,
        key,
      };
    }
    while (top && top.index >= top.length) top = top.parent;
    if (!top) return null;
    const index: number = top.index;
    top.index += 1;
    if (top.keys) {
      const name = top.keys[index] as string;
      key = name;
      value = (top.value as Record<string, unknown>)[name];
    } else {
      key = index;
      value = (top.value as readonly unknown[])[index];
    }
  }
}

/** The problem with entering `value` below `parent`, its path left for the caller to fill. */
function checkContainer(value: object, parent: Frame | null, limits: StructureLimits): HostileStructure | null {
  const depth = parent ? parent.depth + 1 : 0;
  if (depth > limits.maxDepth) return { kind: 'too-deep', path: [] };
  if (Array.isArray(value)) {
    return value.length > limits.maxEntries ? { kind: 'too-many-entries', limit: limits.maxEntries, path: [] } : null;
  }
  let count = 0;
  for (const name in value) {
    if (!Object.hasOwn(value, name)) continue;
    count += 1;
    if (count > limits.maxEntries) return { kind: 'too-many-entries', limit: limits.maxEntries, path: [] };
    if (FORBIDDEN_KEYS.has(name)) return { kind: 'forbidden-key', key: name, path: [] };
  }
  return null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * Checks the raw text of a JSON document against `limits` in one pass, before `JSON.parse`:
 * nesting depth, entries per array or object, and values in total. Keeps one small record per
 * open container and nothing per element, so a 32 MiB file costs a few tens of milliseconds.
 * It does not validate the JSON (`JSON.parse` does that next): on malformed text it may miss a
 * problem, and it never reports one that well-formed JSON does not have. Pure.
 */
export function scanJsonText(text: string, limits: StructureLimits): HostileStructure | null {
  // Per open container: array or object, entries so far, the current key's span in `text`.
  const isArray: boolean[] = [];
  const entries: number[] = [];
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  const expectKey: boolean[] = [];
  let depth = -1;
  let nodes = 0;
  // The last character outside strings and whitespace; -1 before the first.
  let last = -1;
  const pathTo = (level: number): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let at = 0; at <= level; at += 1) {
      path.push(isArray[at] ? Math.max(0, (entries[at] ?? 1) - 1) : decodeKey(text, keyStart[at] ?? 0, keyEnd[at] ?? 0));
    }
    return path;
  };
  const countEntry = (): HostileStructure | null => {
    const count = (entries[depth] ?? 0) + 1;
    entries[depth] = count;
    return count > limits.maxEntries ? { kind: 'too-many-entries', limit: limits.maxEntries, path: pathTo(depth - 1) } : null;
  };
  const startValue = (): HostileStructure | null => {
    nodes += 1;
    const tooLong = depth >= 0 && isArray[depth] ? countEntry() : null;
    if (tooLong) return tooLong;
    return nodes > limits.maxNodes ? { kind: 'too-many-values', limit: limits.maxNodes, path: pathTo(depth) } : null;
  };
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (isJsonSpace(code)) continue;
    let found: HostileStructure | null = null;
    if (code === QUOTE) {
      const start = index;
      index += 1;
      while (index < length) {
        const inner = text.charCodeAt(index);
        if (inner === QUOTE) break;
        index += inner === BACKSLASH ? 2 : 1;
      }
      if (depth >= 0 && !isArray[depth] && expectKey[depth]) {
        found = countEntry();
        keyStart[depth] = start;
        keyEnd[depth] = index + 1;
        expectKey[depth] = false;
      } else found = startValue();
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      found = startValue();
      if (!found && depth + 1 > limits.maxDepth) found = { kind: 'too-deep', path: pathTo(depth) };
      depth += 1;
      isArray[depth] = code === OPEN_BRACKET;
      entries[depth] = 0;
      keyStart[depth] = 0;
      keyEnd[depth] = 0;
      expectKey[depth] = code === OPEN_BRACE;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET || code === COMMA) {
      // Unbalanced: not JSON, which JSON.parse reports next.
      if (depth < 0) return null;
      if (code === COMMA) expectKey[depth] = !isArray[depth];
      else depth -= 1;
    } else if (code !== COLON && (last === -1 || last === OPEN_BRACKET || last === COMMA || last === COLON)) {
      // The first character of a number, true, false or null.
      found = startValue();
    }
    if (found) return found;
    last = code;
  }
  return null;
}

function decodeKey(text: string, start: number, end: number): string {
  // Keys are echoed in messages: decode at most a short prefix of a hostile long key.
  const slice = text.slice(start, Math.min(end, start + 400));
  try {
    const key: unknown = JSON.parse(slice.endsWith('"') && slice.length > 1 ? slice : `${slice}"`);
    return typeof key === 'string' ? key : '';
  } catch {
    return slice.replace(/^"|"$/g, '');
  }
}

/**
 * Formats a path the way a user reads it: `scenarios[2].responsibilities[0].owner`. A key from
 * the file is cut to {@link ECHO_LIMIT} characters with its controls escaped, since paths are
 * echoed in messages. Pure.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else {
      const name = echoText(String(part), ECHO_LIMIT);
      text += text ? `.${name}` : name;
    }
  }
  return text;
}

/**
 * The user-facing detail of a hostile structure, without its path (callers put the path where
 * their messages put it). Pure.
 */
export function describeHostileStructure(found: HostileStructure): string {
  switch (found.kind) {
    case 'forbidden-key':
      return `the key ${echoValue(found.key)} is not allowed in a Remit file`;
    case 'too-deep':
      return `nested more than ${MAX_DEPTH} levels deep, which no Remit file is`;
    case 'too-many-entries':
      return `has more than ${found.limit.toLocaleString('en-US')} entries, more than any Remit file has`;
    case 'too-many-values':
      return `the file holds more than ${found.limit.toLocaleString('en-US')} values, more than any Remit file of its size has`;
  }
}

/** UTF-8 byte length of a string without TextEncoder (not part of the ES library). Pure. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

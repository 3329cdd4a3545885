/**
 * Structural checks that run on parsed JSON before any schema sees it, shared by the scenario
 * file and the backup format: keys that could pollute prototypes when data is later spread or
 * merged, and nesting deeper than any Remit file has (which would otherwise make recursive
 * code, zod included, exhaust the stack).
 */

/** Keys refused anywhere in a Remit file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting accepted anywhere in a file (Remit's own data is a few levels deep). */
export const MAX_DEPTH = 32;

/** What {@link findHostileStructure} found, with the path to it. */
export type HostileStructure =
  | { readonly kind: 'forbidden-key'; readonly key: string; readonly path: readonly PropertyKey[] }
  | { readonly kind: 'too-deep'; readonly path: readonly PropertyKey[] };

/**
 * The first forbidden key or over-deep container in a parsed JSON value, in document order,
 * or null. Iterative, so hostile nesting cannot overflow the stack here. Pure.
 */
export function findHostileStructure(root: unknown, basePath: readonly PropertyKey[] = []): HostileStructure | null {
  const stack: { readonly value: unknown; readonly path: readonly PropertyKey[] }[] = [{ value: root, path: basePath }];
  const depthOf = (path: readonly PropertyKey[]): number => path.length - basePath.length;
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) break;
    const { value, path } = next;
    if (value === null || typeof value !== 'object') continue;
    if (depthOf(path) > MAX_DEPTH) return { kind: 'too-deep', path };
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        stack.push({ value: value[index] as unknown, path: [...path, index] });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key, path: [...path, key] };
    }
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index] as string;
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/** Formats a path the way a user reads it: `scenarios[2].responsibilities[0].owner`. Pure. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text;
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

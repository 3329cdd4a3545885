/**
 * The guidance's memos, in one place. Every cache the guidance keeps (word keys, text
 * analyses, suggestions, per-title check results) is a bounded table made here and listed in
 * one registry, so their limits are visible side by side and a caller (a test, a bench run, a
 * long-lived server) can see their sizes or empty them all at once. Memos never change a
 * result: every function gives the same answer with the memos empty.
 */

/**
 * A bounded memo with two generations: new entries go to the young map; when it fills, it
 * becomes the old map and the previous old map is dropped. Lookups promote old entries.
 * Every operation is O(1), unlike evicting the oldest key of one big Map.
 */
export class MemoTable<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;

  /** Keeps at least `limit / 2` and at most `limit` recent entries. */
  constructor(
    readonly name: string,
    readonly limit: number,
  ) {
    this.half = Math.max(1, Math.floor(limit / 2));
  }

  /** The cached value, or undefined. */
  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  /** Stores a value and returns it. */
  set(key: K, value: V): V {
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }

  /** Entries held now (at most `limit`). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** Drops every entry. */
  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}

const REGISTRY: MemoTable<unknown, unknown>[] = [];

/** Makes a named, bounded memo table and registers it. Call once per table, at module load. */
export function memoTable<K, V>(name: string, limit: number): MemoTable<K, V> {
  const table = new MemoTable<K, V>(name, limit);
  REGISTRY.push(table);
  return table;
}

/** Every memo table's name, limit and current size. */
export function guidanceMemoSizes(): readonly { readonly name: string; readonly limit: number; readonly size: number }[] {
  return REGISTRY.map((table) => ({ name: table.name, limit: table.limit, size: table.size }));
}

/** Empties every memo table of the guidance (results stay the same, only slower once). */
export function clearGuidanceMemos(): void {
  for (const table of REGISTRY) table.clear();
}

/**
 * A bounded memo with two generations: new entries go to the young map; when it fills, it
 * becomes the old map and the previous old map is dropped. Lookups promote old entries.
 * Every operation is O(1), unlike evicting the oldest key of one big Map, which gets slow
 * after many deletions.
 */
export class BoundedCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;

  /** Keeps at least `limit / 2` and at most `limit` recent entries. */
  constructor(limit: number) {
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
}

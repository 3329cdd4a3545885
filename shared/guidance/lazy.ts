/**
 * A value built on its first use, then kept. For the guidance's indexes (compiled signals, the
 * lexicon, typo targets, phrase patterns): building them took tens of milliseconds of every page
 * load at import, before the first paint, even when the page showed a stored check and needed
 * none of them yet. Pure apart from that one build; `build` must not throw.
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T | undefined;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';

/**
 * Loads a shared plan's Y.Doc (a `shares` row's `doc`) from the database and keeps it there:
 * y-dexie writes every later update of the document (local or from the network) to its own
 * table, and applies updates other windows write. Resolves with the release, which stops that
 * (the stored updates stay).
 */
export async function loadSharedDoc(doc: Y.Doc): Promise<() => void> {
  const provider = DexieYProvider.load(doc);
  await provider.whenLoaded;
  return () => DexieYProvider.release(doc);
}

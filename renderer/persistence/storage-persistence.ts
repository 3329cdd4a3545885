/**
 * Asks the browser engine to keep this origin's storage (the IndexedDB library) out of
 * eviction under storage pressure. In Electron the main process grants it to the app origin
 * only (the `persistent-storage` permission); a browser decides by its own rules. Never
 * throws; resolves whether storage is persistent.
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

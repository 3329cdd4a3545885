import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../../renderer/persistence/storage-persistence.js';

function storage(persisted: boolean, grant: boolean | Error): StorageManager {
  return {
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() => (grant instanceof Error ? Promise.reject(grant) : Promise.resolve(grant))),
  } as unknown as StorageManager;
}

describe('requestPersistentStorage', () => {
  it('asks when storage is not yet persistent, and reports the answer', async () => {
    const granted = storage(false, true);
    expect(await requestPersistentStorage(granted)).toBe(true);
    expect(granted.persist).toHaveBeenCalledTimes(1);
    expect(await requestPersistentStorage(storage(false, false))).toBe(false);
  });

  it('does not ask again when storage is already persistent', async () => {
    const already = storage(true, false);
    expect(await requestPersistentStorage(already)).toBe(true);
    expect(already.persist).not.toHaveBeenCalled();
  });

  it('never throws, and copes without a storage manager', async () => {
    expect(await requestPersistentStorage(storage(false, new Error('denied')))).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});

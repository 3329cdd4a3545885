import { createContext, useContext } from 'react';
import type { ScenarioRepository } from '../persistence/repository.js';

/**
 * The repository app/ builds once for the page, for state/'s own readers (the print routes).
 * Features never read it: they go through the library session or state/'s hooks.
 */
export const StoredLibraryContext = createContext<ScenarioRepository | null>(null);

/** The page's repository. Throws outside app/'s provider (a programming error). */
export function useStoredLibrary(): ScenarioRepository {
  const repository = useContext(StoredLibraryContext);
  if (!repository) throw new Error('useStoredLibrary needs app/’s StoredLibraryContext provider');
  return repository;
}

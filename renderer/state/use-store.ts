import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ScenarioStore, StoreState } from './scenario-store.js';

/** Provides the open scenario's store to the tree. */
export const StoreContext = createContext<ScenarioStore | null>(null);

/** The store of the open scenario. Throws outside a provider (a programming error). */
export function useStore(): ScenarioStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore needs a StoreContext provider');
  return store;
}

/** Subscribes to a slice of the store; re-renders only when the slice changes identity. */
export function useStoreState<T>(select: (state: StoreState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

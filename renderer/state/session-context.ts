import { createContext, useContext, useSyncExternalStore } from 'react';
import type { LibrarySession, SessionState } from './library-session.js';

/** Provides the library session (open scenario, library operations) to the tree. */
export const SessionContext = createContext<LibrarySession | null>(null);

/** The library session. Throws outside a provider (a programming error). */
export function useSession(): LibrarySession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionContext provider');
  return session;
}

/** Subscribes to the session's state (which store is open, the latest notice). */
export function useSessionState(): SessionState {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.getState);
}

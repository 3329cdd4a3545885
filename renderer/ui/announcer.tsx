import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/**
 * A polite live region for changes made without dragging (menu moves, deletes, fixes), so
 * screen-reader users hear what happened. dnd-kit announces drags in its own region.
 */
export function AnnouncerProvider({ children }: { readonly children: ReactNode }) {
  const [message, setMessage] = useState('');
  const toggle = useRef(false);
  const announce = useCallback((next: string) => {
    // A trailing invisible change makes a repeated message count as new for screen readers.
    toggle.current = !toggle.current;
    setMessage(next + (toggle.current ? '' : '\u00a0'));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Returns a stable function that announces a message to assistive technology. */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import './toast.css';

/** What a toast offers besides Dismiss: one action, e.g. Undo. */
export interface ToastAction {
  readonly label: string;
  /** Runs the action; focus goes where it leaves it, else to Add responsibility (never <body>). */
  readonly run: () => void;
}

/** A message to show once; a new `id` shows it again even when the text repeats. */
export interface ToastMessage {
  readonly id: number;
  readonly message: string;
  readonly action?: ToastAction | undefined;
}

/** How long a toast with an action stays when nobody hovers or focuses it. */
const TOAST_MS = 8000;

/**
 * A polite status message with an optional action (Undo) and a Dismiss button; the region stays
 * in the page (hidden when empty) so screen readers hear each new message. With `timeout`, it
 * hides itself after that many milliseconds, but never while the pointer or focus is on it.
 */
export function Toast({
  toast,
  className,
  timeout,
}: {
  readonly toast: ToastMessage | null;
  readonly className?: string;
  readonly timeout?: number;
}) {
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [held, setHeld] = useState(false);
  const visible = toast && toast.id !== dismissed ? toast : null;
  const visibleId = visible?.id ?? null;
  useEffect(() => {
    if (timeout === undefined || visibleId === null || held) return;
    const timer = setTimeout(() => setDismissed(visibleId), timeout);
    return () => clearTimeout(timer);
  }, [timeout, visibleId, held]);
  const close = (run?: () => void) => {
    if (!visible) return;
    setDismissed(visible.id);
    setHeld(false);
    run?.();
    // The toast and its buttons are gone: focus must not fall to <body>.
    requestAnimationFrame(() => {
      if (document.activeElement === null || document.activeElement === document.body) {
        document.querySelector<HTMLElement>('[data-focus-home]')?.focus();
      }
    });
  };
  return (
    <div
      className={className}
      role="status"
      aria-live="polite"
      hidden={!visible}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {visible ? (
        <>
          <span className="toast-message">{visible.message}</span>
          {visible.action ? (
            <button type="button" className="toast-action" onClick={() => close(visible.action?.run)}>
              {visible.action.label}
            </button>
          ) : null}
          <button type="button" className="toast-dismiss" onClick={() => close()}>
            Dismiss
          </button>
        </>
      ) : null}
    </div>
  );
}

/** Shows a toast: a message and, optionally, one action. */
export type ShowToast = (message: string, action?: ToastAction) => void;

const ToastContext = createContext<ShowToast>(() => undefined);

/**
 * Holds the app's one toast (at the bottom of the window), above the workspace so a toast
 * survives a scenario switch (Undo an import). Features show toasts with {@link useToast}.
 */
export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const count = useRef(0);
  const show = useCallback<ShowToast>((message, action) => {
    count.current += 1;
    setToast({ id: count.current, message, action });
  }, []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <Toast toast={toast} className="toast" timeout={TOAST_MS} />
    </ToastContext.Provider>
  );
}

/** The function that shows a toast (a no-op outside a {@link ToastProvider}). */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}

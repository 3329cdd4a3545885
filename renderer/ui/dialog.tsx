import { useEffect, useId, useRef, type SubmitEvent, type ReactNode } from 'react';
import './dialog.css';
import './forms.css';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Optional description under the title, read with the dialog's name. */
  readonly description?: ReactNode;
  /**
   * Makes the dialog one form (Enter submits). Leave it out when the content has forms of
   * its own: forms cannot nest.
   */
  readonly onSubmit?: (event: SubmitEvent<HTMLFormElement>) => void;
  readonly wide?: boolean;
  /** Extra classes for the `<dialog>` (its size and the look of its content). */
  readonly className?: string;
  /** Where focus goes when the dialog closes; null falls back to the element focused before it opened. */
  readonly returnFocus?: () => HTMLElement | null;
}

/**
 * The app's one modal dialog, on the native `<dialog>` element: `showModal()` makes the rest
 * of the page inert (focus stays inside), Escape and the Close button close, and focus returns
 * to where it was. Mounted means open; the caller unmounts it to close.
 */
export function Dialog({ title, onClose, children, description, onSubmit, wide = false, className, returnFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  // Callers pass inline callbacks; reading the latest through refs keeps the dialog open (and
  // focus where it is) across their re-renders.
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const returnFocusRef = useRef(returnFocus);
  returnFocusRef.current = returnFocus;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first focusable element (the Close button); start where typing goes.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      // After React has rendered the new state (a card may have changed lanes): the caller's
      // choice first (the card just added or edited), else the opener if it still exists.
      requestAnimationFrame(() => {
        const preferred = returnFocusRef.current?.();
        const element = preferred ?? (opener && opener !== document.body && opener.isConnected ? opener : null);
        element?.focus();
      });
    };
  }, []);

  const content = (
    <>
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="dialog-close" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {description ? (
        <p id={descriptionId} className="dialog-description">
          {description}
        </p>
      ) : null}
      {children}
    </>
  );

  return (
    <dialog
      ref={ref}
      className={['dialog', wide ? 'dialog-wide' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      {onSubmit ? (
        <form
          method="dialog"
          className="dialog-body"
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit(event);
          }}
        >
          {content}
        </form>
      ) : (
        <div className="dialog-body">{content}</div>
      )}
    </dialog>
  );
}

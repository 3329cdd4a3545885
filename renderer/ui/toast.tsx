import { useState } from 'react';

/** A message to show once; a new `id` shows it again even when the text repeats. */
export interface ToastMessage {
  readonly id: number;
  readonly message: string;
}

/**
 * A polite status message with a Dismiss button; the region stays in the page (hidden when
 * empty) so screen readers hear each new message.
 */
export function Toast({ toast, className }: { readonly toast: ToastMessage | null; readonly className?: string }) {
  const [dismissed, setDismissed] = useState<number | null>(null);
  const visible = toast && toast.id !== dismissed ? toast : null;
  return (
    <div className={className} role="status" aria-live="polite" hidden={!visible}>
      {visible ? (
        <>
          <span>{visible.message}</span>
          <button type="button" onClick={() => setDismissed(visible.id)}>
            Dismiss
          </button>
        </>
      ) : null}
    </div>
  );
}

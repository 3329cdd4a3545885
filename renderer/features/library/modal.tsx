import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal `<dialog>`: opened with `showModal()` (the page behind becomes inert, focus stays
 * inside), Escape or the Close button closes it, and focus returns to what had it before.
 */
export function Modal(props: {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Callers pass inline callbacks; reading the latest through a ref keeps the dialog open
  // (and focus where it is) across their re-renders.
  const onCloseRef = useRef(props.onClose);
  useEffect(() => {
    onCloseRef.current = props.onClose;
  });
  const onClose = props.onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      previous?.focus();
    };
  }, []);
  const titleId = `modal-${props.title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <dialog ref={ref} className={`library-modal ${props.className ?? ''}`} aria-labelledby={titleId}>
      <header className="library-modal-header">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="library-modal-body">{props.children}</div>
    </dialog>
  );
}

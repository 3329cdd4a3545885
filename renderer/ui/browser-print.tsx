import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { loadPrintFonts } from './print-fonts.js';

/**
 * The browser path of "Export PDF": mounts `children` (the printed document) next to the app
 * (print.css hides everything else on paper), waits for its fonts, calls `print` (the
 * platform's print dialog), then `onDone`, and removes the document again.
 */
export function BrowserPrint(props: {
  readonly print: () => Promise<unknown>;
  readonly onDone: () => void;
  readonly children: ReactNode;
}) {
  const [host] = useState(() => {
    const element = document.createElement('div');
    element.className = 'print-portal';
    return element;
  });
  // Printing starts once per mount; the latest callbacks are read when it gets there.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    document.body.append(host);
    document.body.classList.add('remit-printing');
    let live = true;
    loadPrintFonts(host.textContent ?? '')
      .then(() => (live ? latest.current.print() : undefined))
      .catch((error: unknown) => console.error('Remit: printing failed', error))
      .finally(() => live && latest.current.onDone());
    return () => {
      live = false;
      document.body.classList.remove('remit-printing');
      host.remove();
    };
  }, [host]);

  return createPortal(props.children, host);
}

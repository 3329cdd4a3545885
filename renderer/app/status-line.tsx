import { useEffect, useState } from 'react';
import { useStoreState } from '../state/use-store.js';

/** The description element (guidance text) of a focused card handle, if that is what has focus. */
function focusedCardTip(target: EventTarget | null): Element | null {
  if (!(target instanceof HTMLElement) || !target.hasAttribute('data-card-handle')) return null;
  return target.parentElement?.querySelector('[data-card-tip]') ?? null;
}

/**
 * The line under the board: the focused card's guidance on the left (shown here rather than in
 * a tooltip, which covered the neighbouring cards after every keyboard move) and the last
 * action on the right. Screen readers get both elsewhere (the card's description, the live
 * announcer), so this line is for the eyes only.
 */
export function StatusLine() {
  const lastAction = useStoreState((state) => state.lastAction);
  const [focused, setFocused] = useState('');
  useEffect(() => {
    // The text follows the card's guidance while it keeps focus (a keyboard move changes it).
    const observer = new MutationObserver(() => setFocused(focusedCardTip(document.activeElement)?.textContent ?? ''));
    const onFocus = (event: FocusEvent) => {
      observer.disconnect();
      const tip = focusedCardTip(event.target);
      setFocused(tip?.textContent ?? '');
      if (tip) observer.observe(tip, { characterData: true, childList: true, subtree: true });
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('focusin', onFocus);
      observer.disconnect();
    };
  }, []);
  return (
    <div className="status-line" aria-hidden="true">
      <span className="status-focus" title={focused || undefined}>
        {focused}
      </span>
      <p className="last-action">{lastAction ?? ''}</p>
    </div>
  );
}

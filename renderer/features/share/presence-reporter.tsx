import { useEffect } from 'react';
import { useSharedPlan } from '../../state/presence.js';

/** The card an element belongs to, if any. */
function cardOf(node: EventTarget | null): string | null {
  return node instanceof Element ? (node.closest<HTMLElement>('[data-card-id]')?.dataset.cardId ?? null) : null;
}

/**
 * Tells the others on a shared plan which card this person has selected (the card holding
 * focus) and which one they are dragging (the board marks it with data-dragging). Renders
 * nothing; reads the page, so the board needs no knowledge of sharing.
 */
export function PresenceReporter() {
  const shared = useSharedPlan();
  useEffect(() => {
    if (!shared) return;
    const onFocus = (event: FocusEvent) => shared.setPresence('selected', cardOf(event.target));
    const onBlur = (event: FocusEvent) => {
      if (!cardOf(event.relatedTarget)) shared.setPresence('selected', null);
    };
    const readDragging = () => {
      const dragged = document.querySelector<HTMLElement>('[data-card-id][data-dragging]');
      shared.setPresence('dragging', dragged?.dataset.cardId ?? null);
    };
    const observer = new MutationObserver(readDragging);
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-dragging'] });
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', onBlur);
    shared.setPresence('selected', cardOf(document.activeElement));
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onBlur);
    };
  }, [shared]);
  return null;
}

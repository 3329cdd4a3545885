import { useLayoutEffect, type RefObject } from 'react';

/** The nearest ancestor that clips (scrolls), whose box a popover must stay inside. */
function clippingBox(element: HTMLElement): { readonly top: number; readonly bottom: number } {
  let bottom = window.innerHeight;
  let top = 0;
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'hidden') {
      const rect = node.getBoundingClientRect();
      bottom = Math.min(bottom, rect.bottom);
      top = Math.max(top, rect.top);
      break;
    }
  }
  return { top, bottom };
}

/**
 * Keeps an open popover (a menu under its button) inside the visible area: when it would
 * overflow the bottom of its scroll container or the window and there is more room above,
 * it opens upward (data-side="top" on the popover; the stylesheet places it). Measured before
 * paint, so it never shows in the wrong place first.
 */
export function useFlip(popover: RefObject<HTMLElement | null>, open: boolean): void {
  useLayoutEffect(() => {
    const node = popover.current;
    if (!open || !node) return;
    delete node.dataset.side;
    const rect = node.getBoundingClientRect();
    const anchor = node.parentElement?.getBoundingClientRect() ?? rect;
    const box = clippingBox(node);
    const below = box.bottom - anchor.bottom;
    const above = anchor.top - box.top;
    if (rect.bottom > box.bottom - 4 && above > below) node.dataset.side = 'top';
  }, [popover, open]);
}

import { Hand, Keyboard, MousePointerClick } from 'lucide-react';
import { useState } from 'react';
import { Dialog } from '../../ui/dialog.js';
import './help.css';

/** Every keyboard shortcut Remit has, as the How Remit works dialog lists them. */
export const SHORTCUTS: readonly { readonly keys: string; readonly action: string }[] = [
  { keys: 'N', action: 'Add a responsibility' },
  { keys: 'Ctrl+K (⌘K)', action: 'Command palette: run any action by name, including moving the focused card' },
  { keys: 'Ctrl+Z (⌘Z)', action: 'Undo' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y (⌘⇧Z)', action: 'Redo' },
  { keys: 'Space or Enter on a card', action: 'Pick the card up; then arrow keys move it, Space drops, Escape cancels' },
  { keys: 'Shift+F10 or the Menu key on a card', action: 'Open the card’s Move or edit menu' },
  { keys: 'Arrow keys, Home, End in a menu', action: 'Choose an item; Enter runs it, Escape closes' },
  { keys: 'Escape in the search field', action: 'Clear the search' },
  { keys: '?', action: 'Open this help (How Remit works)' },
  { keys: 'Escape', action: 'Close a dialog, a menu or the guidance drawer' },
];

/** The three ways to move a card, shown by the first-run guide and the How Remit works dialog. */
export function ThreeWays() {
  return (
    <ul className="three-ways">
      <li>
        <Hand aria-hidden="true" size={18} />
        <span>
          <strong>Drag</strong> a card with the mouse or a finger to another lane or position.
        </span>
      </li>
      <li>
        <Keyboard aria-hidden="true" size={18} />
        <span>
          <strong>Keyboard:</strong> focus a card, Space picks it up, the arrow keys move it, Space drops it.
        </span>
      </li>
      <li>
        <MousePointerClick aria-hidden="true" size={18} />
        <span>
          <strong>Menu:</strong> the card’s <span aria-hidden="true">…</span> button (Move or edit) moves it with clicks only.
        </span>
      </li>
    </ul>
  );
}

/** Help → How Remit works: what the board is, the three ways to move a card, every shortcut. */
export function HowToDialog(props: { readonly onClose: () => void; readonly returnFocus?: () => HTMLElement | null }) {
  return (
    <Dialog
      title="How Remit works"
      description="Lay out who owns what: each card is a responsibility; its lane says who holds it. The guidance checks every placement against two published articles and says why."
      onClose={props.onClose}
      returnFocus={props.returnFocus}
      wide
    >
      <div className="help-scroll" tabIndex={0} role="region" aria-label="How Remit works">
        <h3>Move a card three ways</h3>
        <ThreeWays />
        <h3>Read the badges</h3>
        <p>
          Each card shows its worst open finding: Error, Warning, Contested (the sources disagree) or Advice; Accepted
          when the team accepted every finding on purpose; Aligned when the guidance has nothing to say. The panel,
          Compare, the PDF and the CSV use the same words.
        </p>
        <h3>Keyboard shortcuts</h3>
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.keys}>
                <td>
                  <kbd>{shortcut.keys}</kbd>
                </td>
                <td>{shortcut.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={props.onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

const GUIDE_KEY = 'remit.guide.dismissed';

function guideDismissed(): boolean {
  try {
    return window.localStorage.getItem(GUIDE_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * The first-run guide over the board: the three ways to move a card and where the rest is
 * explained. Dismissed once, it stays dismissed (remembered in this profile).
 */
export function FirstRunGuide({ onHowTo }: { readonly onHowTo: () => void }) {
  const [shown, setShown] = useState(() => !guideDismissed());
  if (!shown) return null;
  const dismiss = () => {
    try {
      window.localStorage.setItem(GUIDE_KEY, '1');
    } catch {
      // Storage refused: the guide goes away for this window only.
    }
    setShown(false);
    // The button is gone: focus goes to the next thing to do, never to <body>.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-focus-home]')?.focus());
  };
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <div>
        <h2 id="first-run-title">Welcome to Remit</h2>
        <ThreeWays />
      </div>
      <div className="first-run-actions">
        <button type="button" className="link-button" onClick={onHowTo}>
          How Remit works
        </button>
        <button type="button" className="primary" onClick={dismiss}>
          Got it
        </button>
      </div>
    </section>
  );
}

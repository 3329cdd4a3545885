import { SlidersHorizontal } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { setAppearance, useAppearance, type Density, type ThemeSetting } from './appearance.js';
import { useFlip } from './use-flip.js';

const THEMES: readonly { readonly value: ThemeSetting; readonly label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];
const DENSITIES: readonly { readonly value: Density; readonly label: string }[] = [
  { value: 'compact', label: 'Compact' },
  { value: 'comfortable', label: 'Comfortable' },
];

/**
 * The Display button: a popover with the theme (system, light, dark) and the card density.
 * A disclosure with native radio groups (arrow keys choose, Escape or a click outside closes).
 */
export function DisplaySettings() {
  const { theme, density } = useAppearance();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const popoverId = useId();
  useFlip(popoverRef, open);

  useEffect(() => {
    if (!open) return;
    popoverRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!popoverRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  return (
    <div className="popover-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="ghost"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={() => setOpen((value) => !value)}
        title="Theme and density"
      >
        <SlidersHorizontal aria-hidden="true" size={16} />
        <span className="collapsible-label">Display</span>
      </button>
      {open ? (
        <div
          ref={popoverRef}
          id={popoverId}
          className="popover display-settings"
          role="group"
          aria-label="Display"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setOpen(false);
              buttonRef.current?.focus();
            }
          }}
        >
          <fieldset>
            <legend>Theme</legend>
            {THEMES.map((option) => (
              <label key={option.value} className="choice">
                <input type="radio" name={`${popoverId}-theme`} checked={theme === option.value} onChange={() => setAppearance({ theme: option.value })} />
                {option.label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Cards</legend>
            {DENSITIES.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="radio"
                  name={`${popoverId}-density`}
                  checked={density === option.value}
                  onChange={() => setAppearance({ density: option.value })}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
        </div>
      ) : null}
    </div>
  );
}

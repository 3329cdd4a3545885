import { useSyncExternalStore } from 'react';

/** The theme setting: follow the operating system, or pin one. */
export type ThemeSetting = 'system' | 'light' | 'dark';
/** How much a card shows: compact (the default: more cards in view) or comfortable. */
export type Density = 'compact' | 'comfortable';

/** The display settings, applied to <html> as data-theme and data-density. */
export interface Appearance {
  readonly theme: ThemeSetting;
  readonly density: Density;
}

const THEMES: readonly ThemeSetting[] = ['system', 'light', 'dark'];
const DENSITIES: readonly Density[] = ['compact', 'comfortable'];
const KEY = 'remit.appearance';
const DEFAULT: Appearance = { theme: 'system', density: 'compact' };

// Kept in localStorage, not IndexedDB: it is read synchronously before the first paint, so a
// dark-theme user never sees a light flash while the database opens.
function read(): Appearance {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT;
    const { theme, density } = raw as Record<string, unknown>;
    return {
      theme: THEMES.find((value) => value === theme) ?? DEFAULT.theme,
      density: DENSITIES.find((value) => value === density) ?? DEFAULT.density,
    };
  } catch {
    return DEFAULT;
  }
}

let current: Appearance = DEFAULT;
const listeners = new Set<() => void>();

function apply(appearance: Appearance): void {
  const root = document.documentElement;
  if (appearance.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = appearance.theme;
  root.dataset.density = appearance.density;
}

/** Reads the saved settings and applies them to the document; call once before rendering. */
export function initAppearance(): void {
  current = read();
  apply(current);
  // Another window changed the settings: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY) return;
    current = read();
    apply(current);
    for (const listener of listeners) listener();
  });
}

/** Changes, applies and saves one or both settings. Saving is best effort (private modes). */
export function setAppearance(change: Partial<Appearance>): void {
  current = { ...current, ...change };
  apply(current);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage refused: the setting holds for this window only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current display settings, re-rendering when they change. */
export function useAppearance(): Appearance {
  return useSyncExternalStore(subscribe, () => current);
}

// Inter, bundled with the app (no network fonts): Vite copies the woff2 files into the build, so
// they are served from 'self' under the CSP, and Chromium embeds them in every PDF it prints.
// Only the weights the print view uses; each weight's subsets load on demand (unicode-range).
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';

/** The weights {@link loadPrintFonts} loads. */
const WEIGHTS = ['400', '600', '700'] as const;

/**
 * Resolves once the print fonts are loaded for `text` (the document's own text, so every
 * unicode-range subset it needs is fetched) and nothing else is loading. Never rejects: a font
 * that fails to load falls back to the system font rather than blocking the export.
 */
export async function loadPrintFonts(text: string): Promise<void> {
  const sample = text.length > 0 ? text : 'Remit';
  await Promise.allSettled(WEIGHTS.map((weight) => document.fonts.load(`${weight} 12px Inter`, sample)));
  await document.fonts.ready;
}

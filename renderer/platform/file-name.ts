/** The longest base name (before the extension) a suggested file name keeps. */
const MAX_BASE = 120;

/**
 * A suggested file name from free text (a scenario's name, the compared names): folder
 * separators, reserved and control characters become `-`, runs of spaces one space, no
 * leading dots, at most {@link MAX_BASE} characters; `fallback` when nothing is left.
 */
export function safeFileName(text: string, fallback: string, extension: string): string {
  const base = text
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, MAX_BASE)
    .trim();
  return `${base || fallback}${extension}`;
}

/** A file name for a scenario's PDF. */
export function pdfFileName(scenarioName: string): string {
  return safeFileName(scenarioName, 'Remit plan', '.pdf');
}

/** A file name for a scenario file (`.remit.json`). */
export function scenarioFileName(scenarioName: string): string {
  return safeFileName(scenarioName, 'scenario', '.remit.json');
}

/** A file name for a comparison (`extension` `.csv` or `.pdf`) from the compared names. */
export function comparisonFileName(names: readonly string[], extension: '.csv' | '.pdf'): string {
  return safeFileName(`Comparison ${names.join(' vs ')}`, 'Comparison', extension);
}

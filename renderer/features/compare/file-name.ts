/** The compared names as a file name base: no folder separators or reserved characters. */
function comparisonBase(names: readonly string[]): string {
  const base = `Comparison ${names.join(' vs ')}`
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return base || 'Comparison';
}

/** A file name for the comparison CSV from the compared names. */
export function csvFileName(names: readonly string[]): string {
  return `${comparisonBase(names)}.csv`;
}

/** A file name for the comparison PDF from the compared names. */
export function comparisonPdfFileName(names: readonly string[]): string {
  return `${comparisonBase(names)}.pdf`;
}

/** A file name for the comparison CSV from the compared names: no folder separators or reserved characters. */
export function csvFileName(names: readonly string[]): string {
  const base = `Comparison ${names.join(' vs ')}`
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${base || 'Comparison'}.csv`;
}

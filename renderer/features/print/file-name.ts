/** A file name for the PDF from the scenario name: no folder separators or reserved characters. */
export function pdfFileName(scenarioName: string): string {
  const base = scenarioName
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${base || 'Remit plan'}.pdf`;
}

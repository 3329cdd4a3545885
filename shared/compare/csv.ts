import { neutralizeBidi } from '../format/safe-text.js';
import { formatCitation } from '../guidance/index.js';
import type { Comparison } from './comparison.js';
import { describeChange, describeMatch, describePlacement } from './describe.js';

/** Characters that make a spreadsheet read a cell as a formula (or a DDE payload). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: guarded against formula injection (a cell starting with = + - @, tab or CR
 * gets a leading apostrophe, so spreadsheets show it as text) and quoted per RFC 4180 when it
 * holds a comma, a quote, CR or LF (quotes doubled). Bidi embeddings and overrides are removed
 * (a title cannot make a spreadsheet row read backwards). Pure.
 */
export function csvField(value: string | number): string {
  let text = neutralizeBidi(String(value));
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Records to RFC 4180 text: fields by {@link csvField}, every record padded to the widest so
 * all have the same number of fields, CRLF line breaks, and a final CRLF. Pure.
 */
export function toCsv(records: readonly (readonly (string | number)[])[]): string {
  const width = records.reduce((max, record) => Math.max(max, record.length), 0);
  return records
    .map((record) => {
      const padded = [...record];
      while (padded.length < width) padded.push('');
      return padded.map(csvField).join(',');
    })
    .map((line) => `${line}\r\n`)
    .join('');
}

/**
 * The comparison as CSV: one record per responsibility (match, and per scenario its
 * placement, lead and note, and its changes against the baseline), then the guidance matrix,
 * the findings that appear or disappear with their citations, and the summary. Pure.
 */
export function comparisonToCsv(comparison: Comparison): string {
  const names = comparison.scenarios.map((entry) => entry.scenario.name);
  const base = names[0] ?? 'Baseline';
  const records: (string | number)[][] = [];
  const header: string[] = ['Responsibility', 'Matched by'];
  for (const name of names) header.push(`${name}: placement`, `${name}: note`);
  for (const pair of comparison.pairs) header.push(`Changes in ${names[pair.index] ?? ''} vs ${base}`);
  records.push(header);
  for (const row of comparison.rows) {
    const matches = row.cells
      .map((cell, index) => (cell && index > 0 && cell.match !== 'base' && cell.match !== 'id' ? `${names[index]}: ${describeMatch(cell)}` : null))
      .filter((text): text is string => text !== null);
    const record: (string | number)[] = [row.title, matches.length > 0 ? matches.join('; ') : 'same id'];
    for (const cell of row.cells) record.push(cell ? describePlacement(cell) : 'Not in this scenario', cell?.item.note ?? '');
    for (const pair of comparison.pairs) {
      const changes = row.changes[pair.index] ?? [];
      record.push(changes.length === 0 ? 'Unchanged' : changes.map(describeChange).join('; '));
    }
    records.push(record);
  }
  records.push([]);
  records.push(['Scenario', 'Score', 'Aligned', 'Conflicts', 'Contested', 'Gaps', 'Waivers']);
  for (const entry of comparison.scenarios) {
    const { stats } = entry;
    records.push([entry.scenario.name, stats.score ?? '', stats.aligned, stats.conflicts, stats.contested, stats.gaps, stats.waivers]);
  }
  records.push([]);
  records.push(['Compared with baseline', 'Finding', 'Rule', 'Severity', 'Responsibilities', 'Message', 'Citations']);
  for (const pair of comparison.pairs) {
    const name = names[pair.index] ?? '';
    const add = (label: string, change: (typeof pair.guidance.appeared)[number]) =>
      records.push([
        name,
        label,
        change.finding.ruleId,
        change.finding.severity,
        change.titles.join('; '),
        change.finding.message,
        change.finding.citations.map(formatCitation).join('; '),
      ]);
    for (const change of pair.guidance.appeared) add('New', change);
    for (const change of pair.guidance.disappeared) add(change.resolution === 'waived' ? 'Waived' : 'Resolved', change);
  }
  records.push([]);
  records.push(['Summary', 'Sentence']);
  for (const pair of comparison.pairs) {
    for (const sentence of pair.summary) records.push([`${names[pair.index] ?? ''} vs ${base}`, sentence]);
  }
  return toCsv(records);
}

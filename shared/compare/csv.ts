import { neutralizeBidi } from '../format/safe-text.js';
import { STATUS_LABEL, cardStatuses } from '../status/index.js';
import type { Comparison } from './comparison.js';
import { describeChange } from './describe.js';

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

/** The header of {@link comparisonToCsv}'s one table. */
export const COMPARISON_CSV_HEADER = ['Scenario', 'Responsibility', 'Owner', 'Lead', 'Status', 'Change', 'Note'] as const;

/**
 * The comparison as one tidy table: a record per responsibility per scenario (in the
 * comparison's row order, scenarios left to right), with its owner, the Shared lead, its
 * guidance status in the shared vocabulary (as on the card's badge), what changed against the
 * first scenario ("Baseline" for the first; "Removed" where the scenario lacks it) and its
 * note. Opens in a spreadsheet as one filterable table. Pure.
 */
export function comparisonToCsv(comparison: Comparison): string {
  const statuses = comparison.scenarios.map((entry) => cardStatuses(entry.scenario.responsibilities, entry.check));
  const records: (string | number)[][] = [[...COMPARISON_CSV_HEADER]];
  for (const row of comparison.rows) {
    row.cells.forEach((cell, index) => {
      const name = comparison.scenarios[index]?.scenario.name ?? '';
      const changes = index === 0 ? [] : (row.changes[index] ?? []);
      const change = index === 0 ? 'Baseline' : changes.length === 0 ? 'Unchanged' : changes.map(describeChange).join('; ');
      if (!cell) {
        // Only worth a record when the baseline had it: then the scenario removed it.
        if (index > 0 && changes.some((entry) => entry.kind === 'removed')) records.push([name, row.title, '', '', '', change, '']);
        return;
      }
      const status = statuses[index]?.get(cell.item.id) ?? 'unrated';
      records.push([
        name,
        row.title,
        cell.item.owner,
        cell.item.owner === 'Shared' ? (cell.item.lead ?? '') : '',
        STATUS_LABEL[status],
        change,
        cell.item.note ?? '',
      ]);
    });
  }
  return toCsv(records);
}

import { formatPath, parseScenarioValue, scenarioToValue, utf8ByteLength, type FormatError } from '../../../shared/format/backup.js';
import { scenarioId, type Scenario } from '../../../shared/model/index.js';

/*
 * The single-scenario file (`.remit.json`). The versioned format and its parser belong to
 * shared/format (parseScenarioFile / serializeScenario, being written in the guidance issue);
 * this adapter is the one place the library calls, so switching to them is a change here only.
 * Until then it reads and writes `{"format":"remit.scenario","version":1,"scenario":{...}}`
 * with the same scenario schema as backups.
 */

/** The largest single-scenario file accepted. */
export const MAX_SCENARIO_FILE_BYTES = 10 * 1024 * 1024;

/** Outcome of reading a scenario file. */
export type ScenarioFileResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly error: FormatError };

/**
 * Parses a scenario file. The imported scenario gets a new id and creation time (an import is a
 * new scenario in this library; its responsibility ids are kept). Never throws.
 */
export function parseScenarioText(text: string, options: { readonly newId: () => string; readonly now: string }): ScenarioFileResult {
  if (utf8ByteLength(text) > MAX_SCENARIO_FILE_BYTES) {
    return { ok: false, error: { message: 'The file is larger than 10 MB, the most a scenario file can be.', path: '' } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { message: `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`, path: '' } };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, error: { message: 'The file does not contain a Remit scenario (expected a JSON object).', path: '' } };
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== 'remit.scenario') {
    const found = typeof record.format === 'string' ? `“${record.format.slice(0, 60)}”` : 'missing';
    const hint = record.format === 'remit.backup' ? ' It is a full backup: use Restore from backup instead.' : '';
    return { ok: false, error: { message: `This is not a Remit scenario file: its format is ${found}.${hint}`, path: 'format' } };
  }
  if (record.version !== 1) {
    const newer = typeof record.version === 'number' && record.version > 1;
    return {
      ok: false,
      error: {
        message: newer
          ? `This file was made by a newer version of Remit (format version ${record.version}); update Remit to open it.`
          : `Unknown format version ${JSON.stringify(record.version)?.slice(0, 40) ?? 'missing'}; this Remit reads version 1.`,
        path: 'version',
      },
    };
  }
  const extra = Object.keys(record).find((key) => !['format', 'version', 'scenario'].includes(key));
  if (extra !== undefined) {
    return { ok: false, error: { message: `Unknown field “${extra}” at the top level.`, path: formatPath([extra]) } };
  }
  const parsed = parseScenarioValue(record.scenario, ['scenario']);
  if (!parsed.ok) return parsed;
  return { ok: true, scenario: { ...parsed.scenario, id: scenarioId(options.newId()), createdAt: options.now } };
}

/** Serializes a scenario as a `.remit.json` file. Pure. */
export function serializeScenarioText(scenario: Scenario): string {
  return `${JSON.stringify({ format: 'remit.scenario', version: 1, scenario: scenarioToValue(scenario) }, null, 2)}\n`;
}

/** A file name for a scenario: its name made safe, with the `.remit.json` extension. */
export function scenarioFileName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N} _-]+/gu, ' ').trim().replace(/\s+/g, '-').slice(0, 80) || 'scenario';
  return `${safe}.remit.json`;
}

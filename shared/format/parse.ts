import type { Scenario } from '../model/index.js';
import {
  decodeScenario,
  describeValue,
  encodeScenario,
  hostileStructureError,
  structureError,
  type DecodeResult,
  type FormatError,
  type ParseOptions,
} from './codec.js';
import { MAX_SCENARIO_FILE_BYTES, SCENARIO_FORMAT, SCENARIO_FORMAT_VERSION, type ScenarioFile } from './schema.js';
import { SCENARIO_STRUCTURE_LIMITS, scanJsonText, utf8ByteLength } from './guard.js';
import { echoValue, jsonErrorText } from './safe-text.js';

/** The outcome of {@link parseScenarioFile}: a scenario or one clear error. */
export type ParseResult = DecodeResult;

function fail(path: string, detail: string): { ok: false; error: FormatError } {
  return { ok: false, error: { path, message: path ? `${path}: ${detail}` : detail } };
}

/** The file form of a scenario: the header, then the codec's plain scenario. Pure. */
export function toScenarioFile(scenario: Scenario): ScenarioFile {
  return { format: SCENARIO_FORMAT, version: SCENARIO_FORMAT_VERSION, ...encodeScenario(scenario) };
}

/** A scenario as a pretty-printed scenario file (2-space JSON, trailing newline). Pure. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(toScenarioFile(scenario), null, 2)}\n`;
}

/**
 * Parses the text of a scenario file into a scenario. Pure apart from calling
 * `options.newId`; never throws. Rejects, with one message naming the field: input over
 * 10 MB, invalid JSON, `__proto__`/`constructor`/`prototype` keys anywhere, nesting deeper
 * than 32 levels, more entries or values than any scenario file has (counted on the text,
 * before it is parsed), an unknown `format` or `version`, and whatever {@link decodeScenario}
 * refuses for a file (missing fields, wrong types or values, a `lead` outside the Shared
 * lane, duplicate responsibility ids or waiver finding ids).
 */
export function parseScenarioFile(text: string, options: ParseOptions): ParseResult {
  if (typeof text !== 'string') return fail('', 'expected the text of a scenario file');
  if (text.length > MAX_SCENARIO_FILE_BYTES || utf8ByteLength(text) > MAX_SCENARIO_FILE_BYTES) {
    return fail('', 'the file is larger than 10 MB, the most Remit reads');
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Counted on the text first: a small file of millions of values is refused before
  // JSON.parse builds them.
  const crowded = scanJsonText(body, SCENARIO_STRUCTURE_LIMITS);
  if (crowded) return { ok: false, error: structureError(crowded) };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return fail('', `the file is not valid JSON (${jsonErrorText(error)})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('', `expected a JSON object, got ${describeValue(data)}`);
  }
  // Before the header is read, so a hostile file is named as such whatever its header says.
  const hostile = hostileStructureError(data);
  if (hostile) return { ok: false, error: hostile };
  const header = data as { format?: unknown; version?: unknown };
  if (header.format !== SCENARIO_FORMAT) {
    return fail(
      'format',
      header.format === undefined
        ? `is required; this does not look like a Remit scenario file (expected "${SCENARIO_FORMAT}")`
        : `expected "${SCENARIO_FORMAT}", got ${echoValue(header.format)}`,
    );
  }
  if (header.version !== SCENARIO_FORMAT_VERSION) {
    if (typeof header.version === 'number' && header.version > SCENARIO_FORMAT_VERSION) {
      return fail(
        'version',
        `the file is version ${echoValue(header.version)}, written by a newer Remit; this one reads version ${SCENARIO_FORMAT_VERSION}`,
      );
    }
    return fail(
      'version',
      `expected ${SCENARIO_FORMAT_VERSION}, got ${header.version === undefined ? 'nothing' : echoValue(header.version)}`,
    );
  }
  return decodeScenario(data, { source: 'file', newId: options.newId, now: options.now });
}

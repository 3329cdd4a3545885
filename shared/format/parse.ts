import type { z } from 'zod';
import {
  responsibilityId,
  scenarioId,
  type Responsibility,
  type Role,
  type Scenario,
  type Waiver,
} from '../model/index.js';
import {
  MAX_SCENARIO_FILE_BYTES,
  SCENARIO_FORMAT,
  SCENARIO_FORMAT_VERSION,
  scenarioFileSchema,
  type ScenarioFile,
} from './schema.js';
import { MAX_DEPTH, findHostileStructure, formatPath, utf8ByteLength } from './guard.js';

/** Why a file was rejected: a message naming the field, and the field's path on its own. */
export interface FormatError {
  /** Complete and user-facing, path first: `responsibilities[3].owner: expected one of …`. */
  readonly message: string;
  /** `responsibilities[3].owner`; empty for the file as a whole. */
  readonly path: string;
}

/** The outcome of {@link parseScenarioFile}: a scenario or one clear error. */
export type ParseResult =
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly error: FormatError };

/** What parsing needs from the outside world; shared code has no clock and no crypto. */
export interface ParseOptions {
  /** Returns a fresh unique id, for the scenario and any responsibility without one. */
  readonly newId: () => string;
  /** ISO 8601 timestamp used where the file has none. */
  readonly now: string;
}

function fail(path: string, detail: string): { ok: false; error: FormatError } {
  return { ok: false, error: { path, message: path ? `${path}: ${detail}` : detail } };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describe(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `needs at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${String(issue.maximum)} characters)`
        : `has too many entries (at most ${String(issue.maximum)})`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'expected an ISO 8601 date and time, e.g. 2025-01-31T09:00:00Z'
        : `is not a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

/**
 * Turns a validated file into a scenario: missing ids come from `newId`, missing timestamps
 * are `now`, absent waivers and stances are empty. Pure apart from calling `newId`. Assumes
 * the file passed {@link scenarioFileSchema}; duplicate ids are not re-checked here.
 */
export function fromScenarioFile(file: ScenarioFile, options: ParseOptions): Scenario {
  const taken = new Set(file.responsibilities.flatMap((item) => (item.id ? [item.id] : [])));
  const freshId = (): string => {
    // A generator that repeats an id already in the file would corrupt the plan; retry.
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const candidate = options.newId();
      if (!taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
    throw new Error('newId keeps returning ids already in use');
  };
  const responsibilities = file.responsibilities.map((item): Responsibility => {
    const note = item.note?.trim();
    return {
      id: responsibilityId(item.id ?? freshId()),
      title: item.title.replace(/\s+/g, ' '),
      owner: item.owner,
      ...(item.owner === 'Shared' && item.lead ? { lead: item.lead } : {}),
      ...(note ? { note } : {}),
    };
  });
  const stances: Record<string, Role> = {};
  for (const [topicId, role] of Object.entries(file.stances ?? {})) stances[topicId] = role;
  const waivers: Waiver[] = (file.waivers ?? []).map((waiver) => ({
    findingId: waiver.findingId,
    rationale: waiver.rationale,
    at: waiver.at,
  }));
  return {
    id: scenarioId(file.id ?? options.newId()),
    name: file.name.replace(/\s+/g, ' '),
    context: { ...file.context },
    responsibilities,
    waivers,
    stances,
    createdAt: file.createdAt ?? options.now,
    updatedAt: file.updatedAt ?? file.createdAt ?? options.now,
  };
}

/** The file form of a scenario, with every field written out. Pure. */
export function toScenarioFile(scenario: Scenario): ScenarioFile {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_FORMAT_VERSION,
    id: scenario.id,
    name: scenario.name,
    createdAt: scenario.createdAt,
    updatedAt: scenario.updatedAt,
    context: { ...scenario.context },
    responsibilities: scenario.responsibilities.map((item) => ({
      id: item.id,
      title: item.title,
      owner: item.owner,
      ...(item.owner === 'Shared' && item.lead ? { lead: item.lead } : {}),
      ...(item.note ? { note: item.note } : {}),
    })),
    waivers: scenario.waivers.map((waiver) => ({ ...waiver })),
    stances: { ...scenario.stances },
  };
}

/** A scenario as a pretty-printed scenario file (2-space JSON, trailing newline). Pure. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(toScenarioFile(scenario), null, 2)}\n`;
}

/**
 * Parses the text of a scenario file into a scenario. Pure apart from calling
 * `options.newId`; never throws. Rejects, with one message naming the field: input over
 * 10 MB, invalid JSON, `__proto__`/`constructor`/`prototype` keys anywhere, nesting deeper
 * than 32 levels, an unknown
 * `format` or `version`, missing fields, wrong types or values, a `lead` outside the Shared
 * lane, and duplicate responsibility ids or waiver finding ids.
 */
export function parseScenarioFile(text: string, options: ParseOptions): ParseResult {
  if (typeof text !== 'string') return fail('', 'expected the text of a scenario file');
  if (text.length > MAX_SCENARIO_FILE_BYTES || utf8ByteLength(text) > MAX_SCENARIO_FILE_BYTES) {
    return fail('', 'the file is larger than 10 MB, the most Remit reads');
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('', `the file is not valid JSON (${reason})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('', `expected a JSON object, got ${describe(data)}`);
  }
  const hostile = findHostileStructure(data);
  if (hostile?.kind === 'forbidden-key') return fail(formatPath(hostile.path), 'this key is not allowed in a scenario file');
  if (hostile?.kind === 'too-deep') {
    return fail(formatPath(hostile.path), `nested more than ${MAX_DEPTH} levels deep, which no scenario file is`);
  }
  const header = data as { format?: unknown; version?: unknown };
  if (header.format !== SCENARIO_FORMAT) {
    return fail(
      'format',
      header.format === undefined
        ? `is required; this does not look like a Remit scenario file (expected "${SCENARIO_FORMAT}")`
        : `expected "${SCENARIO_FORMAT}", got ${JSON.stringify(header.format)}`,
    );
  }
  if (header.version !== SCENARIO_FORMAT_VERSION) {
    if (typeof header.version === 'number' && header.version > SCENARIO_FORMAT_VERSION) {
      return fail(
        'version',
        `the file is version ${header.version}, written by a newer Remit; this one reads version ${SCENARIO_FORMAT_VERSION}`,
      );
    }
    return fail(
      'version',
      `expected ${SCENARIO_FORMAT_VERSION}, got ${JSON.stringify(header.version) ?? 'nothing'}`,
    );
  }
  const parsed = scenarioFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return fail('', 'the file is not a valid scenario');
    return fail(formatPath(issue.path), issueText(issue));
  }
  const file = parsed.data;
  const seen = new Map<string, number>();
  for (const [index, item] of file.responsibilities.entries()) {
    if (item.lead !== undefined && item.owner !== 'Shared') {
      return fail(
        `responsibilities[${index}].lead`,
        `only a Shared responsibility has a lead (owner is ${item.owner})`,
      );
    }
    if (item.id === undefined) continue;
    const first = seen.get(item.id);
    if (first !== undefined) {
      return fail(
        `responsibilities[${index}].id`,
        `duplicate id ${JSON.stringify(item.id)} (also at responsibilities[${first}])`,
      );
    }
    seen.set(item.id, index);
  }
  const waived = new Map<string, number>();
  for (const [index, waiver] of (file.waivers ?? []).entries()) {
    const first = waived.get(waiver.findingId);
    if (first !== undefined) {
      return fail(`waivers[${index}].findingId`, `duplicate finding id (also at waivers[${first}])`);
    }
    waived.set(waiver.findingId, index);
  }
  try {
    return { ok: true, scenario: fromScenarioFile(file, options) };
  } catch (error) {
    return fail('', error instanceof Error ? error.message : String(error));
  }
}

import type { z } from 'zod';
import {
  DEFAULT_CONTEXT,
  isLane,
  isRole,
  responsibilityId,
  scenarioId,
  type Responsibility,
  type Role,
  type Scenario,
} from '../model/index.js';
import {
  SCENARIO_STRUCTURE_LIMITS,
  describeHostileStructure,
  findHostileStructure,
  formatPath,
  type StructureLimits,
} from './guard.js';
import { echoText, echoValue, removeUnsafeCharacters } from './safe-text.js';
import {
  contextFileSchema,
  scenarioFileSchema,
  storedScenarioSchema,
  waiverFileSchema,
  type ScenarioFile,
  type StoredResponsibility,
  type StoredScenario,
} from './schema.js';

/** Why a scenario (or a file holding one) was refused: a message naming the field, and its path. */
export interface FormatError {
  /** Complete and user-facing, path first: `responsibilities[3].owner: expected one of …`. */
  readonly message: string;
  /** `responsibilities[3].owner`; empty for the input as a whole. */
  readonly path: string;
}

/** The outcome of {@link decodeScenario}: a scenario or one clear error. */
export type DecodeResult =
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly error: FormatError };

/** What decoding a file needs from the outside world; shared code has no clock and no crypto. */
export interface ParseOptions {
  /** Returns a fresh unique id, for the scenario and any responsibility without one. */
  readonly newId: () => string;
  /** ISO 8601 timestamp used where the file has none. */
  readonly now: string;
}

/**
 * Where a plain scenario comes from, which decides how much the decoder forgives:
 * - `file`: a scenario file from anywhere. Ids, timestamps, waivers and stances may be missing
 *   (filled in from {@link ParseOptions}), unknown fields are ignored, a lead outside the
 *   Shared lane is refused.
 * - `backup`: a scenario inside a Remit backup. Every field is required, unknown fields are
 *   refused, a lead outside the Shared lane is dropped (as backups always have).
 * - `stored`: a database row Remit wrote, maybe by an older version or damaged. Known damage is
 *   repaired first ({@link repairStoredScenario}), then it is checked as a backup's scenario.
 */
export type DecodeOptions =
  | ({ readonly source: 'file'; readonly basePath?: readonly PropertyKey[] } & ParseOptions)
  | { readonly source: 'backup' | 'stored'; readonly basePath?: readonly PropertyKey[] };

/**
 * The plain form of one responsibility, as every format writes it: a lead only in the Shared
 * lane, a note only when it has text. Pure.
 */
export function encodeResponsibility(item: Responsibility): StoredResponsibility {
  return {
    id: item.id,
    title: item.title,
    owner: item.owner,
    ...(item.owner === 'Shared' && item.lead ? { lead: item.lead } : {}),
    ...(item.note ? { note: item.note } : {}),
  };
}

/**
 * The plain form of a scenario: what a database row, the body of a scenario file and a
 * backup's scenario hold, field for field. A fresh JSON-safe object sharing nothing with the
 * scenario. Pure.
 */
export function encodeScenario(scenario: Scenario): StoredScenario {
  return {
    id: scenario.id,
    name: scenario.name,
    createdAt: scenario.createdAt,
    updatedAt: scenario.updatedAt,
    context: { ...scenario.context },
    responsibilities: scenario.responsibilities.map(encodeResponsibility),
    waivers: scenario.waivers.map((waiver) => ({ findingId: waiver.findingId, rationale: waiver.rationale, at: waiver.at })),
    stances: { ...scenario.stances },
  };
}

function fail(path: readonly PropertyKey[], detail: string): { ok: false; error: FormatError } {
  const where = formatPath(path);
  return { ok: false, error: { path: where, message: where ? `${where}: ${detail}` : detail } };
}

/** How a value reads in an error message: `text`, `a list`, `nothing`. Pure. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

/** The user-facing text of one zod issue, without its path. Pure. */
export function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${echoValue(issue.values[0])}`
        : `expected one of ${echoText(issue.values.map(String).join(', '), 200)}`;
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
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.slice(0, 3).map((key) => echoValue(key)).join(', ')}${issue.keys.length > 3 ? ', …' : ''}`;
    default:
      return echoText(issue.message, 200);
  }
}

/**
 * The error for a forbidden key, over-deep nesting, an over-long array or object, or more
 * values than `limits` allow in a parsed JSON value, or null. The one place every format asks
 * the structure guard about a parsed value (text is scanned before parsing, see
 * {@link structureError}). Pure.
 */
export function hostileStructureError(
  value: unknown,
  basePath: readonly PropertyKey[] = [],
  limits: StructureLimits = SCENARIO_STRUCTURE_LIMITS,
): FormatError | null {
  const found = findHostileStructure(value, basePath, limits);
  return found ? structureError(found) : null;
}

/** A structure guard finding as a {@link FormatError}. Pure. */
export function structureError(found: NonNullable<ReturnType<typeof findHostileStructure>>): FormatError {
  return fail(found.path, describeHostileStructure(found)).error;
}

/** The first zod issue of a failed parse as a {@link FormatError}. Pure. */
export function schemaError(issues: readonly z.core.$ZodIssue[], basePath: readonly PropertyKey[]): FormatError {
  const issue = issues[0];
  if (!issue) return fail(basePath, 'is not a valid scenario').error;
  return fail([...basePath, ...issue.path], issueText(issue)).error;
}

const UNTITLED_CARD = 'Untitled';
const UNTITLED_SCENARIO = 'Untitled scenario';
const EPOCH = '1970-01-01T00:00:00.000Z';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function nonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Stored text without the control characters an import refuses (older versions stored them):
 * the row loads, repaired, instead of becoming unreadable. Non-text passes through for the
 * schema to judge.
 */
function cleanText(value: unknown): unknown {
  return typeof value === 'string' ? removeUnsafeCharacters(value) : value;
}

/** A copy of a record with its text values cleaned (one level: waivers, context). */
function cleanRecord(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = cleanText(field);
  return copy;
}

/** `base`, or `base~2`, `base~3`… whichever is not taken yet. */
function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}~${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Repairs what an older or damaged database row may have wrong, keeping every card: an
 * unknown lane becomes Unassigned, a lead outside Shared or not a role is dropped, a blank
 * title reads "Untitled", a card without an id or with a repeated one gets a free id derived
 * from its position or old id, invalid waivers and stances are dropped, a bad context field
 * takes the default, a bad timestamp takes the other one (or 1970). Deterministic, so the same
 * row always reads the same. Anything it cannot repair is left for the schema to refuse.
 * Pure; returns a new value.
 */
export function repairStoredScenario(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const taken = new Set<string>();
  const responsibilities: Record<string, unknown>[] = [];
  const items = Array.isArray(raw.responsibilities) ? (raw.responsibilities as unknown[]) : [];
  for (const [index, rawItem] of items.entries()) {
    const item = cleanRecord(rawItem);
    if (!isRecord(item)) continue;
    const id = freeId(nonBlank(item.id) ? item.id.trim() : `card-${index + 1}`, taken);
    taken.add(id);
    const owner = isLane(item.owner) ? item.owner : 'Unassigned';
    responsibilities.push({
      id,
      title: nonBlank(item.title) ? item.title : UNTITLED_CARD,
      owner,
      ...(owner === 'Shared' && isRole(item.lead) ? { lead: item.lead } : {}),
      ...(nonBlank(item.note) ? { note: item.note } : {}),
    });
  }
  const waived = new Set<string>();
  const waivers: unknown[] = [];
  for (const waiver of Array.isArray(raw.waivers) ? (raw.waivers as unknown[]) : []) {
    const parsed = waiverFileSchema.safeParse(cleanRecord(waiver));
    if (!parsed.success || waived.has(parsed.data.findingId)) continue;
    waived.add(parsed.data.findingId);
    waivers.push(parsed.data);
  }
  const stances: Record<string, Role> = {};
  for (const [rawTopic, role] of Object.entries(isRecord(raw.stances) ? raw.stances : {})) {
    const topic = removeUnsafeCharacters(rawTopic);
    if (nonBlank(topic) && isRole(role)) stances[topic] = role;
  }
  const context = isRecord(raw.context) ? raw.context : {};
  const valid = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => schema.safeParse(value).data ?? fallback;
  const stamp = (value: unknown): string | undefined =>
    storedScenarioSchema.shape.createdAt.safeParse(value).success ? (value as string) : undefined;
  const createdAt = stamp(raw.createdAt) ?? stamp(raw.updatedAt) ?? EPOCH;
  const name = cleanText(raw.name);
  return {
    id: cleanText(raw.id),
    name: nonBlank(name) ? name : UNTITLED_SCENARIO,
    createdAt,
    updatedAt: stamp(raw.updatedAt) ?? createdAt,
    context: {
      companySize: valid(contextFileSchema.shape.companySize, context.companySize, DEFAULT_CONTEXT.companySize),
      focus: valid(contextFileSchema.shape.focus, context.focus, DEFAULT_CONTEXT.focus),
      reportingLine: valid(contextFileSchema.shape.reportingLine, context.reportingLine, DEFAULT_CONTEXT.reportingLine),
    },
    responsibilities,
    waivers,
    stances,
  };
}

/** The first repeated responsibility id or waiver finding id, or a lead outside Shared. */
function crossFieldError(
  file: Pick<ScenarioFile, 'responsibilities' | 'waivers'>,
  basePath: readonly PropertyKey[],
  refuseStrayLead: boolean,
): FormatError | null {
  const seen = new Map<string, number>();
  for (const [index, item] of file.responsibilities.entries()) {
    if (refuseStrayLead && item.lead !== undefined && item.owner !== 'Shared') {
      return fail(
        [...basePath, 'responsibilities', index, 'lead'],
        `only a Shared responsibility has a lead (owner is ${item.owner})`,
      ).error;
    }
    if (item.id === undefined) continue;
    const first = seen.get(item.id);
    if (first !== undefined) {
      return fail(
        [...basePath, 'responsibilities', index, 'id'],
        `duplicate id ${echoValue(item.id)} (also at responsibilities[${first}])`,
      ).error;
    }
    seen.set(item.id, index);
  }
  const waived = new Map<string, number>();
  for (const [index, waiver] of (file.waivers ?? []).entries()) {
    const first = waived.get(waiver.findingId);
    if (first !== undefined) {
      return fail([...basePath, 'waivers', index, 'findingId'], `duplicate finding id (also at waivers[${first}])`).error;
    }
    waived.set(waiver.findingId, index);
  }
  return null;
}

/**
 * Turns a validated plain scenario into the model, the one normalisation every source passes:
 * whitespace runs in names and titles read as one space, notes are trimmed (and dropped when
 * empty), a lead survives only in the Shared lane, and, for a file, missing ids come from
 * `newId`, missing timestamps are `now`, absent waivers and stances are empty. Pure apart from
 * calling `newId`; throws only when `newId` keeps repeating ids already in use.
 */
export function fromScenarioFile(file: Omit<ScenarioFile, 'format' | 'version'>, options: ParseOptions): Scenario {
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
  return {
    id: scenarioId(file.id ?? options.newId()),
    name: file.name.replace(/\s+/g, ' '),
    context: { ...file.context },
    responsibilities,
    waivers: (file.waivers ?? []).map((waiver) => ({ findingId: waiver.findingId, rationale: waiver.rationale, at: waiver.at })),
    stances,
    createdAt: file.createdAt ?? options.now,
    updatedAt: file.updatedAt ?? file.createdAt ?? options.now,
  };
}

const NO_DEFAULTS: ParseOptions = {
  newId: () => {
    throw new Error('a stored scenario has every id');
  },
  now: EPOCH,
};

/**
 * The one way in for a plain scenario from outside the running app (a file, a backup, a
 * database row): structure guard, repair (rows only), schema, cross-field checks, then
 * {@link fromScenarioFile}'s normalisation. Pure apart from calling `newId`; never throws.
 * Error paths start at `basePath`.
 */
export function decodeScenario(raw: unknown, options: DecodeOptions): DecodeResult {
  const basePath = options.basePath ?? [];
  const hostile = hostileStructureError(raw, basePath, SCENARIO_STRUCTURE_LIMITS);
  if (hostile) return { ok: false, error: hostile };
  const input = options.source === 'stored' ? repairStoredScenario(raw) : raw;
  const parsed =
    options.source === 'file'
      ? scenarioFileSchema.safeParse(input, { reportInput: true })
      : storedScenarioSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, error: schemaError(parsed.error.issues, basePath) };
  const duplicate = crossFieldError(parsed.data, basePath, options.source === 'file');
  if (duplicate) return { ok: false, error: duplicate };
  try {
    return { ok: true, scenario: fromScenarioFile(parsed.data, options.source === 'file' ? options : NO_DEFAULTS) };
  } catch (error) {
    return fail(basePath, echoText(error instanceof Error ? error.message : String(error), 200));
  }
}

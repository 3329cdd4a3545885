import { z } from 'zod';
import { responsibilityId, scenarioId, type Scenario, type ScenarioId } from '../model/index.js';
import { MAX_DEPTH, findHostileStructure, formatPath, utf8ByteLength } from './guard.js';
import { storedScenarioSchema, type StoredScenario } from './schema.js';

// zod compiles validators with `new Function` unless told not to; the strict CSP forbids it.
z.config({ jitless: true });

export { formatPath, utf8ByteLength } from './guard.js';

/** The `format` field of a backup file. */
export const BACKUP_FORMAT = 'remit.backup';
/** The backup format version this code writes and reads. */
export const BACKUP_VERSION = 1;
/** Largest backup accepted, in bytes of UTF-8 (the same limit as a file through IPC). */
export const MAX_BACKUP_BYTES = 32 * 1024 * 1024;

/** A scenario in the trash, with when it was deleted (ISO 8601). */
export interface BackupTrashItem {
  readonly deletedAt: string;
  readonly scenario: Scenario;
}

/** A named version of a scenario. */
export interface BackupSnapshot {
  readonly id: string;
  readonly scenarioId: ScenarioId;
  readonly name: string;
  readonly kind: 'manual' | 'auto';
  readonly createdAt: string;
  readonly scenario: Scenario;
}

/** Everything Remit stores: all scenarios, the trash, snapshots and settings. */
export interface Backup {
  readonly scenarios: readonly Scenario[];
  readonly trash: readonly BackupTrashItem[];
  readonly snapshots: readonly BackupSnapshot[];
  /** Small app state by key; values are plain JSON. */
  readonly settings: Readonly<Record<string, unknown>>;
}

/** Why a file was refused: a message for the user and where in the file (`scenarios[2].name`). */
export interface FormatError {
  readonly message: string;
  /** Dotted/bracketed path to the offending value; empty for the whole file. */
  readonly path: string;
}

/** Outcome of {@link parseBackup}. */
export type BackupParseResult =
  | { readonly ok: true; readonly backup: Backup; readonly exportedAt: string | null }
  | { readonly ok: false; readonly error: FormatError };

const isoDate = z
  .string()
  .min(1)
  .max(40)
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date');
const id = z.string().min(1).max(200);

/**
 * A scenario in a backup is the scenario file's scenario (shared/format/schema.ts) with ids,
 * timestamps, waivers and stances required and unknown fields refused; see
 * {@link storedScenarioSchema}.
 */
const scenarioSchema = storedScenarioSchema;

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string().max(100_000),
    z.array(jsonValue),
    z.record(z.string(), jsonValue),
  ]),
);

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoDate,
  scenarios: z.array(scenarioSchema).max(10_000),
  trash: z.array(z.strictObject({ deletedAt: isoDate, scenario: scenarioSchema })).max(10_000),
  snapshots: z
    .array(
      z.strictObject({
        id,
        scenarioId: id,
        name: z.string().trim().min(1).max(200),
        kind: z.enum(['manual', 'auto']),
        createdAt: isoDate,
        scenario: scenarioSchema,
      }),
    )
    .max(100_000),
  settings: z.record(z.string().min(1).max(200), jsonValue),
});

type ParsedScenario = StoredScenario;

/** Turns a hostile structure into the backup's user-facing error. */
function hostileError(value: unknown, basePath: readonly PropertyKey[]): FormatError | null {
  const found = findHostileStructure(value, basePath);
  if (!found) return null;
  return found.kind === 'forbidden-key'
    ? { message: `The key “${found.key}” is not allowed in a Remit file.`, path: formatPath(found.path) }
    : {
        message: `The file is nested more than ${MAX_DEPTH} levels deep, which no Remit file is.`,
        path: formatPath(found.path),
      };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  const at = where ? ` at ${where}` : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `A required field is missing${at} (expected ${issue.expected}).`
        : `Wrong type${at}: expected ${issue.expected}.`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `“${key}”`).join(', ')}${at || ' at the top level'}.`;
    case 'invalid_value':
      return `Invalid value${at}: expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'too_big':
      return `Too large${at}: at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? `Empty text${at}: a value is required.`
        : `Too small${at}: ${issue.message}.`;
    default:
      return `Invalid value${at}: ${issue.message}.`;
  }
}

function duplicate(
  ids: readonly string[],
  describe: (index: number) => PropertyKey[],
  what: string,
): FormatError | null {
  const seen = new Set<string>();
  for (let index = 0; index < ids.length; index += 1) {
    const value = ids[index] as string;
    if (seen.has(value))
      return { message: `Duplicate ${what} “${value}”.`, path: formatPath(describe(index)) };
    seen.add(value);
  }
  return null;
}

function toScenario(parsed: ParsedScenario): Scenario {
  return {
    id: scenarioId(parsed.id),
    name: parsed.name,
    context: parsed.context,
    responsibilities: parsed.responsibilities.map((item) => ({
      id: responsibilityId(item.id),
      title: item.title,
      owner: item.owner,
      // A lead only means something in the Shared lane; elsewhere it is dropped.
      ...(item.owner === 'Shared' && item.lead ? { lead: item.lead } : {}),
      ...(item.note ? { note: item.note } : {}),
    })),
    waivers: parsed.waivers.map((waiver) => ({ ...waiver })),
    stances: { ...parsed.stances },
    createdAt: parsed.createdAt,
    updatedAt: parsed.updatedAt,
  };
}

function scenarioDuplicates(scenario: ParsedScenario, path: PropertyKey[]): FormatError | null {
  return (
    duplicate(
      scenario.responsibilities.map((item) => item.id),
      (index) => [...path, 'responsibilities', index, 'id'],
      'responsibility id',
    ) ??
    duplicate(
      scenario.waivers.map((waiver) => waiver.findingId),
      (index) => [...path, 'waivers', index, 'findingId'],
      'waiver',
    )
  );
}

/**
 * Validates one scenario object (as stored in a backup) that was already JSON-parsed. Pure;
 * never throws. Paths in errors start at `basePath`.
 */
export function parseScenarioValue(
  raw: unknown,
  basePath: readonly PropertyKey[] = [],
): { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly error: FormatError } {
  const forbidden = hostileError(raw, basePath);
  if (forbidden) return { ok: false, error: forbidden };
  const result = scenarioSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = [...basePath, ...(issue?.path ?? [])];
    return {
      ok: false,
      error: {
        message: issue ? describeIssue({ ...issue, path } as z.core.$ZodIssue) : 'The scenario is not valid.',
        path: formatPath(path),
      },
    };
  }
  const duplicateError = scenarioDuplicates(result.data, [...basePath]);
  if (duplicateError) return { ok: false, error: duplicateError };
  return { ok: true, scenario: toScenario(result.data) };
}

/** Serializes one scenario object the way a backup stores it. Pure. */
export function scenarioToValue(scenario: Scenario): Record<string, unknown> {
  return scenarioToJson(scenario);
}

/**
 * Parses and validates a backup file's text. Pure; never throws. Rejects files over
 * {@link MAX_BACKUP_BYTES}, invalid JSON, other formats or versions, `__proto__` /
 * `constructor` / `prototype` keys, unknown or missing fields, wrong types and duplicate ids,
 * each with a message naming the problem and its path.
 */
export function parseBackup(text: string): BackupParseResult {
  if (utf8ByteLength(text) > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      error: {
        message: `The file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, the most a backup can be.`,
        path: '',
      },
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { message: `The file is not valid JSON (${detail}).`, path: '' } };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      error: { message: 'The file does not contain a Remit backup (expected a JSON object).', path: '' },
    };
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) {
    const found = typeof record.format === 'string' ? `“${record.format.slice(0, 60)}”` : 'missing';
    const hint =
      record.format === 'remit.scenario' ? ' It is a single scenario: use Import scenario instead.' : '';
    return {
      ok: false,
      error: { message: `This is not a Remit backup: its format is ${found}.${hint}`, path: 'format' },
    };
  }
  if (record.version !== BACKUP_VERSION) {
    const newer = typeof record.version === 'number' && record.version > BACKUP_VERSION;
    return {
      ok: false,
      error: {
        message: newer
          ? `This backup was made by a newer version of Remit (backup version ${record.version}); update Remit to restore it.`
          : `Unknown backup version ${JSON.stringify(record.version)?.slice(0, 40) ?? 'missing'}; this Remit reads version ${BACKUP_VERSION}.`,
        path: 'version',
      },
    };
  }
  const forbidden = hostileError(raw, []);
  if (forbidden) return { ok: false, error: forbidden };
  const result = backupSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    if (!issue) return { ok: false, error: { message: 'The backup is not valid.', path: '' } };
    return { ok: false, error: { message: describeIssue(issue), path: formatPath(issue.path) } };
  }
  const data = result.data;
  const idOwners = [
    ...data.scenarios.map((scenario, index) => ({ id: scenario.id, path: ['scenarios', index, 'id'] })),
    ...data.trash.map((item, index) => ({ id: item.scenario.id, path: ['trash', index, 'scenario', 'id'] })),
  ];
  const duplicateError =
    duplicate(
      idOwners.map((item) => item.id),
      (index) => idOwners[index]?.path ?? [],
      'scenario id',
    ) ??
    duplicate(
      data.snapshots.map((item) => item.id),
      (index) => ['snapshots', index, 'id'],
      'snapshot id',
    ) ??
    data.scenarios.reduce<FormatError | null>(
      (found, scenario, index) => found ?? scenarioDuplicates(scenario, ['scenarios', index]),
      null,
    ) ??
    data.trash.reduce<FormatError | null>(
      (found, item, index) => found ?? scenarioDuplicates(item.scenario, ['trash', index, 'scenario']),
      null,
    ) ??
    data.snapshots.reduce<FormatError | null>(
      (found, item, index) => found ?? scenarioDuplicates(item.scenario, ['snapshots', index, 'scenario']),
      null,
    );
  if (duplicateError) return { ok: false, error: duplicateError };
  return {
    ok: true,
    exportedAt: data.exportedAt,
    backup: {
      scenarios: data.scenarios.map(toScenario),
      trash: data.trash.map((item) => ({ deletedAt: item.deletedAt, scenario: toScenario(item.scenario) })),
      snapshots: data.snapshots.map((item) => ({
        id: item.id,
        scenarioId: scenarioId(item.scenarioId),
        name: item.name,
        kind: item.kind,
        createdAt: item.createdAt,
        scenario: toScenario(item.scenario),
      })),
      settings: { ...data.settings },
    },
  };
}

function scenarioToJson(scenario: Scenario): Record<string, unknown> {
  return {
    id: scenario.id,
    name: scenario.name,
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
    createdAt: scenario.createdAt,
    updatedAt: scenario.updatedAt,
  };
}

/** Serializes everything stored as one backup file (pretty JSON, UTF-8 text). Pure. */
export function serializeBackup(backup: Backup, exportedAt: string): string {
  return `${JSON.stringify(
    {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      scenarios: backup.scenarios.map(scenarioToJson),
      trash: backup.trash.map((item) => ({
        deletedAt: item.deletedAt,
        scenario: scenarioToJson(item.scenario),
      })),
      snapshots: backup.snapshots.map((item) => ({
        id: item.id,
        scenarioId: item.scenarioId,
        name: item.name,
        kind: item.kind,
        createdAt: item.createdAt,
        scenario: scenarioToJson(item.scenario),
      })),
      settings: backup.settings,
    },
    null,
    2,
  )}\n`;
}

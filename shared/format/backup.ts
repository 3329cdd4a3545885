import { z } from 'zod';
import { scenarioId, type Scenario, type StoredData } from '../model/index.js';
import {
  decodeScenario,
  encodeScenario,
  hostileStructureError,
  schemaError,
  structureError,
  type FormatError,
} from './codec.js';
import {
  BACKUP_STRUCTURE_LIMITS,
  SETTINGS_STRUCTURE_LIMITS,
  formatPath,
  scanJsonText,
  utf8ByteLength,
} from './guard.js';
import { echoValue, jsonErrorText } from './safe-text.js';

// zod compiles validators with `new Function` unless told not to; the strict CSP forbids it.
z.config({ jitless: true });

/** The `format` field of a backup file. */
export const BACKUP_FORMAT = 'remit.backup';
/** The backup format version this code writes and reads. */
export const BACKUP_VERSION = 1;
/** Largest backup accepted, in bytes of UTF-8 (the same limit as a file through IPC). */
export const MAX_BACKUP_BYTES = 32 * 1024 * 1024;

/** Outcome of {@link parseBackup}: the stored data a backup holds, or one clear error. */
export type BackupParseResult =
  | { readonly ok: true; readonly backup: StoredData; readonly exportedAt: string | null }
  | { readonly ok: false; readonly error: FormatError };

const isoDate = z
  .string()
  .min(1)
  .max(40)
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date');
const id = z.string().min(1).max(200);

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

// Each scenario is left to the codec (decodeScenario with source 'backup'), the one schema and
// repair path every format shares; this schema checks only what a backup adds around them.
const scenarioValue = z.unknown();
const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoDate,
  scenarios: z.array(scenarioValue).max(10_000),
  trash: z.array(z.strictObject({ deletedAt: isoDate, scenario: scenarioValue })).max(10_000),
  snapshots: z
    .array(
      z.strictObject({
        id,
        scenarioId: id,
        name: z.string().trim().min(1).max(200),
        kind: z.enum(['manual', 'auto']),
        createdAt: isoDate,
        scenario: scenarioValue,
      }),
    )
    .max(100_000),
  settings: z.record(z.string().min(1).max(200), jsonValue),
});

function duplicate(
  ids: readonly string[],
  describe: (index: number) => PropertyKey[],
  what: string,
): FormatError | null {
  const seen = new Set<string>();
  for (let index = 0; index < ids.length; index += 1) {
    const value = ids[index] as string;
    if (seen.has(value)) {
      const path = formatPath(describe(index));
      return { message: `${path}: duplicate ${what} ${echoValue(value)}`, path };
    }
    seen.add(value);
  }
  return null;
}

class Refused extends Error {
  constructor(readonly error: FormatError) {
    super(error.message);
  }
}

function decode(raw: unknown, basePath: readonly PropertyKey[]): Scenario {
  const result = decodeScenario(raw, { source: 'backup', basePath });
  if (!result.ok) throw new Refused(result.error);
  return result.scenario;
}

/**
 * Parses and validates a backup file's text. Pure; never throws. Rejects files over
 * {@link MAX_BACKUP_BYTES}, invalid JSON, other formats or versions, `__proto__` /
 * `constructor` / `prototype` keys, unknown or missing fields, wrong types and duplicate ids,
 * each with a message naming the problem and its path. Every scenario in it passes the
 * codec's {@link decodeScenario}, like an imported file and a database row.
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
  // Counted on the text first: a small file of millions of values is refused before
  // JSON.parse builds them.
  const crowded = scanJsonText(text, BACKUP_STRUCTURE_LIMITS);
  if (crowded) return { ok: false, error: structureError(crowded) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { message: `The file is not valid JSON (${jsonErrorText(error)}).`, path: '' } };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      error: { message: 'The file does not contain a Remit backup (expected a JSON object).', path: '' },
    };
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) {
    const found = record.format === undefined ? 'missing' : echoValue(record.format);
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
          ? `This backup was made by a newer version of Remit (backup version ${echoValue(record.version)}); update Remit to restore it.`
          : `Unknown backup version ${record.version === undefined ? 'missing' : echoValue(record.version)}; this Remit reads version ${BACKUP_VERSION}.`,
        path: 'version',
      },
    };
  }
  // Settings are validated value by value (a recursive union): keep them as small as they are.
  const forbidden =
    hostileStructureError(raw, [], BACKUP_STRUCTURE_LIMITS) ??
    hostileStructureError(record.settings, ['settings'], SETTINGS_STRUCTURE_LIMITS);
  if (forbidden) return { ok: false, error: forbidden };
  const result = backupSchema.safeParse(raw, { reportInput: true });
  if (!result.success) return { ok: false, error: schemaError(result.error.issues, []) };
  const data = result.data;
  let backup: StoredData;
  try {
    backup = {
      scenarios: data.scenarios.map((scenario, index) => decode(scenario, ['scenarios', index])),
      trash: data.trash.map((item, index) => ({
        deletedAt: item.deletedAt,
        scenario: decode(item.scenario, ['trash', index, 'scenario']),
      })),
      snapshots: data.snapshots.map((item, index) => ({
        id: item.id,
        scenarioId: scenarioId(item.scenarioId),
        name: item.name,
        kind: item.kind,
        createdAt: item.createdAt,
        scenario: decode(item.scenario, ['snapshots', index, 'scenario']),
      })),
      settings: { ...data.settings },
    };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error };
    throw error;
  }
  const idOwners = [
    ...backup.scenarios.map((scenario, index) => ({ id: scenario.id, path: ['scenarios', index, 'id'] })),
    ...backup.trash.map((item, index) => ({ id: item.scenario.id, path: ['trash', index, 'scenario', 'id'] })),
  ];
  const duplicateError =
    duplicate(
      idOwners.map((item) => item.id),
      (index) => idOwners[index]?.path ?? [],
      'scenario id',
    ) ??
    duplicate(
      backup.snapshots.map((item) => item.id),
      (index) => ['snapshots', index, 'id'],
      'snapshot id',
    );
  if (duplicateError) return { ok: false, error: duplicateError };
  return { ok: true, exportedAt: data.exportedAt, backup };
}

/** Serializes everything stored as one backup file (pretty JSON, UTF-8 text). Pure. */
export function serializeBackup(backup: StoredData, exportedAt: string): string {
  return `${JSON.stringify(
    {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      scenarios: backup.scenarios.map(encodeScenario),
      trash: backup.trash.map((item) => ({ deletedAt: item.deletedAt, scenario: encodeScenario(item.scenario) })),
      snapshots: backup.snapshots.map((item) => ({
        id: item.id,
        scenarioId: item.scenarioId,
        name: item.name,
        kind: item.kind,
        createdAt: item.createdAt,
        scenario: encodeScenario(item.scenario),
      })),
      settings: backup.settings,
    },
    null,
    2,
  )}\n`;
}

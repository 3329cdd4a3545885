import { z } from 'zod';
import { ROLES, type Lane } from '../model/index.js';
import { findUnsafeCharacter } from './safe-text.js';

// The renderer runs under a strict CSP without 'unsafe-eval'; zod must not compile validators.
z.config({ jitless: true });

/** The `format` value every scenario file carries. */
export const SCENARIO_FORMAT = 'remit.scenario';
/** The newest file version this build reads and writes. */
export const SCENARIO_FORMAT_VERSION = 1;
/** Largest file accepted, in bytes of UTF-8. */
export const MAX_SCENARIO_FILE_BYTES = 10 * 1024 * 1024;

/** Upper bounds that keep a hand-edited or hostile file from swamping the UI. */
export const FILE_LIMITS = {
  name: 200,
  title: 500,
  // As long as a backup has always allowed, so every backup made so far still restores.
  note: 20_000,
  id: 200,
  rationale: 5_000,
  responsibilities: 20_000,
  waivers: 20_000,
} as const;

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * Text from a file holds no control characters but tab, line feed and carriage return, and no
 * unpaired surrogates: they would reach terminals, PDFs and CSVs, or are not text at all.
 * (Titles and names have their whitespace runs collapsed to one space on import; notes keep
 * their line breaks.) Data already stored is repaired on load instead, see
 * `removeUnsafeCharacters`.
 */
const clean = (schema: z.ZodString) =>
  schema.check((context) => {
    const found = findUnsafeCharacter(context.value);
    if (found) {
      context.issues.push({
        code: 'custom',
        input: context.value,
        message: `contains the control character ${found}, which Remit does not accept in text`,
      });
    }
  });
const text = (max: number) => clean(z.string().trim().min(1).max(max));

/** One responsibility as stored in a file; `id` is optional on input. */
export const responsibilityFileSchema = z.object({
  id: text(FILE_LIMITS.id).optional(),
  title: text(FILE_LIMITS.title),
  // Listed roles first, as people read them: CIO, CTO, Shared, Unassigned.
  owner: z.enum(['CIO', 'CTO', 'Shared', 'Unassigned'] as const satisfies readonly Lane[]),
  lead: z.enum(ROLES).optional(),
  note: clean(z.string().max(FILE_LIMITS.note)).optional(),
});

/** The company context as stored in a file. */
export const contextFileSchema = z.object({
  companySize: z.enum(['small', 'medium', 'large']),
  focus: z.enum(['product', 'information', 'balanced']),
  reportingLine: z.enum(['both-to-ceo', 'cto-to-cio', 'cio-to-cto']),
});

/** An accepted finding as stored in a file. */
export const waiverFileSchema = z.object({
  findingId: text(FILE_LIMITS.id * 10),
  rationale: text(FILE_LIMITS.rationale),
  at: isoDateTime,
});

/**
 * The zod schema of a version-1 scenario file. Unknown fields are dropped; `format` and
 * `version` are checked first by the parser so a wrong file gets a plain message.
 */
export const scenarioFileSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_FORMAT_VERSION),
  id: text(FILE_LIMITS.id).optional(),
  name: text(FILE_LIMITS.name),
  createdAt: isoDateTime.optional(),
  updatedAt: isoDateTime.optional(),
  context: contextFileSchema,
  responsibilities: z.array(responsibilityFileSchema).max(FILE_LIMITS.responsibilities),
  waivers: z.array(waiverFileSchema).max(FILE_LIMITS.waivers).optional(),
  stances: z.record(text(FILE_LIMITS.id), z.enum(ROLES)).optional(),
});

/**
 * One responsibility as Remit stores it (in a backup, and later wherever data must round-trip
 * exactly): the scenario file's fields with the id required and unknown fields refused. A
 * Shared card may lack a lead, as in a scenario file: the check reports it with a fix.
 */
export const storedResponsibilitySchema = z.strictObject({
  ...responsibilityFileSchema.shape,
  id: text(FILE_LIMITS.id),
});

/**
 * One scenario as Remit stores it: the scenario file schema without the file header, with
 * ids, timestamps, waivers and stances required and unknown fields refused at every level.
 * Built from the same field schemas, so the two formats cannot drift apart.
 */
export const storedScenarioSchema = z.strictObject({
  id: text(FILE_LIMITS.id),
  name: scenarioFileSchema.shape.name,
  context: z.strictObject(contextFileSchema.shape),
  responsibilities: z.array(storedResponsibilitySchema).max(FILE_LIMITS.responsibilities),
  waivers: z.array(z.strictObject(waiverFileSchema.shape)).max(FILE_LIMITS.waivers),
  stances: scenarioFileSchema.shape.stances.unwrap(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** A scenario after {@link storedScenarioSchema}: the plain form every format holds. */
export type StoredScenario = z.output<typeof storedScenarioSchema>;
/** One responsibility of a {@link StoredScenario}. */
export type StoredResponsibility = z.output<typeof storedResponsibilitySchema>;

/** A version-1 scenario file after validation (ids, timestamps, waivers, stances optional). */
export type ScenarioFile = z.output<typeof scenarioFileSchema>;
/** One responsibility of a {@link ScenarioFile}. */
export type ResponsibilityFile = z.output<typeof responsibilityFileSchema>;

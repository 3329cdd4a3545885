import { z } from 'zod';
import {
  MAX_FILE_BYTES,
  MENU_COMMANDS,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokeRequest,
} from './channels.js';
import { isAllowedExternalUrl, MAX_EXTERNAL_URL_LENGTH } from './external-links.js';
import {
  isPrintableScenarioId,
  MAX_COMPARED_IN_PDF,
  MIN_COMPARED_IN_PDF,
  ORIENTATIONS,
  PAPER_SIZES,
} from './print-route.js';

const MAX_NAME_LENGTH = 255;

/** True when `name` has no directory part and no characters that are illegal in file names. */
function isBareFileName(name: string): boolean {
  // Control characters and separators would let a renderer steer the dialog's directory.
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  return !/[/\\\u0000-\u001f]/.test(name) && name !== '.' && name !== '..';
}

/** Size of `data` in bytes once written (UTF-8 for text). */
function byteLength(data: string | Uint8Array): number {
  if (typeof data !== 'string') return data.byteLength;
  // A UTF-16 code unit never takes more than 3 UTF-8 bytes: skip the exact count when small.
  if (data.length * 3 <= MAX_FILE_BYTES) return data.length;
  let bytes = 0;
  for (const char of data) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Validates a {@link SaveFileRequest}: a bare file name and at most {@link MAX_FILE_BYTES}. */
export const saveFileRequestSchema = z.strictObject({
  suggestedName: z.string().min(1).max(MAX_NAME_LENGTH).refine(isBareFileName, {
    message: 'The suggested name must be a file name without a folder.',
  }),
  mimeType: z.string().min(1).max(MAX_NAME_LENGTH),
  data: z
    .union([z.string(), z.instanceof(Uint8Array)])
    .refine((data) => byteLength(data) <= MAX_FILE_BYTES, { message: 'The file is too large to save.' }),
});

/** Validates an {@link OpenFileRequest}: a short list of short type strings. */
export const openFileRequestSchema = z.strictObject({
  accept: z.array(z.string().min(1).max(MAX_NAME_LENGTH)).max(32).readonly(),
});

const printableIdSchema = z.string().refine(isPrintableScenarioId, { message: 'The scenario id is not valid.' });
const pdfNameSchema = z
  .string()
  .min(1)
  .max(MAX_NAME_LENGTH)
  .refine(isBareFileName, { message: 'The suggested name must be a file name without a folder.' });
const pdfOptionsSchema = z.strictObject({
  paper: z.enum(PAPER_SIZES),
  orientation: z.enum(ORIENTATIONS),
  appendix: z.boolean(),
});
const comparedRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scenario'), scenarioId: printableIdSchema }),
  z.strictObject({ kind: z.literal('version'), scenarioId: printableIdSchema, versionId: printableIdSchema }),
]);

/**
 * Validates an {@link ExportPdfRequest}: a plausible scenario id, or 2 to 4 compared scenarios
 * or versions; a bare `.pdf` name; known options. Nothing else passes (strict objects).
 */
export const exportPdfRequestSchema = z.union([
  z.strictObject({ scenarioId: printableIdSchema, suggestedName: pdfNameSchema, options: pdfOptionsSchema }),
  z.strictObject({
    compare: z.array(comparedRefSchema).min(MIN_COMPARED_IN_PDF).max(MAX_COMPARED_IN_PDF).readonly(),
    suggestedName: pdfNameSchema,
    options: pdfOptionsSchema,
  }),
]);

/** Validates a {@link PrintReadyReport}. */
export const printReadyReportSchema = z.union([
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), message: z.string().max(2000) }),
]);

/** Validates an {@link OpenExternalRequest}: an https URL on an allowlisted host, nothing else. */
export const openExternalRequestSchema = z.strictObject({
  url: z.string().max(MAX_EXTERNAL_URL_LENGTH).refine(isAllowedExternalUrl, {
    message: 'Only https pages of the guidance sources can be opened.',
  }),
});

/**
 * The schema of every invoke channel's request payload. The mapped type makes a channel
 * without a schema a compile error. Used by main before any handler runs.
 */
export const INVOKE_REQUEST_SCHEMAS: { readonly [C in InvokeChannel]: z.ZodType<InvokeRequest<C>> } = {
  'app:get-info': z.undefined(),
  'dialog:save-file': saveFileRequestSchema,
  'dialog:open-file': openFileRequestSchema,
  'export:pdf': exportPdfRequestSchema,
  'print:report-ready': printReadyReportSchema,
  'shell:open-external': openExternalRequestSchema,
};

/** Validates an {@link OpenedFile}. */
export const openedFileSchema = z.strictObject({
  name: z.string().min(1).max(MAX_NAME_LENGTH),
  text: z.string().max(MAX_FILE_BYTES),
});

/**
 * The schema of every event channel's payload; main validates before sending so the renderer
 * only ever sees well-formed events.
 */
export const EVENT_PAYLOAD_SCHEMAS: { readonly [C in EventChannel]: z.ZodType<EventPayload<C>> } = {
  'menu:run-command': z.enum(MENU_COMMANDS),
  'app:open-file': openedFileSchema,
};

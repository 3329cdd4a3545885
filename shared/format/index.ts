/**
 * The scenario file format (`remit.scenario`, version 1) and the one scenario codec behind
 * every format: a zod schema, a decoder that turns untrusted plain data (a file, a backup's
 * scenario, a database row) into a typed scenario or one clear error, and the encoder they all
 * write with. Pure; ids and the clock are injected, so it runs the same in the renderer, the
 * main process and the CLI. Backups live in `./backup.js`.
 */
export {
  FILE_LIMITS,
  MAX_SCENARIO_FILE_BYTES,
  SCENARIO_FORMAT,
  SCENARIO_FORMAT_VERSION,
  scenarioFileSchema,
  type ResponsibilityFile,
  type ScenarioFile,
  type StoredResponsibility,
  type StoredScenario,
} from './schema.js';
export {
  decodeScenario,
  encodeResponsibility,
  encodeScenario,
  fromScenarioFile,
  repairStoredScenario,
  type DecodeOptions,
  type DecodeResult,
  type FormatError,
  type ParseOptions,
} from './codec.js';
export { parseScenarioFile, serializeScenario, toScenarioFile, type ParseResult } from './parse.js';

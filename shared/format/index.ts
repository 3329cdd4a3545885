/**
 * The scenario file format (`remit.scenario`, version 1): a zod schema, a parser that turns
 * untrusted text into a typed scenario or one clear error, and a serializer. Pure; ids and the
 * clock are injected, so it runs the same in the renderer, the main process and the CLI.
 */
export {
  FILE_LIMITS,
  MAX_SCENARIO_FILE_BYTES,
  SCENARIO_FORMAT,
  SCENARIO_FORMAT_VERSION,
  scenarioFileSchema,
  type ResponsibilityFile,
  type ScenarioFile,
} from './schema.js';
export {
  fromScenarioFile,
  parseScenarioFile,
  serializeScenario,
  toScenarioFile,
  type FormatError,
  type ParseOptions,
  type ParseResult,
} from './parse.js';

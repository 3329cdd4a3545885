import { parseScenarioFile, serializeScenario, type FormatError } from '../../../shared/format/index.js';
import { scenarioId, type Scenario } from '../../../shared/model/index.js';

/** Outcome of reading a scenario file. */
export type ScenarioFileResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly error: FormatError };

/**
 * Parses a `.remit.json` scenario file with the shared format parser. The imported scenario
 * always gets a new scenario id: an import adds a scenario (or replaces the open one's
 * content) and must never collide with one already in the library. Never throws.
 */
export function parseScenarioText(text: string, options: { readonly newId: () => string; readonly now: string }): ScenarioFileResult {
  const parsed = parseScenarioFile(text, options);
  if (!parsed.ok) return parsed;
  return { ok: true, scenario: { ...parsed.scenario, id: scenarioId(options.newId()) } };
}

/** Serializes a scenario as a `.remit.json` file (the shared format). Pure. */
export function serializeScenarioText(scenario: Scenario): string {
  return serializeScenario(scenario);
}

import type { Scenario } from '../model/index.js';

/** The parts of a scenario a command may change. */
export type ScenarioBody = Pick<
  Scenario,
  'name' | 'context' | 'responsibilities' | 'waivers' | 'stances'
>;

/**
 * A reversible change: the changed fields before and after. Values are immutable and shared
 * structurally, so keeping both sides costs a few references, not copies.
 */
export interface Patch {
  /** What the user did, in words ("Move “Service desk” to CTO"), for undo labels. */
  readonly label: string;
  readonly from: Partial<ScenarioBody>;
  readonly to: Partial<ScenarioBody>;
}

/** The parts of `scenario` a command may change (the body of a `scenario/replace`). Pure. */
export function scenarioBody(scenario: Scenario): ScenarioBody {
  return {
    name: scenario.name,
    context: scenario.context,
    responsibilities: scenario.responsibilities,
    waivers: scenario.waivers,
    stances: scenario.stances,
  };
}

/** Applies a patch forward. Pure; returns a new scenario. */
export function applyPatch(scenario: Scenario, patch: Patch): Scenario {
  return { ...scenario, ...patch.to };
}

/** The patch that undoes `patch`. Pure. */
export function invertPatch(patch: Patch): Patch {
  return { label: patch.label, from: patch.to, to: patch.from };
}

import type { ResponsibilityId, ScenarioId } from './ids.js';
import type { Lane, Role } from './owner.js';

/** Company size: the sources note a small company may need only one technology executive. */
export type CompanySize = 'small' | 'medium' | 'large';
/** Whether the business mainly sells technology (product) or mainly runs on it (information). */
export type Focus = 'product' | 'information' | 'balanced';
/** Who the two roles report to. */
export type ReportingLine = 'both-to-ceo' | 'cto-to-cio' | 'cio-to-cto';

/** The settings of a scenario that feed the context rules of the guidance. */
export interface ScenarioContext {
  readonly companySize: CompanySize;
  readonly focus: Focus;
  readonly reportingLine: ReportingLine;
}

/** The context a new scenario starts with. */
export const DEFAULT_CONTEXT: ScenarioContext = {
  companySize: 'medium',
  focus: 'balanced',
  reportingLine: 'both-to-ceo',
};

/** One responsibility card: a piece of work and who owns it. */
export interface Responsibility {
  readonly id: ResponsibilityId;
  readonly title: string;
  readonly owner: Lane;
  /** The role that leads a Shared responsibility; absent for other lanes. */
  readonly lead?: Role | undefined;
  readonly note?: string | undefined;
}

/** A finding the team accepted on purpose, with its reason. Keyed by the finding's stable id. */
export interface Waiver {
  readonly findingId: string;
  readonly rationale: string;
  /** ISO 8601 timestamp of when the waiver was recorded. */
  readonly at: string;
}

/**
 * One plan of the CIO/CTO split. Responsibilities are kept in one array; the order of a
 * lane is the order of its cards within that array.
 */
export interface Scenario {
  readonly id: ScenarioId;
  readonly name: string;
  readonly context: ScenarioContext;
  readonly responsibilities: readonly Responsibility[];
  readonly waivers: readonly Waiver[];
  /** The role the team chose for a contested topic, by topic id. */
  readonly stances: Readonly<Record<string, Role>>;
  /** ISO 8601 timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The responsibilities of one lane, in lane order. Pure. */
export function laneItems(scenario: Pick<Scenario, 'responsibilities'>, lane: Lane): Responsibility[] {
  return scenario.responsibilities.filter((item) => item.owner === lane);
}

import type { ScenarioId } from './ids.js';
import type { Scenario } from './scenario.js';

/** Why a snapshot exists: made by the user, or automatically before a risky operation. */
export type SnapshotKind = 'manual' | 'auto';

/** A scenario in the trash, with when it was deleted. */
export interface TrashedScenario {
  /** ISO 8601. */
  readonly deletedAt: string;
  readonly scenario: Scenario;
}

/** A named version of a scenario. */
export interface Snapshot {
  readonly id: string;
  readonly scenarioId: ScenarioId;
  readonly name: string;
  /** `manual` when the user saved it, `auto` when made before a risky operation. */
  readonly kind: SnapshotKind;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly scenario: Scenario;
}

/**
 * Everything Remit stores, in domain terms: all scenarios, the trash, the snapshots and the
 * settings. What the repository exports and restores, and what a backup file holds.
 */
export interface StoredData {
  readonly scenarios: readonly Scenario[];
  readonly trash: readonly TrashedScenario[];
  readonly snapshots: readonly Snapshot[];
  /** Small app state by key; values are plain JSON. */
  readonly settings: Readonly<Record<string, unknown>>;
}

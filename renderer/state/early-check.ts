import { checkScenario } from '../../shared/guidance/index.js';
import type { Scenario } from '../../shared/model/index.js';
import { createStarterScenario } from './starter-scenario.js';

/**
 * What {@link LibrarySession.open} does for the guidance while it opens a plan, so a plan with
 * nothing stored (its first open, or the first after the guidance changed) is checked beside the
 * reads instead of after them. That plan's check runs before the first paint (its badges must be
 * right in the first frame), and in a cold page most of it is building the guidance's lazy
 * indexes. Here they are built as soon as the stored-check read says nothing is stored, while the
 * plan's own row is still being read, and the plan is checked as soon as it is decoded, while the
 * rest of the opening (shared plans, the library's other reads) waits for storage. The results
 * are the check's own memos (checkScenario memoises per scenario object), so the board's first
 * render finds the check done. A plan with a stored check (the usual reopen) is left to it.
 */
export interface EarlyCheck {
  /** Builds the guidance's indexes (nothing stored for the plan being read). */
  readonly warmUp: () => void;
  /** Checks the plan, so the board's first render finds the result memoised. */
  readonly check: (scenario: Scenario) => void;
}

/** The guidance's own check, run early (see {@link EarlyCheck}). */
export const EARLY_CHECK: EarlyCheck = {
  warmUp: () => {
    // A one-card plan: checking it builds every index the check of a real plan uses.
    let next = 0;
    const starter = createStarterScenario(() => `warm-up-${(next += 1)}`, '2000-01-01T00:00:00.000Z');
    checkScenario({ ...starter, responsibilities: starter.responsibilities.slice(0, 1) });
  },
  check: (scenario) => {
    checkScenario(scenario);
  },
};

import { createContext, useContext, useDeferredValue, useMemo, useRef, type ReactNode } from 'react';
import { checkScenario, type CheckResult } from '../../shared/guidance/index.js';
import { useCheckedScenario } from './checked-scenario.js';
import { deriveCardGuidance, shareUnchanged, shareUnchangedFindings, type CardGuidanceMap } from './card-guidance.js';

/** The guidance for the open scenario, computed once per scenario change. */
export interface GuidanceState {
  /** The engine's check: findings (waived ones marked), score, counts, per-card status. */
  readonly result: CheckResult;
  /** Badge and reason per card; unchanged cards keep the same object. */
  readonly cards: CardGuidanceMap;
}

const GuidanceContext = createContext<GuidanceState | null>(null);

/**
 * Checks the open scenario once per change (one `checkScenario` call for the whole board,
 * never per card) and shares the result with the board, the panel and anyone else.
 *
 * The check and everything that shows it (badges, the panel's findings) follow the checked
 * scenario (checked-scenario.ts: the latest once its write has landed, 100 ms at most behind
 * it) as a deferred value: a drop or an edit paints first, its write commits next, and the guidance
 * catches up in a non-urgent render right after (React can interrupt it for the next input).
 */
export function GuidanceProvider({ children }: { readonly children: ReactNode }) {
  const scenario = useDeferredValue(useCheckedScenario());
  const previous = useRef<GuidanceState | null>(null);
  const value = useMemo<GuidanceState>(() => {
    const checked = checkScenario(scenario);
    const result = { ...checked, findings: shareUnchangedFindings(previous.current?.result.findings ?? [], checked.findings) };
    const cards = shareUnchanged(previous.current?.cards ?? new Map(), deriveCardGuidance(scenario.responsibilities, result));
    return { result, cards };
  }, [scenario]);
  // Remember the last value after render so the next check can reuse unchanged entries.
  previous.current = value;
  return <GuidanceContext.Provider value={value}>{children}</GuidanceContext.Provider>;
}

/** The open scenario's guidance. Throws outside {@link GuidanceProvider}. */
export function useGuidance(): GuidanceState {
  const value = useContext(GuidanceContext);
  if (!value) throw new Error('useGuidance needs a GuidanceProvider');
  return value;
}

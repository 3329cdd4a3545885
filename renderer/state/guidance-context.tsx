import { createContext, useContext, useDeferredValue, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import { checkScenario, type CheckResult } from '../../shared/guidance/index.js';
import { whenIdle, whenIdleAfterPaint } from './when-idle.js';
import { sameCheck, settleStoredCheck, storeCheck, storedCheckOf } from './check-cache.js';
import { useCheckedScenario } from './checked-scenario.js';
import { StoredLibraryContext } from './stored-library.js';
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
 *
 * A plan that opened unchanged since its last check shows the stored result of that check
 * (check-cache.ts) and is checked again once the page is idle after its first paint: what it
 * shows is replaced if the fresh check differs. Every fresh check is stored, when idle, for the
 * next time the plan opens.
 */
export function GuidanceProvider({ children }: { readonly children: ReactNode }) {
  const scenario = useDeferredValue(useCheckedScenario());
  const repository = useContext(StoredLibraryContext);
  const previous = useRef<GuidanceState | null>(null);
  // Bumped when the idle re-check replaced a stored result, so the memo below reads the fresh one.
  const [replaced, replace] = useReducer((count: number) => count + 1, 0);
  const fromStore = storedCheckOf(scenario);
  const value = useMemo<GuidanceState>(() => {
    const checked = storedCheckOf(scenario) ?? checkScenario(scenario);
    const result = { ...checked, findings: shareUnchangedFindings(previous.current?.result.findings ?? [], checked.findings) };
    const cards = shareUnchanged(previous.current?.cards ?? new Map(), deriveCardGuidance(scenario.responsibilities, result));
    return { result, cards };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `replaced` is the signal to drop the stored result
  }, [scenario, replaced]);
  // Remember the last value after render so the next check can reuse unchanged entries.
  previous.current = value;
  useEffect(() => {
    // Three steps, each in an idle period of its own (the check alone is one long task on a
    // large plan; comparing its result with the stored one is another): check the plan, compare
    // with what is shown, store. A stored result is shown: check the plan now (the first paint
    // is done) and replace it if the guidance says otherwise. Otherwise the check is fresh:
    // store it for next time.
    let cancelNext = (): void => undefined;
    const cancelFirst = whenIdleAfterPaint(() => {
      const result = checkScenario(scenario);
      if (!fromStore) {
        if (repository) void storeCheck(repository, scenario, result);
        return;
      }
      cancelNext = whenIdle(() => {
        const same = sameCheck(fromStore, result);
        settleStoredCheck(scenario, same);
        if (same) return;
        if (import.meta.env.DEV) {
          console.warn('Remit: the stored guidance check of this plan differed from a fresh check; replaced it.');
        }
        replace();
        if (repository) cancelNext = whenIdle(() => void storeCheck(repository, scenario, result));
      });
    });
    return () => {
      cancelFirst();
      cancelNext();
    };
  }, [scenario, fromStore, repository]);
  return <GuidanceContext.Provider value={value}>{children}</GuidanceContext.Provider>;
}

/** The open scenario's guidance. Throws outside {@link GuidanceProvider}. */
export function useGuidance(): GuidanceState {
  const value = useContext(GuidanceContext);
  if (!value) throw new Error('useGuidance needs a GuidanceProvider');
  return value;
}

import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import type { ResponsibilityId, Scenario } from '../../../shared/model/index.js';
import { useStoreState } from '../../state/use-store.js';
import { shareUnchanged, type CardGuidance, type CardGuidanceMap } from './card-guidance.js';

/** The guidance for the open scenario, computed once per scenario change. */
export interface GuidanceState {
  readonly cards: CardGuidanceMap;
}

const EMPTY: GuidanceState = { cards: new Map() };
const GuidanceContext = createContext<GuidanceState>(EMPTY);

function compute(_scenario: Scenario): Map<ResponsibilityId, CardGuidance> {
  return new Map();
}

/** Checks the open scenario once per change and shares the result with the board and panel. */
export function GuidanceProvider({ children }: { readonly children: ReactNode }) {
  const scenario = useStoreState((state) => state.scenario);
  const previous = useRef<CardGuidanceMap>(new Map());
  const value = useMemo<GuidanceState>(() => {
    const cards = shareUnchanged(previous.current, compute(scenario));
    previous.current = cards;
    return { cards };
  }, [scenario]);
  return <GuidanceContext.Provider value={value}>{children}</GuidanceContext.Provider>;
}

/** The open scenario's guidance (findings, score, per-card status). */
export function useGuidance(): GuidanceState {
  return useContext(GuidanceContext);
}

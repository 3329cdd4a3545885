import { useContext, useMemo, useSyncExternalStore } from 'react';
import type { Peer, SharedPlan, SharedPlanState } from './shared-plan.js';
import { StoreContext } from './use-store.js';

const noSubscription = (): (() => void) => () => undefined;

/** The open plan's shared document, or null when it is not shared (or outside a store). */
export function useSharedPlan(): SharedPlan | null {
  const store = useContext(StoreContext);
  return useSyncExternalStore(store?.subscribe ?? noSubscription, () => store?.getShared() ?? null);
}

/** The open shared plan's state (connection, people, refusal), or null for a plan that is not shared. */
export function useSharedPlanState(): SharedPlanState | null {
  const shared = useSharedPlan();
  return useSyncExternalStore(shared?.subscribe ?? noSubscription, () => shared?.getState() ?? null);
}

/** What another person does with a card. */
export interface CardPresence {
  readonly name: string;
  readonly color: string;
  readonly dragging: boolean;
}

/**
 * The people who have card `cardId` selected or are dragging it. Re-renders the card only when
 * that list changes (a card far from anyone's attention never re-renders for presence).
 */
export function useCardPresence(cardId: string): readonly CardPresence[] {
  const shared = useSharedPlan();
  const key = useSyncExternalStore(shared?.subscribe ?? noSubscription, () =>
    shared ? presenceKey(shared.getState().peers, cardId) : '',
  );
  return useMemo(() => (key ? (JSON.parse(key) as CardPresence[]) : []), [key]);
}

function presenceKey(peers: readonly Peer[], cardId: string): string {
  const here = peers
    .filter((peer) => peer.selected === cardId || peer.dragging === cardId)
    .map((peer) => ({ name: peer.name, color: peer.color, dragging: peer.dragging === cardId }));
  return here.length ? JSON.stringify(here) : '';
}

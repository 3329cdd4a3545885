import { useMemo, useRef, useSyncExternalStore } from 'react';
import { useSharedPlan, type CardPresence } from '../../state/presence.js';
import type { Peer } from '../../state/shared-plan.js';
import './presence-marks.css';

const noSubscription = (): (() => void) => () => undefined;
const NOBODY: ReadonlyMap<string, readonly CardPresence[]> = new Map();

/** Who is on which card, as one string: it changes only when a card's presence does. */
function presenceKey(peers: readonly Peer[]): string {
  const here = peers
    .filter((peer) => peer.selected !== null || peer.dragging !== null)
    .map((peer) => [peer.name, peer.color, peer.selected, peer.dragging]);
  return here.length ? JSON.stringify(here) : '';
}

/**
 * The people on each card of the open shared plan (who has it selected or is dragging it): one
 * subscription for the board, not one per card (300 cards were 600 store subscriptions for
 * marks that are almost never there). A card keeps its list object while its people are the
 * same, so only cards whose marks changed re-render; the map is empty for a plan not shared.
 */
export function usePresenceByCard(): ReadonlyMap<string, readonly CardPresence[]> {
  const shared = useSharedPlan();
  const key = useSyncExternalStore(shared?.subscribe ?? noSubscription, () => (shared ? presenceKey(shared.getState().peers) : ''));
  const previous = useRef(NOBODY);
  return useMemo(() => {
    if (!key) return (previous.current = NOBODY);
    const byCard = new Map<string, CardPresence[]>();
    for (const [name, color, selected, dragging] of JSON.parse(key) as [string, string, string | null, string | null][]) {
      for (const card of new Set([selected, dragging])) {
        if (card === null) continue;
        const people = byCard.get(card) ?? [];
        people.push({ name, color, dragging: dragging === card });
        byCard.set(card, people);
      }
    }
    const same = (a: readonly CardPresence[], b: readonly CardPresence[]) =>
      a.length === b.length && a.every((person, index) => JSON.stringify(person) === JSON.stringify(b[index]));
    const result = new Map<string, readonly CardPresence[]>();
    for (const [card, people] of byCard) {
      const before = previous.current.get(card);
      result.set(card, before && same(before, people) ? before : people);
    }
    return (previous.current = result);
  }, [key]);
}

/**
 * Small coloured marks on a card's edge for the other people who have it selected or are
 * dragging it (a shared plan). Outside the card's content, so they never cover it; the names
 * are in the title and read as text by screen readers. Rendered only on a card someone is on.
 */
export function PresenceMarks({ people }: { readonly people: readonly CardPresence[] }) {
  const said = people.map((person) => `${person.name} ${person.dragging ? 'is moving' : 'has selected'} this card`).join('; ');
  return (
    <span className="presence-marks" data-presence="" title={said}>
      {people.map((person, index) => (
        <span
          key={`${person.name}-${String(index)}`}
          className="presence-mark"
          data-dragging={person.dragging || undefined}
          style={{ backgroundColor: person.color }}
          aria-hidden="true"
        >
          {person.name.slice(0, 1).toUpperCase()}
        </span>
      ))}
      <span className="visually-hidden">{said}</span>
    </span>
  );
}

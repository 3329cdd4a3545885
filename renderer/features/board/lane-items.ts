import { LANES, type Lane, type Responsibility, type ResponsibilityId } from '../../../shared/model/index.js';

/** Card ids per lane, in lane order: the view dnd-kit works on during a drag. */
export type LaneItems = Record<Lane, ResponsibilityId[]>;

/** Groups responsibilities by lane, keeping order. Pure. */
export function toLaneItems(responsibilities: readonly Responsibility[]): LaneItems {
  const result = Object.fromEntries(LANES.map((lane) => [lane, [] as ResponsibilityId[]])) as LaneItems;
  for (const item of responsibilities) result[item.owner].push(item.id);
  return result;
}

/** The lane holding `id` (a card id or a lane id); undefined when neither. */
export function findLane(items: LaneItems, id: string): Lane | undefined {
  if ((LANES as readonly string[]).includes(id)) return id as Lane;
  return LANES.find((lane) => items[lane].includes(id as ResponsibilityId));
}

/** The card objects of each lane, in lane order. */
export type LaneCards = Record<Lane, readonly Responsibility[]>;

/**
 * The cards of each lane of `items`, looked up in `byId` (unknown ids skipped). A lane whose
 * cards are the very objects of `previous` keeps its array from there, so a drop re-renders
 * only the lanes it changed (lane views are memoized on it). Pure.
 */
export function toLaneCards(
  items: LaneItems,
  byId: ReadonlyMap<ResponsibilityId, Responsibility>,
  previous: LaneCards | null,
): LaneCards {
  const result = {} as Record<Lane, readonly Responsibility[]>;
  for (const lane of LANES) {
    const cards: Responsibility[] = [];
    for (const id of items[lane]) {
      const item = byId.get(id);
      if (item) cards.push(item);
    }
    const before = previous?.[lane];
    result[lane] =
      before && before.length === cards.length && cards.every((item, index) => item === before[index]) ? before : cards;
  }
  return result;
}

/** `items` with the item at `from` moved to `to` (the others keep their order). Pure. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = items.slice();
  result.splice(to, 0, ...result.splice(from, 1));
  return result;
}

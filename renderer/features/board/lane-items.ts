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

import { LANES, type Responsibility, type ResponsibilityId } from '../../../shared/model/index.js';
import { needsAttention, type CardGuidanceMap } from '../../state/card-guidance.js';
import type { LaneItems } from './lane-items.js';

/** Words of the search, lower case; a card matches when its title or note holds all of them. */
function matcher(query: string): ((item: Responsibility) => boolean) | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return (item) => {
    const text = `${item.title} ${item.note ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  };
}

/** The cards the search and the findings filter leave shown, per lane; `stored` itself when nothing filters. */
export function visibleItems(
  stored: LaneItems,
  byId: ReadonlyMap<ResponsibilityId, Responsibility>,
  query: string,
  findingsOnly: boolean,
  guidance: CardGuidanceMap,
): LaneItems {
  const matches = matcher(query);
  if (!matches && !findingsOnly) return stored;
  const keep = (id: ResponsibilityId) => {
    const item = byId.get(id);
    if (!item) return false;
    if (matches && !matches(item)) return false;
    return !findingsOnly || needsAttention(guidance.get(id));
  };
  return Object.fromEntries(LANES.map((lane) => [lane, stored[lane].filter(keep)])) as LaneItems;
}

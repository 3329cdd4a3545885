import type { Responsibility, Scenario } from '../model/index.js';

/** What {@link mergeScenarios} did, for the status line. */
export interface MergeResult {
  readonly scenario: Scenario;
  /** True when both sides changed the same card or field and ours was kept. */
  readonly overlapped: boolean;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function byId(items: readonly Responsibility[]): Map<string, Responsibility> {
  return new Map(items.map((item) => [item.id as string, item]));
}

/**
 * Three-way merge of a scenario: `base` is the version both sides started from, `ours` the
 * local changes on top of it, `theirs` the version another window saved meanwhile. Cards are
 * merged one by one (by id): a card only one side changed takes that side's version, one both
 * changed keeps ours, ours added or removed stay added or removed, theirs likewise; cards keep
 * their order (theirs, with our additions where ours had them). Name, context, waivers and
 * stances are merged as whole fields the same way. So two edits of different cards or fields
 * both survive, and nothing is overwritten silently: an overlap is reported. Pure.
 */
export function mergeScenarios(base: Scenario, ours: Scenario, theirs: Scenario): MergeResult {
  let overlapped = false;
  const pick = <K extends 'name' | 'context' | 'waivers' | 'stances'>(key: K): Scenario[K] => {
    const oursChanged = !same(base[key], ours[key]);
    const theirsChanged = !same(base[key], theirs[key]);
    if (oursChanged && theirsChanged && !same(ours[key], theirs[key])) overlapped = true;
    return oursChanged ? ours[key] : theirs[key];
  };
  const baseCards = byId(base.responsibilities);
  const ourCards = byId(ours.responsibilities);
  const theirCards = byId(theirs.responsibilities);
  const merged: Responsibility[] = [];
  for (const their of theirCards.values()) {
    const id = their.id as string;
    const before = baseCards.get(id);
    const mine = ourCards.get(id);
    if (!before) {
      // Added by them (or by both, with the same id: keep ours).
      merged.push(mine ?? their);
      continue;
    }
    if (!mine) {
      // Removed by us: stays removed, unless they changed it meanwhile (then theirs survives).
      if (!same(before, their)) {
        overlapped = true;
        merged.push(their);
      }
      continue;
    }
    const oursChanged = !same(before, mine);
    if (oursChanged && !same(before, their) && !same(mine, their)) overlapped = true;
    merged.push(oursChanged ? mine : their);
  }
  // Our additions, placed after the card that precedes them in ours.
  ours.responsibilities.forEach((item, index) => {
    const id = item.id as string;
    if (baseCards.has(id) || theirCards.has(id)) return;
    const previous = ours.responsibilities[index - 1];
    const at = previous ? merged.findIndex((card) => card.id === previous.id) : -1;
    merged.splice(at + 1, 0, item);
  });
  // Removed by them and changed by us: ours survives (a change is not lost to a deletion).
  for (const [id, before] of baseCards) {
    if (theirCards.has(id)) continue;
    const mine = ourCards.get(id);
    if (mine && !same(before, mine)) {
      overlapped = true;
      merged.push(mine);
    }
  }
  return {
    overlapped,
    scenario: {
      ...theirs,
      name: pick('name'),
      context: pick('context'),
      waivers: pick('waivers'),
      stances: pick('stances'),
      responsibilities: merged,
    },
  };
}

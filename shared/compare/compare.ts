import {
  checkScenario,
  type CheckResult,
  type Finding,
} from '../guidance/index.js';
import { encodeResponsibility } from '../format/codec.js';
import { LANES, type Lane, type Responsibility, type Scenario } from '../model/index.js';
import { cardStatuses, countStatuses } from '../status/index.js';
import {
  type Change,
  type ChangeKind,
  type CompareOptions,
  type ComparedScenario,
  type Comparison,
  type ComparisonCell,
  type ComparisonRow,
  type FindingChange,
  type GuidanceDelta,
  type GuidanceStats,
  type PairDiff,
} from './comparison.js';
import { pairItems, type Candidate } from './match.js';
import { CONFLICT_RULES, PLAN_RULES } from './rules.js';
import { summarize } from './summary.js';

/** The most scenarios one comparison takes. */
export const MAX_COMPARED = 4;

interface MutableRow {
  readonly title: string;
  readonly lane: Lane;
  readonly first: number;
  readonly position: number;
  readonly cells: (ComparisonCell | null)[];
  readonly ids: string[];
  /** Title in the latest scenario that has the row; what later scenarios are matched against. */
  latestTitle: string;
}

/**
 * Compares 1 to 4 scenarios, the first being the baseline: pairs their responsibilities
 * (same id; else same words; else similar words, marked fuzzy with the similarity), lists
 * each row's changes against the baseline (moved, sole ↔ shared, lead, note, renamed,
 * added, removed), the guidance of each scenario (score, matrix figures) and the findings
 * that appear or disappear, and a plain-language summary per pair. Pure and deterministic;
 * throws a RangeError for zero or more than {@link MAX_COMPARED} scenarios.
 */
export function compareScenarios(scenarios: readonly Scenario[], options: CompareOptions = {}): Comparison {
  if (scenarios.length === 0 || scenarios.length > MAX_COMPARED) {
    throw new RangeError(`Compare takes 1 to ${MAX_COMPARED} scenarios, not ${scenarios.length}.`);
  }
  const count = scenarios.length;
  const rows: MutableRow[] = [];
  const rowIndexes: Map<string, number>[] = [];

  scenarios.forEach((scenario, index) => {
    const items = scenario.responsibilities;
    const lanePosition = positionsInLanes(items);
    const candidates: Candidate[] = rows.map((row, at) => ({ row: at, ids: row.ids, title: row.latestTitle }));
    const pairings = index === 0 ? [] : pairItems(items, candidates);
    const rowOfItem = new Int32Array(items.length).fill(-1);
    for (const pairing of pairings) {
      rowOfItem[pairing.item] = pairing.row;
      const row = rows[pairing.row];
      const item = items[pairing.item];
      if (!row || !item) continue;
      row.cells[index] = { item, match: pairing.kind, similarity: pairing.similarity };
      row.ids.push(item.id);
      row.latestTitle = item.title;
    }
    const map = new Map<string, number>();
    items.forEach((item, at) => {
      let row = rowOfItem[at] ?? -1;
      if (row < 0) {
        row = rows.length;
        const cells: (ComparisonCell | null)[] = new Array<ComparisonCell | null>(count).fill(null);
        cells[index] = { item, match: 'base', similarity: 1 };
        rows.push({
          title: item.title,
          lane: item.owner,
          first: index,
          position: lanePosition[at] ?? at,
          cells,
          ids: [item.id],
          latestTitle: item.title,
        });
      }
      if (!map.has(item.id)) map.set(item.id, row);
    });
    rowIndexes.push(map);
  });

  // Display order: lane, then rows of earlier scenarios first, then position in that lane.
  const laneOrder = new Map<Lane, number>(LANES.map((lane, at) => [lane, at]));
  const order = rows.map((_, at) => at);
  order.sort((a, b) => {
    const ra = rows[a] as MutableRow;
    const rb = rows[b] as MutableRow;
    return (
      (laneOrder.get(ra.lane) ?? 0) - (laneOrder.get(rb.lane) ?? 0) ||
      ra.first - rb.first ||
      ra.position - rb.position ||
      a - b
    );
  });
  const renumber = new Int32Array(rows.length);
  order.forEach((old, at) => {
    renumber[old] = at;
  });
  const finalRows: ComparisonRow[] = order.map((old, at) => {
    const row = rows[old] as MutableRow;
    const base = row.cells[0] ?? null;
    const changes = row.cells.map((cell, index) => (index === 0 ? [] : changesBetween(base, cell)));
    return {
      key: `r${at}`,
      title: row.title,
      lane: row.lane,
      cells: row.cells,
      changes,
      changed: changes.some((list) => list.length > 0),
      fuzzy: row.cells.some((cell) => cell?.match === 'fuzzy'),
    };
  });
  const rowIndex = rowIndexes.map((map) => {
    const next = new Map<string, number>();
    for (const [id, old] of map) next.set(id, renumber[old] ?? old);
    return next;
  });

  const compared: ComparedScenario[] = scenarios.map((scenario, index) => {
    const check = options.checks?.[index] ?? checkScenario(scenario);
    return { scenario, check, stats: statsOf(scenario, check) };
  });

  const pairs: PairDiff[] = [];
  for (let index = 1; index < count; index += 1) {
    const counts = countChanges(finalRows, index);
    const reorderedLanes = reordered(finalRows, rowIndex, scenarios, index);
    const guidance = guidanceDelta(compared, finalRows, rowIndex, index);
    const pair = { index, counts, reorderedLanes, guidance };
    pairs.push({ ...pair, summary: summarize(compared, finalRows, pair) });
  }
  return { scenarios: compared, rows: finalRows, pairs, rowIndex };
}

function positionsInLanes(items: readonly Responsibility[]): number[] {
  const next: Record<Lane, number> = { CIO: 0, Shared: 0, CTO: 0, Unassigned: 0 };
  return items.map((item) => {
    const at = next[item.owner];
    next[item.owner] = at + 1;
    return at;
  });
}

function isRoleLane(lane: Lane): boolean {
  return lane === 'CIO' || lane === 'CTO';
}

/** The changes of one row from the baseline's item to another scenario's. Pure. */
function changesBetween(base: ComparisonCell | null, cell: ComparisonCell | null): Change[] {
  if (!base && !cell) return [];
  if (!base) return [{ kind: 'added' }];
  if (!cell) return [{ kind: 'removed' }];
  // Compared in the codec's plain form, so "no lead" and "no note" mean what every file means.
  const a = encodeResponsibility(base.item);
  const b = encodeResponsibility(cell.item);
  const changes: Change[] = [];
  if (a.owner !== b.owner) {
    const kind =
      isRoleLane(a.owner) && b.owner === 'Shared'
        ? 'became-shared'
        : a.owner === 'Shared' && isRoleLane(b.owner)
          ? 'became-sole'
          : 'moved';
    changes.push({ kind, from: a.owner, to: b.owner, ...(b.owner === 'Shared' ? { lead: b.lead } : {}) });
  } else if (a.owner === 'Shared' && a.lead !== b.lead) {
    changes.push({ kind: 'lead-changed', from: a.lead, to: b.lead });
  }
  if (a.title !== b.title) changes.push({ kind: 'renamed', from: a.title, to: b.title });
  if ((a.note ?? '') !== (b.note ?? '')) changes.push({ kind: 'note-changed', from: a.note, to: b.note });
  return changes;
}

function countChanges(rows: readonly ComparisonRow[], index: number): Record<ChangeKind | 'unchanged', number> {
  const counts: Record<ChangeKind | 'unchanged', number> = {
    added: 0,
    removed: 0,
    moved: 0,
    'became-shared': 0,
    'became-sole': 0,
    'lead-changed': 0,
    renamed: 0,
    'note-changed': 0,
    unchanged: 0,
  };
  for (const row of rows) {
    const changes = row.changes[index] ?? [];
    if (changes.length === 0) {
      if (row.cells[0] && row.cells[index]) counts.unchanged += 1;
      continue;
    }
    for (const change of changes) counts[change.kind] += 1;
  }
  return counts;
}

/** Lanes where the rows both scenarios keep in that lane appear in another order. */
function reordered(
  rows: readonly ComparisonRow[],
  rowIndex: readonly ReadonlyMap<string, number>[],
  scenarios: readonly Scenario[],
  index: number,
): Lane[] {
  const sequence = (at: number, lane: Lane): number[] => {
    const result: number[] = [];
    const map = rowIndex[at];
    for (const item of scenarios[at]?.responsibilities ?? []) {
      if (item.owner !== lane) continue;
      const row = map?.get(item.id);
      if (row === undefined) continue;
      const other = rows[row]?.cells[at === 0 ? index : 0];
      if (other && other.item.owner === lane) result.push(row);
    }
    return result;
  };
  return LANES.filter((lane) => {
    const a = sequence(0, lane);
    const b = sequence(index, lane);
    return a.length !== b.length || a.some((row, at) => row !== b[at]);
  });
}

function statsOf(scenario: Scenario, check: CheckResult): GuidanceStats {
  // Counted from the badges, so the matrix never disagrees with the cards on the board.
  const cards = countStatuses(cardStatuses(scenario.responsibilities, check).values());
  let conflicts = 0;
  let gaps = 0;
  let waivers = 0;
  for (const finding of check.findings) {
    if (finding.waived) {
      waivers += 1;
      continue;
    }
    if (CONFLICT_RULES.has(finding.ruleId)) conflicts += 1;
    else if (finding.ruleId === 'coverage-gap') gaps += 1;
  }
  return { score: check.score, cards, aligned: cards.aligned, conflicts, contested: cards.contested, gaps, waivers };
}


/**
 * A key under which the same problem has the same name in both scenarios even when their
 * responsibilities have other ids: card findings name their rows instead of their ids.
 */
function findingKey(finding: Finding, rowIndex: ReadonlyMap<string, number> | undefined): string {
  if (PLAN_RULES.has(finding.ruleId)) return finding.id;
  const rows = finding.responsibilityIds.map((id) => {
    const row = rowIndex?.get(id);
    return row === undefined ? `#${id}` : `r${row}`;
  });
  return `${finding.ruleId}:${finding.topic?.id ?? '-'}:${rows.join('+')}`;
}

function guidanceDelta(
  compared: readonly ComparedScenario[],
  rows: readonly ComparisonRow[],
  rowIndex: readonly ReadonlyMap<string, number>[],
  index: number,
): GuidanceDelta {
  const base = compared[0] as ComparedScenario;
  const other = compared[index] as ComparedScenario;
  const keyed = (at: number, check: CheckResult) => {
    const open = new Map<string, Finding>();
    const waived = new Set<string>();
    for (const finding of check.findings) {
      const key = findingKey(finding, rowIndex[at]);
      if (finding.waived) waived.add(key);
      else if (!open.has(key)) open.set(key, finding);
    }
    return { open, waived };
  };
  const before = keyed(0, base.check);
  const after = keyed(index, other.check);
  const titlesOf = (finding: Finding, at: number): string[] => {
    const map = rowIndex[at];
    const titles: string[] = [];
    for (const id of finding.responsibilityIds) {
      const row = map?.get(id);
      const title = row === undefined ? undefined : rows[row]?.cells[at]?.item.title;
      if (title !== undefined) titles.push(title);
    }
    return titles;
  };
  const appeared: FindingChange[] = [];
  for (const [key, finding] of after.open) {
    if (!before.open.has(key)) appeared.push({ finding, titles: titlesOf(finding, index), resolution: 'gone' });
  }
  const disappeared: FindingChange[] = [];
  for (const [key, finding] of before.open) {
    if (!after.open.has(key)) {
      disappeared.push({ finding, titles: titlesOf(finding, 0), resolution: after.waived.has(key) ? 'waived' : 'gone' });
    }
  }
  return { scoreChange: (other.stats.score ?? 0) - (base.stats.score ?? 0), appeared, disappeared };
}

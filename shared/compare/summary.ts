import type { Lane, Role } from '../model/index.js';
import type { ChangeKind, ComparedScenario, ComparisonRow, FindingChange, GuidanceDelta } from './comparison.js';
import { CONFLICT_RULES } from './rules.js';

/** What {@link summarize} reads of one pair. */
export interface PairFacts {
  readonly index: number;
  readonly counts: Readonly<Record<ChangeKind | 'unchanged', number>>;
  readonly reorderedLanes: readonly Lane[];
  readonly guidance: GuidanceDelta;
}

/** How many names a sentence lists before it says "and N more". */
const LISTED = 3;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function quote(text: string): string {
  return `“${text}”`;
}

/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, LISTED);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

const DESTINATION: Readonly<Record<Lane, { one: string; many: string }>> = {
  CIO: { one: 'moves to the CIO', many: 'move to the CIO' },
  CTO: { one: 'moves to the CTO', many: 'move to the CTO' },
  Shared: { one: 'becomes shared', many: 'become shared' },
  Unassigned: { one: 'goes back to Unassigned', many: 'go back to Unassigned' },
};

/**
 * The plain-language summary of one pair (baseline → other), computed from the diff and the
 * guidance delta: moves by destination, lead changes, additions, removals, renames, notes,
 * fuzzy pairings, order, conflicts, contested topics, gaps, waivers and the score. Pure and
 * deterministic: the same comparison always reads the same.
 */
export function summarize(
  scenarios: readonly ComparedScenario[],
  rows: readonly ComparisonRow[],
  pair: PairFacts,
): string[] {
  const { index } = pair;
  const sentences: string[] = [];
  const moved: Record<Lane, string[]> = { CIO: [], CTO: [], Shared: [], Unassigned: [] };
  const leads = new Map<Role | 'none', string[]>();
  const added: string[] = [];
  const removed: string[] = [];
  const renamed: string[] = [];
  const notes: string[] = [];
  const fuzzy: string[] = [];
  for (const row of rows) {
    const changes = row.changes[index] ?? [];
    const cell = row.cells[index];
    const title = quote(cell?.item.title ?? row.title);
    if (cell?.match === 'fuzzy') fuzzy.push(`${title} (${Math.round(cell.similarity * 100)}%)`);
    for (const change of changes) {
      switch (change.kind) {
        case 'moved':
        case 'became-shared':
        case 'became-sole':
          moved[change.to].push(title);
          break;
        case 'lead-changed': {
          const key = change.to ?? 'none';
          leads.set(key, [...(leads.get(key) ?? []), title]);
          break;
        }
        case 'added':
          added.push(title);
          break;
        case 'removed':
          removed.push(quote(row.cells[0]?.item.title ?? row.title));
          break;
        case 'renamed':
          renamed.push(`${quote(change.from)} → ${quote(change.to)}`);
          break;
        case 'note-changed':
          notes.push(title);
          break;
      }
    }
  }
  for (const lane of ['CIO', 'CTO', 'Shared', 'Unassigned'] as const) {
    const names = moved[lane];
    if (names.length === 0) continue;
    const verb = names.length === 1 ? DESTINATION[lane].one : DESTINATION[lane].many;
    sentences.push(`${plural(names.length, 'responsibility', 'responsibilities')} ${verb}: ${listNames(names)}.`);
  }
  for (const role of ['CIO', 'CTO', 'none'] as const) {
    const names = leads.get(role);
    if (!names) continue;
    sentences.push(
      role === 'none'
        ? `${plural(names.length, 'shared responsibility loses its lead', 'shared responsibilities lose their lead')}: ${listNames(names)}.`
        : `The ${role} takes the lead on ${plural(names.length, 'shared responsibility', 'shared responsibilities')}: ${listNames(names)}.`,
    );
  }
  if (added.length > 0) sentences.push(`${plural(added.length, 'responsibility is', 'responsibilities are')} added: ${listNames(added)}.`);
  if (removed.length > 0) sentences.push(`${plural(removed.length, 'responsibility is', 'responsibilities are')} removed: ${listNames(removed)}.`);
  if (renamed.length > 0) sentences.push(`${plural(renamed.length, 'responsibility is', 'responsibilities are')} renamed: ${listNames(renamed)}.`);
  if (notes.length > 0) sentences.push(`Notes change on ${plural(notes.length, 'responsibility', 'responsibilities')}: ${listNames(notes)}.`);
  if (fuzzy.length > 0) {
    sentences.push(`${plural(fuzzy.length, 'pairing rests', 'pairings rest')} on similar titles only; check ${fuzzy.length === 1 ? 'it' : 'them'}: ${listNames(fuzzy)}.`);
  }
  if (sentences.length === 0) {
    const base = scenarios[0]?.scenario.name ?? 'the baseline';
    sentences.push(`Same responsibilities, owners, leads and notes as ${quote(base)}.`);
  }
  if (pair.reorderedLanes.length > 0) {
    sentences.push(`Cards are in another order in ${listNames(pair.reorderedLanes.map((lane) => `the ${lane} lane`))}.`);
  }
  sentences.push(...guidanceSentences(pair.guidance, scenarios, index));
  return sentences;
}

function topicOrTitles(change: FindingChange): string {
  return change.finding.topic?.label ?? listNames(change.titles.map(quote));
}

function titleWithTopic(change: FindingChange): string {
  const titles = listNames(change.titles.map(quote));
  const topic = change.finding.topic?.label;
  return titles && topic ? `${titles} (${topic})` : titles || topic || change.finding.ruleId;
}

function guidanceSentences(delta: GuidanceDelta, scenarios: readonly ComparedScenario[], index: number): string[] {
  const sentences: string[] = [];
  const resolvedConflicts = delta.disappeared.filter((c) => CONFLICT_RULES.has(c.finding.ruleId) && c.resolution === 'gone');
  const newConflicts = delta.appeared.filter((c) => CONFLICT_RULES.has(c.finding.ruleId));
  const conflictParts: string[] = [];
  if (resolvedConflicts.length > 0) conflictParts.push(`${plural(resolvedConflicts.length, 'conflict', 'conflicts')} resolved`);
  if (newConflicts.length > 0) {
    conflictParts.push(
      `${plural(newConflicts.length, 'new conflict', 'new conflicts')}: ${listNames(newConflicts.map((c) => listNames(c.titles.map(quote)) || topicOrTitles(c)))}`,
    );
  }
  if (conflictParts.length > 0) sentences.push(`${capitalize(conflictParts.join('; '))}.`);

  const closedGaps = delta.disappeared.filter((c) => c.finding.ruleId === 'coverage-gap' && c.resolution === 'gone');
  const newGaps = delta.appeared.filter((c) => c.finding.ruleId === 'coverage-gap');
  if (newGaps.length > 0) sentences.push(`${plural(newGaps.length, 'new gap', 'new gaps')}: ${listNames(newGaps.map(topicOrTitles))}.`);
  if (closedGaps.length > 0) sentences.push(`${plural(closedGaps.length, 'gap', 'gaps')} closed: ${listNames(closedGaps.map(topicOrTitles))}.`);

  const settled = delta.disappeared.filter((c) => c.finding.ruleId === 'contested' && c.resolution === 'gone');
  const opened = delta.appeared.filter((c) => c.finding.ruleId === 'contested');
  if (settled.length > 0) sentences.push(`${plural(settled.length, 'contested placement is', 'contested placements are')} settled: ${listNames(settled.map(titleWithTopic))}.`);
  if (opened.length > 0) sentences.push(`${plural(opened.length, 'placement is', 'placements are')} newly contested and need a stance: ${listNames(opened.map(titleWithTopic))}.`);

  const waived = delta.disappeared.filter((c) => c.resolution === 'waived');
  if (waived.length > 0) sentences.push(`${plural(waived.length, 'finding is', 'findings are')} waived rather than fixed.`);

  const before = scenarios[0]?.stats.score ?? null;
  const after = scenarios[index]?.stats.score ?? null;
  // An empty plan has no score; say so rather than compare a number with nothing.
  if (before === null || after === null) {
    sentences.push('No guidance score to compare: an empty plan has none yet.');
    return sentences;
  }
  const change = after - before;
  sentences.push(
    change === 0
      ? `Guidance score unchanged at ${after}.`
      : `Guidance score ${before} → ${after} (${change > 0 ? '+' : '−'}${Math.abs(change)}).`,
  );
  return sentences;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

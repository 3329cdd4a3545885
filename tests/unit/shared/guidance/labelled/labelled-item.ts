/**
 * The labelled set that measures how the guidance generalises: phrasings written the way
 * executives type them (jargon, typos, inflections, very short and very long titles), each with
 * the owner the sources point to. Two files hold it: `tuning.ts` (what the guidance may be
 * tuned on) and `frozen.ts` (a third drawn at random per category before any change, never
 * tuned on). This module scores a suggester against either.
 */
import type { Role } from '../../../../../shared/model/index.js';
import type { Suggestion } from '../../../../../shared/guidance/index.js';

/** The named categories of the set. */
export type LabelledCategory =
  | 'plain'
  | 'jargon'
  | 'typos'
  | 'inflection'
  | 'short'
  | 'long'
  | 'shared'
  | 'contested';

/** One labelled phrasing. */
export interface LabelledItem {
  readonly category: LabelledCategory;
  readonly owner: Role | 'Shared' | 'Contested';
  /** The lead the wording points to, for Shared items. */
  readonly lead?: Role;
  readonly text: string;
}

/** One item's outcome. */
export interface ItemResult {
  readonly item: LabelledItem;
  readonly suggestion: Suggestion;
  /** CIO/CTO items: the same owner. Shared and Contested items: flagged as such. */
  readonly right: boolean;
  /** Shared items flagged Shared whose lead also matches. */
  readonly leadRight: boolean;
}

/** Counts for one group of items. */
export interface Tally {
  readonly total: number;
  readonly right: number;
}

/** Confidence bands the report groups by: [from, to). */
export const CONFIDENCE_BANDS: readonly (readonly [number, number])[] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.85],
  [0.85, 1.01],
];

/** The score of a suggester on a list of items. */
export interface LabelledReport {
  readonly results: readonly ItemResult[];
  /** CIO/CTO items only (the 95 % goal). */
  readonly roles: Tally;
  readonly byCategory: Readonly<Record<string, Tally & { readonly roles: Tally }>>;
  /** Per confidence band: items, right ones and mean confidence. */
  readonly byBand: readonly (Tally & { readonly band: readonly [number, number]; readonly meanConfidence: number })[];
  readonly sharedLeads: Tally;
}

function tally(results: readonly ItemResult[]): Tally {
  return { total: results.length, right: results.filter((result) => result.right).length };
}

/** Scores `suggest` on `items`. Pure apart from the suggester's memo. */
export function scoreLabelled(
  items: readonly LabelledItem[],
  suggest: (text: string) => Suggestion,
): LabelledReport {
  const results = items.map((item): ItemResult => {
    const suggestion = suggest(item.text);
    const right = suggestion.owner === item.owner;
    const leadRight = right && item.owner === 'Shared' && suggestion.lead === item.lead;
    return { item, suggestion, right, leadRight };
  });
  const isRole = (result: ItemResult): boolean => result.item.owner === 'CIO' || result.item.owner === 'CTO';
  const byCategory: Record<string, Tally & { roles: Tally }> = {};
  for (const category of new Set(items.map((item) => item.category))) {
    const group = results.filter((result) => result.item.category === category);
    byCategory[category] = { ...tally(group), roles: tally(group.filter(isRole)) };
  }
  const byBand = CONFIDENCE_BANDS.map((band) => {
    const group = results.filter(
      (result) => result.suggestion.confidence >= band[0] && result.suggestion.confidence < band[1],
    );
    const meanConfidence =
      group.length === 0 ? 0 : group.reduce((sum, result) => sum + result.suggestion.confidence, 0) / group.length;
    return { band, meanConfidence, ...tally(group) };
  });
  const shared = results.filter((result) => result.item.owner === 'Shared');
  return {
    results,
    roles: tally(results.filter(isRole)),
    byCategory,
    byBand,
    sharedLeads: { total: shared.length, right: shared.filter((result) => result.leadRight).length },
  };
}

function percent(value: Tally): string {
  return value.total === 0 ? '  -  ' : `${((100 * value.right) / value.total).toFixed(1)}% (${value.right}/${value.total})`;
}

/** The report as Markdown tables (for the closing note and the bench). Pure. */
export function formatReport(name: string, report: LabelledReport): string {
  const lines = [
    `### ${name}`,
    '',
    `CIO/CTO items: ${percent(report.roles)}; Shared leads: ${percent(report.sharedLeads)}`,
    '',
    '| category | all items | CIO/CTO items |',
    '|---|---|---|',
    ...Object.entries(report.byCategory).map(
      ([category, value]) => `| ${category} | ${percent(value)} | ${percent(value.roles)} |`,
    ),
    '',
    '| confidence band | items | right | mean confidence |',
    '|---|---|---|---|',
    ...report.byBand.map(
      (value) =>
        `| ${value.band[0].toFixed(2)}–${Math.min(1, value.band[1]).toFixed(2)} | ${value.total} | ${percent(value)} | ${value.meanConfidence.toFixed(2)} |`,
    ),
  ];
  return lines.join('\n');
}

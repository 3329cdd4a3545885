import { describe, expect, it } from 'vitest';
import { suggestOwner } from '../../../../shared/guidance/index.js';
import { FROZEN_ITEMS } from './labelled/frozen.js';
import { FROZEN_2_ITEMS } from './labelled/frozen-2.js';
import { FROZEN_3_ITEMS } from './labelled/frozen-3.js';
import { scoreLabelled, type LabelledReport } from './labelled/labelled-item.js';
import { TUNING_ITEMS } from './labelled/tuning.js';
import { TUNING_2_ITEMS } from './labelled/tuning-2.js';

const tuning = scoreLabelled([...TUNING_ITEMS, ...TUNING_2_ITEMS], suggestOwner);

function flagged(report: LabelledReport): number {
  const items = report.results.filter((result) => result.item.owner === 'Shared' || result.item.owner === 'Contested');
  return items.filter((result) => result.right).length / items.length;
}

describe('the labelled sets (tuning parts: the first set and the fresh second set)', () => {
  it('hold at least 300 items in each set pair, in eight categories, a third of each frozen', () => {
    const first = [...TUNING_ITEMS, ...FROZEN_ITEMS];
    const second = [...TUNING_2_ITEMS, ...FROZEN_2_ITEMS];
    expect(first.length + second.length).toBeGreaterThanOrEqual(450);
    expect(second.length).toBeGreaterThanOrEqual(150);
    for (const set of [first, second]) expect(new Set(set.map((item) => item.category)).size).toBe(8);
    expect(FROZEN_ITEMS.length).toBeGreaterThanOrEqual(Math.floor(first.length / 3) - 8);
    expect(FROZEN_2_ITEMS.length).toBeGreaterThanOrEqual(Math.floor(second.length / 3) - 3);
  });

  it.each(Object.entries(tuning.byCategory).filter(([, value]) => value.roles.total > 0))(
    'places at least 95 %% of CIO/CTO items right in %s',
    (_, value) => {
      expect(value.roles.right / value.roles.total).toBeGreaterThanOrEqual(0.95);
    },
  );

  it('flags at least 93 % of shared and contested items as such', () => {
    expect(flagged(tuning)).toBeGreaterThanOrEqual(0.93);
  });

  it('is calibrated: each confidence band is right at least as often as it claims, give or take 5 points', () => {
    for (const band of tuning.byBand) {
      if (band.total < 10) continue;
      expect(band.right / band.total, `band ${band.band.join('–')}`).toBeGreaterThanOrEqual(band.meanConfidence - 0.05);
    }
  });
});

/**
 * The frozen parts hold the figures measured on them (see the README): a change that loses
 * ground there fails here. The first frozen part's and frozen-2's misses have been looked at (the
 * third pass tuned on frozen-2), so they no longer measure generalisation cleanly; frozen-3 was
 * written before the third pass changed any code and measured once, at its end.
 */
describe('the labelled sets (frozen parts hold their measured bar)', () => {
  it.each([
    ['frozen (first set)', FROZEN_ITEMS, { roles: 91 / 92, flagged: 20 / 20 }],
    ['frozen-2 (looked at)', FROZEN_2_ITEMS, { roles: 41 / 43, flagged: 13 / 13 }],
    // Below the 95 % goal: the honest figure, measured once (see the README).
    ['frozen-3', FROZEN_3_ITEMS, { roles: 57 / 70, flagged: 16 / 20 }],
  ] as const)('%s', (_, items, bar) => {
    const report = scoreLabelled(items, suggestOwner);
    expect(report.roles.right / report.roles.total).toBeGreaterThanOrEqual(bar.roles);
    expect(flagged(report)).toBeGreaterThanOrEqual(bar.flagged);
  });
});

import { describe, expect, it } from 'vitest';
import { suggestOwner } from '../../../../shared/guidance/index.js';
import { scoreLabelled } from './labelled/labelled-item.js';
import { TUNING_ITEMS } from './labelled/tuning.js';

const report = scoreLabelled(TUNING_ITEMS, suggestOwner);

describe('the labelled set (tuning part)', () => {
  it('holds at least 300 items across both parts in eight categories', async () => {
    const { FROZEN_ITEMS } = await import('./labelled/frozen.js');
    const all = [...TUNING_ITEMS, ...FROZEN_ITEMS];
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((item) => item.category)).size).toBe(8);
    expect(FROZEN_ITEMS.length).toBeGreaterThanOrEqual(Math.floor(all.length / 3) - 8);
  });

  it.each(Object.entries(report.byCategory).filter(([, value]) => value.roles.total > 0))(
    'places at least 95 %% of CIO/CTO items right in %s',
    (_, value) => {
      expect(value.roles.right / value.roles.total).toBeGreaterThanOrEqual(0.95);
    },
  );

  it('flags at least 90 % of shared and contested items as such', () => {
    const flagged = report.results.filter((result) => result.item.owner === 'Shared' || result.item.owner === 'Contested');
    expect(flagged.filter((result) => result.right).length / flagged.length).toBeGreaterThanOrEqual(0.9);
  });

  it('is calibrated: each confidence band is right at least as often as it claims, give or take 5 points', () => {
    for (const band of report.byBand) {
      if (band.total < 10) continue;
      expect(band.right / band.total, `band ${band.band.join('–')}`).toBeGreaterThanOrEqual(band.meanConfidence - 0.05);
    }
  });
});

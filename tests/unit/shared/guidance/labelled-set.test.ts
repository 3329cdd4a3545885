import { describe, expect, it } from 'vitest';
import { suggestOwner } from '../../../../shared/guidance/index.js';
import { FROZEN_ITEMS } from './labelled/frozen.js';
import { FROZEN_2_ITEMS } from './labelled/frozen-2.js';
import { FROZEN_3_ITEMS } from './labelled/frozen-3.js';
import { FROZEN_4_ITEMS } from './labelled/frozen-4.js';
import { FROZEN_5_ITEMS } from './labelled/frozen-5.js';
import { FROZEN_6_ITEMS } from './labelled/frozen-6.js';
import { FROZEN_7_ITEMS } from './labelled/frozen-7.js';
import { FROZEN_8_ITEMS } from './labelled/frozen-8.js';
import { FROZEN_9_ITEMS } from './labelled/frozen-9.js';
import { scoreLabelled, type LabelledItem, type LabelledReport } from './labelled/labelled-item.js';
import { TUNING_ITEMS } from './labelled/tuning.js';
import { TUNING_2_ITEMS } from './labelled/tuning-2.js';
import { TUNING_3_ITEMS } from './labelled/tuning-3.js';

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
    // shared7 relabelled 12 of its CIO/CTO items on data security (§13) Shared by wording; the
    // seventh pass gave identity administration its own CIO topic and put one relabel back
    // (Active Directory cleanup, CIO) and relabelled two one-sided security items Shared by the
    // same rule: 79/79, every item right.
    ['frozen (first set)', FROZEN_ITEMS, { roles: 79 / 79, flagged: 20 / 20 }],
    // One item relabelled Shared/CIO by shared7 (§13): the same two misses over 42 (was 41/43).
    ['frozen-2 (looked at)', FROZEN_2_ITEMS, { roles: 40 / 42, flagged: 13 / 13 }],
    // Measured once at the end of the third pass at 57/70 and 16/20; its misses were then read,
    // so later figures are tuned. shared7 relabelled three items Shared/CIO; two of them
    // (identity administration) went back to CIO in the seventh pass: the same two misses over 69.
    ['frozen-3', FROZEN_3_ITEMS, { roles: 67 / 69, flagged: 20 / 20 }],
    // Written before the fifth pass (tuning-3 beside it), measured once at its end: 80.9 % and
    // 18/24 on main before the pass, 90.4 % (123/136) and 18/24 after. The sixth pass read its
    // misses and tuned on it (98.5 %, 134/136; 23/24): a tuned figure, no longer held out.
    ['frozen-4', FROZEN_4_ITEMS, { roles: 134 / 136, flagged: 23 / 24 }],
    // Frozen-5, held out and measured once at the end of the sixth pass (main before it: 90.7 %,
    // 147/162; 22/38 flagged): 93.8 %, 152/162; 22/38. The seventh pass read its misses and tuned
    // on it (161/162; 37/38): a tuned figure, no longer held out.
    ['frozen-5', FROZEN_5_ITEMS, { roles: 162 / 162, flagged: 37 / 38 }],
    // Frozen-6, written blind for the seventh pass and held out: measured on main before it
    // (87.0 %, 141/162; 19/38 flagged) and once at its end (90.7 %, 147/162; 27/38). The eighth
    // pass read its misses and tuned on it by class (160/162; 37/38): a tuned figure now.
    ['frozen-6', FROZEN_6_ITEMS, { roles: 160 / 162, flagged: 37 / 38 }],
    // The tuning parts at the eighth pass's figures (tuning-3: "HRIS vendor selection" relabelled
    // Shared/CIO, as §15 gives vendors to both roles), so no later change loses ground unseen.
    ['tuning and tuning-2', [...TUNING_ITEMS, ...TUNING_2_ITEMS], { roles: 261 / 261, flagged: 82 / 82 }],
    ['tuning-3', TUNING_3_ITEMS, { roles: 92 / 93, flagged: 16 / 17 }],
    // Frozen-7, written blind after the seventh pass, measured on the main it produced (92.6 %,
    // 150/162; 26/38 flagged) and once at the end of the eighth pass (150/162; 27/38); its misses
    // are unread (the eighth pass ran this bar as a pass/fail gate three times). The bar holds
    // the last figure so a later change cannot lose ground there unseen.
    // The tenth pass read frozen-7 and frozen-8 (after frozen-9 was measured on main), trained the
    // side model on them and fixed classes from their misses: 153/162, 30/38 and 159/162, 29/38
    // are tuned figures now; left out of the side model's training and with the rules before
    // the classes, they were 151/162 and 153/162 (cross-validate-suggester.ts).
    ['frozen-7', FROZEN_7_ITEMS, { roles: 153 / 162, flagged: 30 / 38 }],
    // Frozen-8, written blind during the eighth pass (by a helper who never ran the suggester),
    // measured on main before that pass reached it (89.5 %, 145/162; 23/38 flagged) and once at
    // its end (90.1 %, 146/162; 26/38); its misses are unread.
    ['frozen-8', FROZEN_8_ITEMS, { roles: 159 / 162, flagged: 29 / 38 }],
    // Frozen-9, written blind during the tenth pass (new industries), measured on main before
    // that pass (78.4 %, 127/162; 29/38 flagged) and once at its end, with the industry
    // vocabulary (84.0 %, 136/162; 29/38); its misses are unread. The bar holds that figure.
    ['frozen-9', FROZEN_9_ITEMS, { roles: 136 / 162, flagged: 29 / 38 }],
  ] as const)('%s', (_, items, bar) => {
    const report = scoreLabelled(items, suggestOwner);
    expect(report.roles.right / report.roles.total).toBeGreaterThanOrEqual(bar.roles);
    expect(flagged(report)).toBeGreaterThanOrEqual(bar.flagged);
  });
});

/**
 * Structure of every set, tuning-3 and frozen-4 to frozen-9 included (the frozen parts' bars
 * are above).
 */
describe('the labelled sets (structure of every set)', () => {
  const sets: readonly (readonly [string, readonly LabelledItem[]])[] = [
    ['tuning (first set)', TUNING_ITEMS],
    ['frozen (first set)', FROZEN_ITEMS],
    ['tuning-2', TUNING_2_ITEMS],
    ['frozen-2', FROZEN_2_ITEMS],
    ['frozen-3', FROZEN_3_ITEMS],
    ['tuning-3', TUNING_3_ITEMS],
    ['frozen-4', FROZEN_4_ITEMS],
    ['frozen-5', FROZEN_5_ITEMS],
    ['frozen-6', FROZEN_6_ITEMS],
    ['frozen-7', FROZEN_7_ITEMS],
    ['frozen-8', FROZEN_8_ITEMS],
    ['frozen-9', FROZEN_9_ITEMS],
  ];

  it.each(sets)('%s holds all eight categories', (_, items) => {
    expect(new Set(items.map((item) => item.category)).size).toBe(8);
  });

  it.each(sets)('%s gives every Shared item a lead, and only Shared items', (_, items) => {
    for (const item of items) expect(item.lead !== undefined, item.text).toBe(item.owner === 'Shared');
  });

  it('repeats no text across the sets (ignoring case and spacing)', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const [name, items] of sets) {
      for (const item of items) {
        const key = item.text.toLowerCase().replace(/\s+/g, ' ').trim();
        const earlier = seen.get(key);
        if (earlier !== undefined) repeats.push(`${item.text} (${earlier} and ${name})`);
        seen.set(key, name);
      }
    }
    expect(repeats).toEqual([]);
  });

  it('holds about 160 items in frozen-4 and 110 in tuning-3, in the planned proportions', () => {
    expect(FROZEN_4_ITEMS.length).toBeGreaterThanOrEqual(150);
    expect(TUNING_3_ITEMS.length).toBeGreaterThanOrEqual(100);
    for (const items of [FROZEN_4_ITEMS, TUNING_3_ITEMS]) {
      const share = (category: LabelledItem['category']): number =>
        items.filter((item) => item.category === category).length / items.length;
      expect(share('shared') + share('contested')).toBeGreaterThanOrEqual(0.12);
      for (const role of ['CIO', 'CTO'] as const) {
        expect(items.filter((item) => item.owner === role).length / items.length, role).toBeGreaterThanOrEqual(0.4);
      }
    }
  });

  /** The held-out sets of 200 items written to one plan (frozen-5 to frozen-8, then frozen-9). */
  const heldOut: readonly (readonly [string, readonly LabelledItem[]])[] = [
    ['frozen-5', FROZEN_5_ITEMS],
    ['frozen-6', FROZEN_6_ITEMS],
    ['frozen-7', FROZEN_7_ITEMS],
    ['frozen-8', FROZEN_8_ITEMS],
    ['frozen-9', FROZEN_9_ITEMS],
  ];

  it.each(heldOut)('holds 200 items in %s, in the planned categories, with CIO and CTO even in each', (_, set) => {
    const planned: Readonly<Record<LabelledItem['category'], number>> = {
      plain: 28,
      jargon: 30,
      typos: 28,
      inflection: 24,
      short: 28,
      long: 24,
      shared: 22,
      contested: 16,
    };
    expect(set.length).toBe(200);
    for (const [category, count] of Object.entries(planned)) {
      const items = set.filter((item) => item.category === category);
      expect(items.length, category).toBe(count);
      const owners = [...new Set(items.map((item) => item.owner))];
      if (category === 'shared') {
        expect(owners, category).toEqual(['Shared']);
      } else if (category === 'contested') {
        expect(owners, category).toEqual(['Contested']);
      } else {
        const cio = items.filter((item) => item.owner === 'CIO').length;
        const cto = items.filter((item) => item.owner === 'CTO').length;
        expect(cio + cto, category).toBe(count);
        expect(Math.abs(cio - cto), category).toBeLessThanOrEqual(2);
      }
    }
    for (const item of set) {
      const words = item.text.split(/\s+/).length;
      if (item.category === 'short') expect(words, item.text).toBeLessThanOrEqual(2);
      if (item.category === 'long') expect(words, item.text).toBeGreaterThanOrEqual(18);
    }
  });

  it.each(heldOut)('copies no earlier item in %s, nor nearly (punctuation ignored; under 80 per cent of words shared)', (name, set) => {
    const words = (text: string): Set<string> =>
      new Set(
        text
          .toLowerCase()
          .replace(/[^a-z0-9\s]/g, '')
          .split(/\s+/)
          .filter((word) => word !== ''),
      );
    // Every set listed before this one: frozen-5 against the seven before it, frozen-6
    // against those eight, frozen-7 against those nine (frozen-6 included), frozen-8 against
    // those ten (frozen-7 included), frozen-9 against all eleven (frozen-8 included).
    const earlier = sets.slice(0, sets.findIndex(([setName]) => setName === name)).flatMap(([, items]) => items);
    expect(earlier.length).toBeGreaterThan(0);
    const near: string[] = [];
    for (const [index, item] of set.entries()) {
      const mine = words(item.text);
      const others = [...earlier, ...set.slice(index + 1)];
      for (const other of others) {
        const theirs = words(other.text);
        const common = [...mine].filter((word) => theirs.has(word)).length;
        if (common / new Set([...mine, ...theirs]).size >= 0.8) near.push(`${item.text} ~ ${other.text}`);
      }
    }
    expect(near).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSideModelData } from '../../../../build/scripts/train-side-model.js';
import {
  calibratedConfidence,
  isWeakReading,
  readSide,
  sideFeatures,
  sideModelOf,
  sideProbability,
  trainSideModel,
} from '../../../../shared/guidance/side-model.js';
import { SIDE_CALIBRATION } from '../../../../shared/guidance/side-model-data.js';
import { suggestOwner } from '../../../../shared/guidance/index.js';
import { analyseText } from '../../../../shared/guidance/text.js';

describe('the side model data', () => {
  it('is what build/scripts/train-side-model.ts makes from the labelled sets now', { timeout: 120_000 }, () => {
    const committed = readFileSync(new URL('../../../../shared/guidance/side-model-data.ts', import.meta.url), 'utf8');
    // A stale file means the labelled sets or the guidance's reading of words changed without
    // re-running `npx tsx build/scripts/train-side-model.ts`.
    expect(committed === buildSideModelData()).toBe(true);
  });

  it('has a non-decreasing calibration that never claims more than 0.8', () => {
    expect(SIDE_CALIBRATION.length).toBeGreaterThan(0);
    let last = 0;
    for (const [, confidence] of SIDE_CALIBRATION) {
      expect(confidence).toBeGreaterThanOrEqual(last);
      expect(confidence).toBeLessThanOrEqual(0.8);
      last = confidence;
    }
  });
});

describe('side features', () => {
  it('read a typo as its word and leave order keys out', () => {
    expect(sideFeatures(['?payroll', 'payroll', 'run>payroll', '~payrol'])).toEqual(['payroll', '~payrol']);
  });

  it('give the same features to an inflection and a typo of the same title', () => {
    const plain = sideFeatures(analyseText('Laptop for the new starter').keys);
    expect(sideFeatures(analyseText('Laptops for the new starters').keys)).toEqual(expect.arrayContaining(plain.filter((f) => f !== 'starter')));
    expect(sideFeatures(analyseText('Laptpo for the new starter').keys)).toContain('laptop');
  });
});

describe('a side model trained by the library', () => {
  // The library wants a vocabulary of some size: each sample adds a word of its own.
  const inward = ['laptop', 'payroll', 'printer', 'wifi', 'badge', 'intranet', 'ledger', 'helpdesk', 'desk', 'vpn', 'email', 'hris', 'erp', 'crm', 'office'];
  const outward = ['app', 'release', 'feature', 'api', 'sdk', 'checkout', 'roadmap', 'prototype', 'patent', 'launch', 'pricing', 'signup', 'beta', 'firmware', 'website'];
  const model = sideModelOf(
    trainSideModel([
      ...inward.map((word) => ({ keys: ['staff', word], side: 'CIO' as const })),
      ...outward.map((word) => ({ keys: ['customer', word], side: 'CTO' as const })),
    ]),
  );

  it('leans to the side whose words a text uses', () => {
    expect(sideProbability(model.logOdds(['staff']) ?? 0).side).toBe('CIO');
    expect(sideProbability(model.logOdds(['customer', 'app']) ?? 0).side).toBe('CTO');
    expect(sideProbability(model.logOdds(['staff', 'laptop']) ?? 0).probability).toBeGreaterThan(sideProbability(model.logOdds(['laptop']) ?? 0).probability);
  });

  it('says nothing of words it never saw', () => {
    expect(model.logOdds(['zebra'])).toBeNull();
    expect(readSide(['zebra'], model, [[0.5, 0.6]])).toBeNull();
  });

  it('claims the confidence of the probability band, not the probability', () => {
    expect(calibratedConfidence(0.55, [[0.5, 0.6], [0.9, 0.75]])).toBe(0.6);
    expect(calibratedConfidence(0.95, [[0.5, 0.6], [0.9, 0.75]])).toBe(0.75);
    expect(calibratedConfidence(0.4, [[0.5, 0.6]])).toBe(0);
  });
});

describe('weak readings', () => {
  it('are Unknown, or a loose one-role reading below 0.7; never a phrase or a Shared or Contested reading', () => {
    const base = { topic: null, signals: [], citations: [], reason: '' } as const;
    expect(isWeakReading({ ...base, owner: 'Unknown', confidence: 0, match: 'none' })).toBe(true);
    expect(isWeakReading({ ...base, owner: 'CIO', confidence: 0.5, match: 'audience' })).toBe(true);
    expect(isWeakReading({ ...base, owner: 'CTO', confidence: 0.69, match: 'word' })).toBe(true);
    expect(isWeakReading({ ...base, owner: 'CTO', confidence: 0.7, match: 'word' })).toBe(false);
    expect(isWeakReading({ ...base, owner: 'CIO', confidence: 0.5, match: 'phrase' })).toBe(false);
    expect(isWeakReading({ ...base, owner: 'Shared', confidence: 0.3, match: 'word' })).toBe(false);
    expect(isWeakReading({ ...base, owner: 'Contested', confidence: 0.3, match: 'fuzzy' })).toBe(false);
  });

  it('leave a strong topic reading alone', () => {
    const strong = suggestOwner('Run the IT help desk');
    expect(strong.topic).not.toBeNull();
    expect(isWeakReading(strong)).toBe(false);
  });
});

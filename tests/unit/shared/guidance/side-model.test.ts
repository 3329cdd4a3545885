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
import { checkScenario, suggestOwner } from '../../../../shared/guidance/index.js';
import { topicSuggestionForStems } from '../../../../shared/guidance/suggestion.js';
import { DEFAULT_CONTEXT, responsibilityId, scenarioId, type Scenario } from '../../../../shared/model/index.js';
import { analyseText } from '../../../../shared/guidance/text.js';

describe('the side model data', () => {
  it('is what build/scripts/train-side-model.ts makes from the labelled sets now', { timeout: 120_000 }, () => {
    const committed = readFileSync(new URL('../../../../shared/guidance/side-model-data.ts', import.meta.url), 'utf8');
    // A stale file means the labelled sets or the guidance's reading of words changed without
    // re-running `npx tsx build/scripts/train-side-model.ts`.
    expect(committed === buildSideModelData()).toBe(true);
  });

  it('has a non-decreasing calibration that never claims more than an audience reading (0.5)', () => {
    expect(SIDE_CALIBRATION.length).toBeGreaterThan(0);
    let last = 0;
    for (const [, confidence] of SIDE_CALIBRATION) {
      expect(confidence).toBeGreaterThanOrEqual(last);
      expect(confidence).toBeLessThanOrEqual(0.5);
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
  it('are Unknown readings only; never a one-role, Shared or Contested reading, however loose', () => {
    const base = { topic: null, signals: [], citations: [], reason: '' } as const;
    expect(isWeakReading({ ...base, owner: 'Unknown', confidence: 0, match: 'none' })).toBe(true);
    expect(isWeakReading({ ...base, owner: 'CIO', confidence: 0.5, match: 'audience' })).toBe(false);
    expect(isWeakReading({ ...base, owner: 'CTO', confidence: 0.3, match: 'word' })).toBe(false);
    expect(isWeakReading({ ...base, owner: 'CTO', confidence: 0.3, match: 'word' }, 0.5)).toBe(true);
    expect(isWeakReading({ ...base, owner: 'CIO', confidence: 0.3, match: 'phrase' }, 0.5)).toBe(false);
    expect(isWeakReading({ ...base, owner: 'Shared', confidence: 0.3, match: 'word' }, 0.5)).toBe(false);
    expect(isWeakReading({ ...base, owner: 'Contested', confidence: 0.3, match: 'fuzzy' }, 0.5)).toBe(false);
  });
});

describe('suggestOwner with the side fallback', () => {
  it.each([
    ['Month-end close takes too long', 'CIO'],
    ['Shift swaps for drivers', 'CIO'],
    ['Gadget unboxing experience', 'CTO'],
  ] as const)('reads the side of %j, which no topic matches, as %s: no topic, a hint, Remit’s own words', (text, side) => {
    expect(topicSuggestionForStems(analyseText(text).keys).owner).toBe('Unknown');
    const suggestion = suggestOwner(text);
    expect(suggestion.owner).toBe(side);
    expect(suggestion.topic).toBeNull();
    expect(suggestion.match).toBe('audience');
    expect(suggestion.confidence).toBeGreaterThan(0.25);
    expect(suggestion.confidence).toBeLessThanOrEqual(0.5);
    expect(suggestion.signals.length).toBeGreaterThan(0);
    expect(suggestion.reason).toContain('Remit’s own reading of the wording');
    expect(suggestion.reason).toContain(side === 'CIO' ? 'internal work' : 'customer-facing work');
    expect(suggestion.citations).toEqual([{ source: 'inward-outward', section: 'thesis' }]);
  });

  it.each(['Plan the summer party', 'Buy coffee for the kitchen', 'Lunch on Fridays', 'lanch', 'Water the plants'])(
    'still says Unknown for %j (off-topic, or known only through a typo correction)',
    (text) => {
      expect(suggestOwner(text).owner).toBe('Unknown');
    },
  );

  it.each(['Sales commission plan', 'Marketing campaign for spring', 'Renew the office lease', 'Hire a head of sales'])(
    'claims no more than a hint for %j, which may not be technology work at all',
    (text) => {
      const suggestion = suggestOwner(text);
      if (suggestion.topic === null) expect(suggestion.confidence).toBeLessThanOrEqual(0.5);
      // Never a firm answer: a firm reading would need a whole phrase of a topic.
      expect(suggestion.confidence > 0.5 && suggestion.match !== 'phrase').toBe(false);
    },
  );

  it.each(['Run the IT help desk', 'Laptops that the company sells online', 'Quicker answers for our merchants', 'Technology budget'])(
    'leaves the topic reading of %j as it is',
    (text) => {
      expect(suggestOwner(text)).toEqual(topicSuggestionForStems(analyseText(text).keys));
    },
  );

  it('never makes a placement finding from a side reading', () => {
    const plan: Scenario = {
      id: scenarioId('s1'),
      name: 'Side reading only',
      context: DEFAULT_CONTEXT,
      responsibilities: [{ id: responsibilityId('a'), title: 'Month-end close takes too long', owner: 'CTO' }],
      waivers: [],
      stances: {},
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    expect(checkScenario(plan).findings.filter((finding) => finding.responsibilityIds.includes(responsibilityId('a')))).toEqual([]);
  });
});

/**
 * Behaviours of the tenth pass (issue 14): the topic rules and the side classifier combined
 * (side-model.ts: SIDE_POLICY), the guard for titles that name no technology
 * (suggestion.ts: offFieldCapped) and automating on the product's side (§12). Fresh phrasings
 * written for each behaviour, not taken from any labelled set. Each probe also pins the topic
 * reading it starts from, so a probe fails if the rules change under it rather than passing
 * for another reason.
 */
import { describe, expect, it } from 'vitest';
import { suggestOwner } from '../../../../shared/guidance/index.js';
import { SIDE_POLICY, namesOwnProduct } from '../../../../shared/guidance/side-model.js';
import { OFF_FIELD_CONFIDENCE, topicSuggestionForStems } from '../../../../shared/guidance/suggestion.js';
import { analyseText } from '../../../../shared/guidance/text.js';
import { namesTechnology } from '../../../../shared/guidance/words.js';
import { probeClass } from './class-probes.js';

const rules = (text: string) => topicSuggestionForStems(analyseText(text).keys);

describe('a one-role reading from one word or a weak phrase gives way to the classifier’s other side', () => {
  it.each([
    // One word of engineering ("developers") in a title about staff laptops.
    ['Developers’ laptops need more memory', 'CTO', 'CIO'],
    // A weak phrase of product development ("beta") for the staff intranet.
    ['Beta of the new intranet for staff', 'CTO', 'CIO'],
    // A weak phrase of the service desk ("password reset") in the product.
    ['Password reset screen in our banking app', 'CIO', 'CTO'],
  ] as const)('%j: the rules read %s, the classifier %s', (text, ruleSide, side) => {
    const rule = rules(text);
    expect(rule.owner).toBe(ruleSide);
    expect(rule.match === 'phrase' ? rule.confidence < SIDE_POLICY.phraseBelow : true).toBe(true);
    const suggestion = suggestOwner(text);
    expect(suggestion.owner).toBe(side);
    // Remit's own reading: no topic (so never a placement finding), a hint.
    expect(suggestion.topic).toBeNull();
    expect(suggestion.match).toBe('audience');
    expect(suggestion.confidence).toBeLessThanOrEqual(0.5);
    expect(suggestion.reason).toContain('Remit’s own reading of the wording');
  });
});

describe('what stays with the rules', () => {
  it.each([
    // A strong whole phrase.
    'Docking stations for the new joiners',
    'Sign-in problems in our app for new customers',
    // Wording that says the company sells or makes the thing.
    'Tablets the company sells to schools',
    'Firmware for the kettle we sell',
  ])('%j keeps its topic reading', (text) => {
    expect(suggestOwner(text)).toEqual(rules(text));
  });

  it('knows wording about the company’s own product', () => {
    expect(namesOwnProduct(analyseText('Tablets the company sells to schools').keys)).toBe(true);
    expect(namesOwnProduct(analyseText('Prototype of a folding phone').keys)).toBe(true);
    expect(namesOwnProduct(analyseText('Tablets for the sales team').keys)).toBe(false);
  });
});

describe('an Unknown title that names technology takes the classifier’s side', () => {
  it.each([
    ['Store managers’ tablets for stock counts', 'CIO'],
  ] as const)('%j reads %s as a hint', (text, side) => {
    expect(rules(text).owner).toBe('Unknown');
    const suggestion = suggestOwner(text);
    expect(suggestion.owner).toBe(side);
    expect(suggestion.confidence).toBeLessThanOrEqual(0.5);
  });

  it.each(['For accountants and shoppers alike', 'Make things simpler for clerks and consumers'])(
    'but %j, which names both audiences and no topic, stays Unknown',
    (text) => {
      expect(suggestOwner(text).owner).toBe('Unknown');
    },
  );
});

describe('a title that names no technology claims no more than a hint', () => {
  it.each(['Move the office to Manchester', 'Budget for the staff party', 'Review the cleaning contract', 'Nurses can’t print wristbands on ward 4'])(
    '%j',
    (text) => {
      expect(namesTechnology(analyseText(text).keys)).toBe(false);
      const suggestion = suggestOwner(text);
      expect(suggestion.confidence).toBeLessThanOrEqual(OFF_FIELD_CONFIDENCE);
      if (rules(text).confidence > OFF_FIELD_CONFIDENCE) expect(suggestion.reason).toMatch(/^None of these words names technology/);
    },
  );

  it.each(['Server rack in the basement', 'Scanners for the stockroom', 'Roadmap for the HR system upgrade'])('%j names technology and keeps its confidence', (text) => {
    expect(namesTechnology(analyseText(text).keys)).toBe(true);
    expect(suggestOwner(text).confidence).toBe(rules(text).confidence);
  });
});

describe('confidences are never negative', () => {
  it.each(['Expense tracking inside the app we sell to freelancers', 'Payroll feature in the HR app we sell'])('%j', (text) => {
    const suggestion = suggestOwner(text);
    expect(suggestion.owner).toBe('CTO');
    expect(suggestion.confidence).toBeGreaterThanOrEqual(0);
  });
});

describe('automating named on the product’s side is automation (§12: Shared, the CTO leading by the wording)', () => {
  probeClass([
    ['Automate refunds in the shopping app', 'Shared/CTO', 'automation'],
    ['Automate claim triage in the app we sell to insurers', 'Shared/CTO', 'automation'],
    ['Automated onboarding flows in our product for new clients', 'Shared/CTO', 'automation'],
  ]);
});

describe('the lines of an organisation chart between the two roles are the disputed reporting line', () => {
  probeClass([
    ['Should the CIO have a dotted line to the CTO', 'Contested', 'reporting-line'],
    ['Solid line from the CIO to the CTO', 'Contested', 'reporting-line'],
  ]);
});

describe('spend named for both IT and the product, engineering or R&D is the disputed technology budget', () => {
  probeClass([
    ['Who approves the IT and product spend', 'Contested', 'technology-budget'],
    ['One spend ceiling for IT and R&D together', 'Contested', 'technology-budget'],
    // One side's spend stays that side's.
    ['Cloud spend for the app we sell', 'CTO'],
    ['Spend on staff laptops', 'CIO'],
  ]);
});

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { suggestOwner } from '../../../../shared/guidance/index.js';
import { TYPO_TARGET_WORDS, analyseText } from '../../../../shared/guidance/text.js';

const require = createRequire(import.meta.url);
const COMMON = Object.keys(require('wink-lexicon/src/lexicon.js') as Record<string, unknown>);
const COMMON_SET = new Set(COMMON);

/** A small deterministic generator, so the sample is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** One typing slip inside a word (never its first letter): a dropped, swapped, doubled or wrong vowel. */
function slip(word: string, next: () => number): string {
  const at = 1 + Math.floor(next() * (word.length - 2));
  const kind = Math.floor(next() * 4);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  if (kind === 2) return word.slice(0, at) + 'aeiou'.charAt(Math.floor(next() * 5)) + word.slice(at + 1);
  return word.slice(0, at) + (word[at] ?? '') + word.slice(at);
}

const corrected = (text: string): boolean => analyseText(text).keys.some((key) => key.startsWith('?'));

describe('typo tolerance, measured on generated typing slips', () => {
  it('reads at least 94 % of slips in the vocabulary’s words back to the word', () => {
    const next = random(11);
    const targets = TYPO_TARGET_WORDS();
    let total = 0;
    let back = 0;
    for (let index = 0; index < 2000; index += 1) {
      const word = targets[Math.floor(next() * targets.length)] ?? '';
      const typo = slip(word, next);
      // A slip that makes another real word ("launch" → "lunch") is that word, on purpose.
      if (typo === word || COMMON_SET.has(typo)) continue;
      const keys = analyseText(typo).keys;
      // So is a slip that makes another form of the vocabulary ("task" → "tasks").
      if (!keys.some((key) => key.startsWith('?')) && keys.some((key) => key !== typo && !key.includes('>'))) continue;
      total += 1;
      const own = new Set(analyseText(word).keys);
      if (keys.some((key) => own.has(key.slice(1)))) back += 1;
    }
    expect(total).toBeGreaterThan(1000);
    expect(back / total).toBeGreaterThanOrEqual(0.94);
  });

  // 4,000 typo searches: seconds on a loaded machine, past the default 5 s timeout.
  it('leaves at least 95 % of slips in common words the knowledge base lacks unknown, not evidence', { timeout: 60_000 }, () => {
    const next = random(7);
    const words = COMMON.filter((word) => /^[a-z]{4,}$/.test(word));
    // A word the vocabulary holds is known even when its only key is itself ("kitchen", brought
    // in by a field term's words): its slips read back to it, which the test above measures.
    const known = new Set(TYPO_TARGET_WORDS());
    let total = 0;
    let taken = 0;
    let placed = 0;
    for (let index = 0; index < 4000; index += 1) {
      const word = words[Math.floor(next() * words.length)] ?? '';
      // The slip is drawn before the word is kept or skipped, so a word the vocabulary comes to
      // know leaves the other draws as they were (the sample does not shift with the vocabulary).
      const typo = slip(word, next);
      // Only words the guidance does not know (their keys are just themselves).
      if (known.has(word) || analyseText(word).keys.some((key) => key !== word && !key.includes('>'))) continue;
      if (typo === word || COMMON_SET.has(typo)) continue;
      total += 1;
      if (corrected(typo)) taken += 1;
      if (suggestOwner(typo).owner !== 'Unknown') placed += 1;
    }
    expect(total).toBeGreaterThan(2500);
    // Measured 2.8 % before the lexicon stopped giving vendor names' words whole families, 4.8 %
    // after (more common words now count as unknown to the guidance and enter the sample); 4.8 %
    // on this sample (slip drawn for every word) before and after the eighth pass's vocabulary.
    // Words the vocabulary holds left out of the sample (they were counted as unknown when their
    // only key was themselves): 3.2 % taken, 1.0 % placed on main before the industry vocabulary,
    // 3.6 % and 1.2 % after it (5.8 % taken if its own words still counted as unknown).
    expect(taken / total).toBeLessThanOrEqual(0.05);
    expect(placed / total).toBeLessThanOrEqual(0.015);
  });

  it.each(['lidy', 'kight', 'moin', 'cosp', 'sas', 'pinters'])('%j is no typo of the vocabulary', (word) => {
    expect(corrected(word)).toBe(false);
  });

  it('keeps both readings of an even tie, so the topic decides', () => {
    expect(analyseText('intarnet').keys).toEqual(expect.arrayContaining(['?intranet', '?internet']));
    expect(suggestOwner('Intarnet redesign').owner).toBe('CIO');
    expect(suggestOwner('Servce desk queue').topic?.id).toBe('service-desk');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../../build/scripts/generate-lexicon.mjs';
import { analyseText, wordKeys } from '../../../../shared/guidance/text.js';

describe('the generated lexicon', () => {
  it('is what the generator makes from the libraries and the knowledge base now', { timeout: 120_000 }, () => {
    const committed = readFileSync(new URL('../../../../shared/guidance/lexicon-data.ts', import.meta.url), 'utf8');
    // A stale file means topics or the vocabulary changed without re-running the generator.
    expect(committed === buildLexicon()).toBe(true);
  });
});

describe('word keys', () => {
  it.each([
    ['servers', 'server'],
    ['laptops', 'laptop'],
    ['analyses', 'analysis'],
    ['policies', 'policy'],
  ])('reads %j as a form of %j (lemmatizer)', (word, lemma) => {
    expect(wordKeys(word)).toContain(lemma);
  });

  it.each([
    ['productive', 'product'],
    ['analysts', 'analytics'],
  ])('keeps %j apart from %j (no shared lemma, at most a family)', (word, other) => {
    expect(wordKeys(word)).not.toContain(other);
  });

  it.each([
    ['payrol', '?payroll'],
    ['infrastucture', '?infrastructure'],
    ['tecnology', '?technology'],
  ])('reads the typo %j as %j', (word, key) => {
    expect(wordKeys(word)).toContain(key);
  });

  it.each([
    ['emial', '?email'],
    ['lapotp', '?laptop'],
    ['dsk', '?desk'],
  ])('reads %j, a swap of neighbouring letters or a dropped letter, as %j', (word, key) => {
    expect(wordKeys(word)).toContain(key);
  });

  it.each([['cfo'], ['kyc'], ['esg'], ['pmo'], ['tax'], ['map']])(
    'leaves the three-letter word or abbreviation %j alone',
    (word) => {
      expect(wordKeys(word).some((key) => key.startsWith('?'))).toBe(false);
    },
  );

  it.each([['lunch'], ['lisbon'], ['sever'], ['produce']])('leaves the real word %j alone', (word) => {
    expect(wordKeys(word).some((key) => key.startsWith('?'))).toBe(false);
  });

  it.each([['tablets'], ['antlers'], ['anglers']])(
    'reads %j, an inflection of a real word, as that word rather than a typo of the vocabulary',
    (word) => {
      expect(wordKeys(word).some((key) => key.startsWith('?'))).toBe(false);
    },
  );

  it('still corrects a typo inside an inflected word ("laptpos", "printrs")', () => {
    expect(wordKeys('laptpos')).toContain('?laptop');
    expect(wordKeys('costumers').some((key) => key.startsWith('?'))).toBe(true);
  });

  it('reads a word typed with a hyphen as the word, and with a hyphen and a typo as its typo', () => {
    expect(analyseText('Back-ups').keys).toContain('backup');
    expect(analyseText('Check-out page').keys).toContain('checkout');
    expect(analyseText('E-comerce site').keys).toContain('?ecommerce');
  });

  it('reads two words typed apart that make one word of the field only as loosely as a typo', () => {
    expect(analyseText('Pay roll system').keys).toContain('?payroll');
    // A term written with a hyphen ("Wi-Fi") matches spaced or joined, as its spelling.
    expect(analyseText('Wi fi in the warehouse').keys).toContain('wifi');
    expect(analyseText('Fire wall rules').keys).toContain('?firewall');
    // "check out" may be two words; it never becomes the exact term.
    expect(analyseText('Check out the new vendor').keys).not.toContain('checkout');
  });

  it('drops inflections of the generic ownership words', () => {
    expect(analyseText('Running and owning the help desk').identity).toBe(analyseText('help desk').identity);
  });
});

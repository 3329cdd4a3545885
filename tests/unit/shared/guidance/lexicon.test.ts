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

  it.each([['lunch'], ['lisbon'], ['sever'], ['produce']])('leaves the real word %j alone', (word) => {
    expect(wordKeys(word).some((key) => key.startsWith('?'))).toBe(false);
  });

  it('drops inflections of the generic ownership words', () => {
    expect(analyseText('Running and owning the help desk').identity).toBe(analyseText('help desk').identity);
  });
});

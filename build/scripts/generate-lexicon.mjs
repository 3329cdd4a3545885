// `node --import tsx build/scripts/generate-lexicon.mjs`: writes shared/guidance/lexicon-data.ts,
// the slice of English the guidance needs, decided by libraries rather than by hand:
// - wink-lemmatizer (WordNet) gives each word's lemmas, so "servers" meets "server" and
//   "analyses" meets "analysis", while "productive" stays apart from "product";
// - wink-porter2-stemmer (Snowball) groups derived words into families ("develop",
//   "development", "developer"), which count as weaker evidence than a shared lemma;
// - wink-lexicon's list of common English word forms marks real words that sit one or two
//   letters from the vocabulary ("lunch" next to "launch"), so typo tolerance leaves them alone.
// WordNet is 590 KB gzipped; only words that lead to the knowledge base's own vocabulary can
// change a suggestion, so only those are kept (the app bundles a few kilobytes, no lazy load).
// A unit test regenerates the data and fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import lemmatize from 'wink-lemmatizer';
import porter2 from 'wink-porter2-stemmer';
import { TOPICS } from '../../shared/guidance/topics.ts';
import { DOMAIN_STOP_WORDS, FIELD_TERMS, INWARD_CUES, OUTWARD_CUES } from '../../shared/guidance/vocabulary.ts';
import { contentWords, isFieldToken, isStopWord } from '../../shared/guidance/words.ts';
import { isTypoOf, typoEdits, typoLimit } from '../../shared/guidance/typo-limit.ts';

const require = createRequire(import.meta.url);
const TARGET = fileURLToPath(new URL('../../shared/guidance/lexicon-data.ts', import.meta.url));

const ALPHA = /^[a-z]+$/;

/** The word and its noun, verb and adjective lemmas. */
function lemmaSet(word) {
  if (!ALPHA.test(word)) return [word];
  return [...new Set([word, lemmatize.noun(word), lemmatize.verb(word), lemmatize.adjective(word)])];
}

/** Regular inflections of a base word, as candidates for the lemmatizer to accept or refuse. */
function inflections(base) {
  const out = [`${base}s`, `${base}es`, `${base}ed`, `${base}d`, `${base}ing`, `${base}er`, `${base}ers`];
  if (base.endsWith('e')) out.push(`${base.slice(0, -1)}ing`, `${base.slice(0, -1)}ed`);
  if (base.endsWith('y')) out.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`);
  const last = base.at(-1);
  if (last && /[bdgklmnprt]/.test(last)) out.push(`${base}${last}ed`, `${base}${last}ing`);
  return out;
}

/** The spelled-by-rule plural, past and -ing forms of a base word. */
function regularForms(base) {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const plural = /(s|x|z|ch|sh)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  return [plural, past, `${stem}ing`];
}

/** Builds the file's text. Pure given the libraries' data and the knowledge base. */
export function buildLexicon() {
  const sourceWords = new Set();
  const add = (text) => {
    for (const word of contentWords(text)) if (!isFieldToken(word) && ALPHA.test(word)) sourceWords.add(word);
  };
  for (const topic of TOPICS) {
    add(topic.label);
    for (const signal of topic.signals) add(signal);
    for (const hint of topic.hints ?? []) add(hint);
  }
  for (const cue of [...INWARD_CUES, ...OUTWARD_CUES]) add(cue);
  // Word families come from the topics' own words; the field terms' words (below) are matched
  // by their lemmas only, so vendor and product names do not pull in whole families of English.
  const familyWords = new Set(sourceWords);
  // The words of multi-word terms, for when a typo keeps the phrase from being recognised.
  for (const term of FIELD_TERMS) {
    for (const form of term.forms) {
      for (const word of form.split(/[^a-z]+/)) if (word.length > 1 && !isStopWord(word)) sourceWords.add(word);
    }
  }

  const vocabulary = new Set();
  for (const word of sourceWords) for (const lemma of lemmaSet(word)) vocabulary.add(lemma);
  const familyLemmas = new Set();
  for (const word of familyWords) for (const lemma of lemmaSet(word)) familyLemmas.add(lemma);
  const families = new Set([...familyLemmas].map((lemma) => porter2(lemma)));

  const lexicon = require('wink-lexicon/src/lexicon.js');
  const wordnet = require('wink-lexicon/src/wn-words.js');
  const exceptions = [
    require('wink-lexicon/src/wn-noun-exceptions.js'),
    require('wink-lexicon/src/wn-verb-exceptions.js'),
    require('wink-lexicon/src/wn-adjective-exceptions.js'),
  ];
  const known = new Set([...sourceWords, ...Object.keys(lexicon), ...Object.keys(wordnet)]);
  for (const table of exceptions) for (const word of Object.keys(table)) known.add(word);
  // Made-up inflections only count when the lemmatizer takes them back to the vocabulary.
  const invented = new Set();
  for (const lemma of vocabulary) for (const form of inflections(lemma)) if (!known.has(form)) invented.add(form);

  const entries = new Map();
  for (const word of [...known, ...invented]) {
    if (!ALPHA.test(word) || word.length > 24) continue;
    const lemmas = lemmaSet(word);
    const exact = lemmas.filter((lemma) => vocabulary.has(lemma));
    if (invented.has(word) && !exact.some((lemma) => lemma !== word)) continue;
    const family = [...new Set(lemmas.map((lemma) => porter2(lemma)))].filter((stem) => families.has(stem));
    if (exact.length === 0 && family.length === 0) continue;
    entries.set(word, [...exact.sort(), ...family.sort().map((stem) => `~${stem}`)].join(' '));
  }
  // Plurals of vocabulary WordNet does not know ("chatbots"): the regular form, nothing more.
  for (const lemma of vocabulary) {
    const plural = `${lemma}s`;
    if (!entries.has(plural) && !lemma.endsWith('s')) entries.set(plural, entries.get(lemma) ?? lemma);
  }

  // Common English words within typo distance of the vocabulary are real words, not typos.
  const targets = [...vocabulary].filter((lemma) => ALPHA.test(lemma) && lemma.length >= 4);
  const near = [];
  for (const word of Object.keys(lexicon)) {
    if (!ALPHA.test(word) || word.length < 3 || entries.has(word)) continue;
    const limit = typoLimit(word.length);
    if (targets.some((target) => Math.abs(target.length - word.length) <= limit && isTypoOf(word, target, typoEdits(word, target)))) {
      near.push(word);
    }
  }
  // Inflected forms of real words ("tablets", "severed"): the ending lifts a six-letter word into
  // the two-edit band, where it could pass for a typo of a brand ("tableau"). A form the
  // lemmatizer takes back to a WordNet word is that word's inflection, not a typo.
  const targetsByLength = new Map();
  for (const target of targets) targetsByLength.set(target.length, [...(targetsByLength.get(target.length) ?? []), target]);
  const nearSet = new Set(near);
  for (const base of Object.keys(wordnet)) {
    if (!ALPHA.test(base) || base.length < 4 || base.length > 6) continue;
    for (const form of regularForms(base)) {
      if (form.length < 7 || entries.has(form) || nearSet.has(form)) continue;
      if (lemmatize.noun(form) !== base && lemmatize.verb(form) !== base) continue;
      let close = false;
      for (let length = form.length - 2; length <= form.length + 2 && !close; length += 1) {
        for (const target of targetsByLength.get(length) ?? []) {
          if (isTypoOf(form, target, typoEdits(form, target))) {
            close = true;
            break;
          }
        }
      }
      if (close) {
        near.push(form);
        nearSet.add(form);
      }
    }
  }

  // Inflections of the generic ownership words ("running", "owners"), dropped like the words.
  const stops = new Set(DOMAIN_STOP_WORDS);
  const stopForms = [...known, ...invented].filter(
    (word) => ALPHA.test(word) && !stops.has(word) && !vocabulary.has(word) && lemmaSet(word).some((lemma) => lemma !== word && stops.has(lemma)),
  );

  const sortedEntries = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const chunk = (items, size) => {
    const lines = [];
    for (let at = 0; at < items.length; at += size) lines.push(`  ${JSON.stringify(items.slice(at, at + size).join('|'))},`);
    return lines.join('\n');
  };
  return [
    '// Generated by build/scripts/generate-lexicon.mjs from wink-lemmatizer, wink-porter2-stemmer',
    '// and wink-lexicon over the knowledge base. Do not edit; run the script after changing topics.',
    '',
    '/** `word=lemma lemma ~family` entries joined by "|", sorted by word. */',
    'export const LEXICON_ENTRIES: readonly string[] = [',
    chunk(sortedEntries.map(([word, keys]) => `${word}=${keys}`), 40),
    '];',
    '',
    '/** Inflections of the stop words, joined by "|". */',
    'export const STOP_FORMS: readonly string[] = [',
    chunk(stopForms.sort(), 60),
    '];',
    '',
    '/** Common English words near the vocabulary that are not typos, joined by "|". */',
    'export const NEAR_WORDS: readonly string[] = [',
    chunk(near.sort(), 60),
    '];',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildLexicon();
  writeFileSync(TARGET, text);
  console.log(`wrote ${TARGET} (${text.length} characters)`);
}

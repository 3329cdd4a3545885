/**
 * The first half of the text pipeline: free text to lower-case words, with the field's terms
 * ("HRIS", "help desk", "A/B testing") rewritten to their tokens, "IT" told from the pronoun
 * "it", and stop words dropped. No lemmas yet (see text.ts); the lexicon generator runs this
 * same code over the knowledge base, so both sides of a match are read the same way. Pure.
 */
import { eng as ENGLISH_STOP_WORDS } from 'stopword';
import { lazy } from './lazy.js';
import { DOMAIN_STOP_WORDS, FIELD_TERMS, SHORT_FORMS, SPELLINGS, TECHNOLOGY_WORDS } from './vocabulary.js';

/** Token that stands for the abbreviation "IT" (kept apart from the pronoun "it"). */
export const INFOTECH = 'infotech';

/**
 * Prefix of a word made by joining two words typed apart ("wi fi" → "?wifi"): the matcher reads
 * it like a typo correction (weaker than the word typed whole).
 */
export const JOINED = '?';

/** Nouns after which a lower-case "it" is the abbreviation, not the pronoun. */
const IT_NOUNS = new Set(
  (
    'support budget budgets staff team teams department dept infrastructure system systems ' +
    'operations ops strategy governance security service services helpdesk servicedesk assets ' +
    'asset spend spending cost costs investment investments vendor vendors policy policies ' +
    'roadmap risk risks people hiring function organization organisation estate landscape ' +
    'equipment procurement contracts projects project portfolio audit leadership managers ' +
    'standards personnel talent needs training network networks plan plans priorities ' +
    'controls problems issues requests tickets'
  ).split(' '),
);

/**
 * Token for "our" before a noun of what a company makes or sells ("our software", "our
 * gadget"): an outward audience cue (see OUTWARD_CUES), never a topic signal.
 */
export const OUR_OFFER = 'ouroffer';

/** Nouns that, after "our", name what the company makes or sells. */
const OFFER_NOUNS = new Set(
  (
    'software platform platforms saas service device devices hardware gadget gadgets robot robots ' +
    'vacuum vacuums meter meters machine machines vehicle vehicles car cars game games sensor ' +
    'sensors wearable wearables speaker speakers camera cameras console consoles drone drones ' +
    'printer printers router routers chip chips charger chargers thermostat thermostats tracker ' +
    'trackers headphones earbuds watch watches tv tvs aid aids pump pumps implant implants lock locks bike bikes ' +
    'scooter scooters toy toys bulb bulbs appliance appliances'
  ).split(' '),
);

/**
 * Token for "our" before a noun of the company's own technology ("our systems", "our network",
 * "our IT"): an inward cue (see INWARD_CUES), never a topic signal.
 */
export const OUR_OWN = 'ourown';

/** Nouns that, after "our", name the company's own technology. */
const OWN_NOUNS = new Set('systems network networks infrastructure servers it infotech laptops computers offices staff people employees'.split(' '));

/**
 * Things a company may design and make, including kit the office also uses ("headset",
 * "phone", "laptop"): named with a word of making ("prototype", "design"), they are the
 * product, not staff equipment. Lemma keys and the field tokens of office equipment.
 */
export const DEVICE_KEYS: ReadonlySet<string> = new Set([
  ...[...OFFER_NOUNS].filter((noun) => !['software', 'platform', 'platforms', 'saas', 'service'].includes(noun)),
  ...'phone phones smartphone smartphones smartwatch smartwatches headset headsets laptop laptops tablet tablets earphones handset handsets appliance appliances screen screens display displays'.split(' '),
  'peripheralkit', 'workmobiles', 'printfleet', 'desktopos',
]);

/**
 * Keys of comparing the company with others ("compare", "benchmark") and of the others
 * ("industry", "competitors", "peers"): cio-vs-cto §12 gives comparing the company's use of
 * automation with other organisations to the CTO, within automation the CIO leads.
 */
export const COMPARE_KEYS: ReadonlySet<string> = new Set(['compare', 'compared', 'comparing', 'comparison', '~compar', 'benchmark', 'benchmarks', 'benchmarking', '~benchmark']);
export const OTHERS_KEYS: ReadonlySet<string> = new Set(['industry', '~industri', 'competitor', 'competitors', '~competitor', 'peers', 'peer', 'rivals', 'market', '~market']);

/** Keys of words of making a thing: prototyping, designing and demonstrating it ("a demo of the new headset"). */
export const MAKING_KEYS: ReadonlySet<string> = new Set(['prototype', 'prototypes', 'prototyping', '~prototyp', 'design', 'redesign', 'demo', 'demos']);

/**
 * Token for wording that says the company sells the thing the text is about ("the accounting
 * software we sell", "security cameras we make", "what customers pay for"): an outward cue,
 * and more: whatever the thing's own words say (accounting software, servers, cameras), it is
 * the product, which the sources give to the CTO (cio-vs-cto §19, §20). Never a topic signal.
 */
export const WE_SELL_TOKEN = 'wesell';

const WE_SELL = new RegExp(
  '\\b(?:(?:we|that we|the company|our company)(?: now| also| already| still)? (?:sell|sells|resell|resells|manufacture|manufactures)' +
    // "make" only after a thing a company makes ("the cameras we make"; not "the decisions we make").
    `|(?<=\\b(?:${[...OFFER_NOUNS, 'product', 'products', 'goods', 'parts', 'components', 'kit', 'kits', 'phone', 'phones', 'headset', 'headsets'].join('|')}) (?:that )?)we(?: now| also| still)? make` +
    '|(?:sold|resold) to (?:our )?(?:customers|clients|consumers|buyers|shoppers)' +
    // "licensing our codec to TV makers": the company licenses out what it made.
    '|licen[cs](?:e|es|ed|ing) (?:out )?our [a-z0-9-]+(?: [a-z0-9-]+)? to' +
    '|(?:customers|clients|consumers|subscribers|users) pay (?:us )?for)\\b',
  'g',
);

/**
 * Token for wording that spans the whole company ("the entire company", "across the business",
 * "company-wide"): not a topic signal and no audience, but it tells a company-wide topic (the
 * technology strategy, the technology budget, security as a whole) from one role's part of it.
 */
export const COMPANY_WIDE_TOKEN = 'companywide';

const COMPANY_WIDE =
  /\b(?:(?:the )?(?:entire|whole) (?:company|business|organi[sz]ation|group|firm|enterprise)|across (?:the )?(?:company|business|organi[sz]ation|group|firm|enterprise)|(?:company|business|organi[sz]ation|enterprise)[\s-]wide)\b/g;

/** Words before which a lower-case "it" is the abbreviation. */
const IT_PREFIXES = new Set(['internal', 'corporate', 'enterprise', 'shadow', 'company']);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One form as a loose pattern: any run of spaces or hyphens, spaces around a slash. */
function formPattern(form: string): string {
  return form
    .split(/([\s\-/&]+)/)
    .map((part) => {
      if (/^[\s-]+$/.test(part)) return '[\\s-]*';
      if (/^[\s-]*[/&][\s-]*$/.test(part)) return `\\s*${escape(part.trim())}\\s*`;
      return part === 'it' ? `(?:it|${INFOTECH})` : escape(part);
    })
    .join('');
}

/** Forms that are one plain word map straight to their token after splitting. */
const WORD_FORMS = lazy((): ReadonlyMap<string, string> => new Map(
  FIELD_TERMS.flatMap((term) => term.forms.filter((form) => /^[a-z0-9]+$/.test(form)).map((form) => [form, term.token])),
));

/** Forms with spaces or symbols, longest first so "lean six sigma" wins over "six sigma". */
const PHRASE_FORMS = lazy((): readonly (readonly [form: string, token: string])[] => FIELD_TERMS.flatMap((term) =>
  term.forms.filter((form) => !/^[a-z0-9]+$/.test(form)).map((form) => [form, term.token] as const),
).sort((a, b) => b[0].length - a[0].length));

const PHRASE_TOKEN = lazy((): ReadonlyMap<string, string> => new Map(
  PHRASE_FORMS().map(([form, token]) => [form.replace(/[\s-]+/g, ' ').replace(/\s*([/&])\s*/g, '$1'), token]),
));

const PHRASE_PATTERN = lazy(() => new RegExp(
  `(?<![a-z0-9])(?:${PHRASE_FORMS().map(([form]) => formPattern(form)).join('|')})(?![a-z0-9])`,
  'g',
));

/** The token of a matched phrase form, however it was spaced or hyphenated. */
function phraseToken(match: string): string {
  const normal = match
    .replace(new RegExp(`\\b${INFOTECH}\\b`, 'g'), 'it')
    .replace(/[\s-]+/g, ' ')
    .replace(/\s*([/&])\s*/g, '$1')
    .trim();
  return PHRASE_TOKEN().get(normal) ?? PHRASE_TOKEN().get(normal.replace(/ /g, '')) ?? normal.replace(/[^a-z0-9]+/g, '');
}

/** The token of a one-word form of a field term ("payroll", "k8s"), if the word is one. */
export function fieldTokenOf(word: string): string | undefined {
  return WORD_FORMS().get(word);
}

/** Every field token, so the stop-word filter never drops one ("it", "ai", "ea"). */
const FIELD_TOKENS: ReadonlySet<string> = new Set(FIELD_TERMS.map((term) => term.token));

const STOP_WORDS = lazy((): ReadonlySet<string> => new Set(
  [...ENGLISH_STOP_WORDS, ...DOMAIN_STOP_WORDS].filter((word) => !FIELD_TOKENS.has(word)),
));

/** True when the word is a stop word (general English or generic ownership language). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS().has(word);
}

/** True when the token is a field term's token (an abbreviation or set phrase). */
export function isFieldToken(token: string): boolean {
  return FIELD_TOKENS.has(token) || token === INFOTECH;
}

const TECHNOLOGY_KEYS: ReadonlySet<string> = new Set(TECHNOLOGY_WORDS);

/**
 * True when a text's keys (from analyseText) name technology: a term of the field, a device, or
 * a word of TECHNOLOGY_WORDS, as typed or read through a typo ("?server"). Family and order keys
 * do not count. Pure.
 */
export function namesTechnology(keys: readonly string[]): boolean {
  for (const key of keys) {
    const plain = key.startsWith(JOINED) ? key.slice(JOINED.length) : key;
    if (TECHNOLOGY_KEYS.has(plain) || isFieldToken(plain) || DEVICE_KEYS.has(plain)) return true;
  }
  return false;
}

/** The topic a field token belongs to, if it is one. */
export const FIELD_TOKEN_TOPIC: ReadonlyMap<string, string> = new Map(FIELD_TERMS.map((term) => [term.token, term.topic]));

/**
 * Lower-case content words of a text: field terms as their tokens, "IT" as {@link INFOTECH},
 * stop words and punctuation gone, in order (repeats kept). Two neighbouring words typed apart
 * that make one word of the field ("pay roll", "wi fi", "fire wall") are read as that word:
 * a field term's one-word form, or any other word `isWord` accepts (the matcher passes the
 * knowledge base's vocabulary, and across a hyphen its typos too: "e-comerce"). Joined across a hyphen it is the word; joined across a space it
 * is marked {@link JOINED} (only when `isWord` is given, so the knowledge base's own phrases are
 * never rewritten that way). When `adjacent` is given, it receives one flag per word returned:
 * true when nothing (no dropped word) stood between it and the word before. Pure; never throws.
 */
export function contentWords(
  text: string,
  isWord?: (word: string, hyphenated: boolean) => boolean,
  adjacent?: boolean[],
): string[] {
  // Capital "IT" is the abbreviation whatever follows; lower-case "it" only in context.
  const lower = (text.includes('IT') ? text.replace(/\bIT(?=s?\b)/g, ` ${INFOTECH} `) : text).toLowerCase();
  // "the whole company", "company-wide": said of a text being read, a marker of its reach.
  const prepared = (
    isWord === undefined
      ? lower
      : lower.replace(COMPANY_WIDE, ` ${COMPANY_WIDE_TOKEN} `).replace(WE_SELL, ` ${WE_SELL_TOKEN} `)
  ).replace(
    PHRASE_PATTERN(),
    (match) => ` ${phraseToken(match)} `,
  );
  const raw: string[] = [];
  /** The separator before each word ("" for the first). */
  const gaps: string[] = [];
  let end = 0;
  for (const match of prepared.matchAll(/[a-z0-9]+/g)) {
    gaps.push(prepared.slice(end, match.index));
    raw.push(match[0]);
    end = match.index + match[0].length;
  }
  const words: string[] = [];
  let previous: string | undefined;
  /** The raw index of the last word kept, for `adjacent`. */
  let lastKept = -2;
  const keep = (word: string, start: number, last: number): void => {
    words.push(word);
    adjacent?.push(start === lastKept + 1);
    lastKept = last;
  };
  for (let index = 0; index < raw.length; index += 1) {
    const start = index;
    let word = raw[index] ?? '';
    const after = raw[index + 1];
    const gap = gaps[index + 1];
    if (after !== undefined && word !== 'it' && after !== 'it' && word !== 'our' && (gap === '-' || (gap === ' ' && isWord !== undefined))) {
      const joined = word + after;
      if (joined.length >= 5 && (WORD_FORMS().has(joined) || (isWord?.(joined, gap === '-') ?? false))) {
        index += 1;
        // "check-out" is a spelling of "checkout"; "check out" may be two words, so it only
        // counts as loosely as a typo.
        if (gap === ' ') {
          keep(JOINED + (WORD_FORMS().get(joined) ?? joined), start, index);
          previous = joined;
          continue;
        }
        word = joined;
      }
    }
    // "our software", "our smart meter": the thing the company makes, told by whose it is. Only in
    // texts being read (not in the knowledge base's own phrases).
    if (word === 'our' && isWord !== undefined && (OFFER_NOUNS.has(after ?? '') || OFFER_NOUNS.has(raw[index + 2] ?? '') || OFFER_NOUNS.has(raw[index + 3] ?? ''))) {
      keep(OUR_OFFER, start, index);
      previous = word;
      continue;
    }
    // "our systems", "our own network": the company's own technology, an inward cue.
    if (word === 'our' && isWord !== undefined && (OWN_NOUNS.has(after ?? '') || (after === 'own' && OWN_NOUNS.has(raw[index + 2] ?? '')))) {
      keep(OUR_OWN, start, index);
      previous = word;
      continue;
    }
    if (word === 'it') {
      const next = raw[index + 1];
      if ((next !== undefined && IT_NOUNS.has(next)) || (previous !== undefined && IT_PREFIXES.has(previous))) {
        keep(INFOTECH, start, index);
      }
      previous = word;
      continue;
    }
    previous = word;
    const token = WORD_FORMS().get(word);
    if (token !== undefined) {
      keep(token, start, index);
      continue;
    }
    const long = Object.hasOwn(SHORT_FORMS, word) ? SHORT_FORMS[word] : Object.hasOwn(SPELLINGS, word) && !FIELD_TOKENS.has(word) ? SPELLINGS[word] : undefined;
    const full = long ?? word;
    if (FIELD_TOKENS.has(full) || full === INFOTECH || full === COMPANY_WIDE_TOKEN || full === WE_SELL_TOKEN || !STOP_WORDS().has(full)) {
      keep(full, start, index);
    }
  }
  return words;
}

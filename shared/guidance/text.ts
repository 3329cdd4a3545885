/**
 * Text normalisation for matching free text against guidance signals: abbreviation and
 * synonym expansion, a light suffix-stripping stemmer and stop words. The same pipeline runs
 * over signals and over user text, so only consistency matters, not linguistic precision.
 */

import { BoundedCache } from './bounded-cache.js';

/** Token that stands for the abbreviation "IT" (kept apart from the pronoun "it"). */
const INFOTECH = 'infotech';

/** Nouns after which a lower-case "it" is the abbreviation, not the pronoun. */
const IT_NOUNS = new Set([
  'support',
  'budget',
  'budgets',
  'staff',
  'team',
  'teams',
  'department',
  'dept',
  'infrastructure',
  'system',
  'systems',
  'operations',
  'ops',
  'strategy',
  'governance',
  'security',
  'service',
  'services',
  'helpdesk',
  'assets',
  'asset',
  'spend',
  'spending',
  'cost',
  'costs',
  'investment',
  'investments',
  'vendor',
  'vendors',
  'policy',
  'policies',
  'roadmap',
  'risk',
  'risks',
  'people',
  'hiring',
  'function',
  'organization',
  'organisation',
  'estate',
  'landscape',
  'equipment',
  'procurement',
  'contracts',
  'projects',
  'portfolio',
  'audit',
  'leadership',
  'managers',
  'standards',
  'helpdesks',
  'personnel',
  'talent',
  'needs',
  'training',
  'network',
  'networks',
]);

/** Words before which a lower-case "it" is the abbreviation. */
const IT_PREFIXES = new Set(['internal', 'corporate', 'enterprise', 'shadow', 'company']);

/**
 * Whole-phrase rewrites applied to lower-cased text before tokenising, in order. Each has a
 * probe: a substring the text must contain for the rewrite to apply, so most titles skip
 * most regular expressions.
 */
const PHRASE_REWRITES: readonly (readonly [probe: string, pattern: RegExp, replacement: string])[] = [
  ['&', /\br\s*&\s*d\b/g, ' research development '],
  [' and d', /\br\s+and\s+d\b/g, ' research development '],
  ['rnd', /\brnd\b/g, ' research development '],
  ['i.t.', /\bi\.t\.(?=\s|$)/g, ` ${INFOTECH} `],
  ['mail', /\be-?mail\b/g, ' email '],
  ['commerce', /\be-?commerce\b/g, ' ecommerce '],
  ['desk', /\bhelp[\s-]*desks?\b|\bservice[\s-]*desks?\b|\bservicedesks?\b/g, ' servicedesk '],
  ['/', /\bci\s*\/\s*cd\b/g, ' cicd '],
  ['prem', /\bon[\s-]*prem(?:ise|ises)?\b/g, ' onprem '],
  ['house', /\bin[\s-]*house\b/g, ' inhouse '],
  ['office', /\bback[\s-]*office\b/g, ' backoffice '],
  ['site', /\bweb[\s-]*sites?\b/g, ' website '],
  ['shop', /\bweb[\s-]*shops?\b/g, ' ecommerce '],
  ['online', /\bonline[\s-]*(?:store|shop)s?\b/g, ' ecommerce '],
  ['market', /\bgo[\s-]*to[\s-]*market\b/g, ' gotomarket '],
  ['concept', /\bproofs?[\s-]*of[\s-]*concepts?\b/g, ' prototype '],
  ['factor', /\bmulti[\s-]*factor\b/g, ' mfa '],
  ['sign', /\bsingle[\s-]*sign[\s-]*on\b/g, ' sso '],
  ['source', /\bopen[\s-]*source\b/g, ' opensource '],
  ['end', /\bend[\s-]*users?\b/g, ' enduser '],
  ['suite', /\bc[\s-]*suite\b/g, ' csuite '],
  ['facing', /\b(?:customer|client|user|public)[\s-]*facing\b/g, ' customerfacing '],
  ['ops', /\bdev[\s-]*sec[\s-]*ops\b/g, ' devsecops '],
  ['ops', /\bdev[\s-]*ops\b/g, ' devops '],
  ['soc', /\bsoc\s*2\b/g, ' soc2 '],
  ['wi', /\bwi[\s-]+fi\b/g, ' wifi '],
];

/** Matches when the text holds at least one probe of {@link PHRASE_REWRITES}. */
const ANY_PROBE = new RegExp(
  PHRASE_REWRITES.map(([probe]) => probe.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'),
);

/** Single-token synonyms and abbreviations, expanded to one or more tokens. */
const SYNONYM_LIST: Readonly<Record<string, string>> = {
  infosec: 'information security',
  cybersecurity: 'cyber security',
  cybersec: 'cyber security',
  appsec: 'application security',
  apps: 'app',
  application: 'app',
  applications: 'app',
  webapp: 'web app',
  ops: 'operations',
  infra: 'infrastructure',
  tech: 'technology',
  technologies: 'technology',
  dev: 'development',
  devs: 'developers',
  eng: 'engineering',
  bi: 'business intelligence',
  ml: 'machine learning',
  genai: 'ai',
  llm: 'ai',
  llms: 'ai',
  iam: 'identity access',
  sso: 'identity access',
  gdpr: 'privacy compliance',
  hipaa: 'privacy compliance',
  sox: 'compliance audit',
  byod: 'device',
  mdm: 'device',
  o365: 'office',
  m365: 'office',
  office365: 'office',
  laptops: 'laptop',
  pcs: 'laptop',
  pc: 'laptop',
  desktops: 'laptop',
  wifi: 'network',
  lan: 'network',
  wan: 'network',
  vpn: 'network',
  datacenter: 'data center',
  datacentre: 'data center',
  centre: 'center',
  centres: 'center',
  roadmaps: 'roadmap',
  ux: 'user experience',
  ui: 'user interface',
  cx: 'customer experience',
  hris: 'hr system',
  kpi: 'kpi',
  kpis: 'kpi',
  okrs: 'okr',
  saas: 'saas',
  paas: 'cloud',
  iaas: 'cloud',
  aws: 'cloud',
  azure: 'cloud',
  gcp: 'cloud',
  rpa: 'automation',
  poc: 'prototype',
  pocs: 'prototype',
  mvp: 'prototype',
  apis: 'api',
  sdks: 'sdk',
  iot: 'internet things',
  vc: 'investor',
  vcs: 'investor',
  devrel: 'developer relations',
  pentest: 'penetration test',
  pentests: 'penetration test',
  sdlc: 'secure development',
  cto: 'cto',
  cio: 'cio',
  msp: 'managed service provider',
  msps: 'managed service provider',
  sla: 'service level',
  slas: 'service level',
  erps: 'erp',
  crms: 'crm',
};

/** Words whose stem would collide with an unrelated word; mapped straight to a stem. */
const STEM_EXCEPTION_LIST: Readonly<Record<string, string>> = {
  investor: 'investor',
  investors: 'investor',
  analysis: 'analyt',
  analyses: 'analyt',
  analyse: 'analyt',
  analyze: 'analyt',
  analysing: 'analyt',
  analyzing: 'analyt',
  analyst: 'analyt',
  analysts: 'analyt',
  efficient: 'effici',
  efficiency: 'effici',
  efficiencies: 'effici',
  licence: 'licens',
  licences: 'licens',
  news: 'news',
  office: 'office',
  offices: 'office',
  offer: 'offer',
  offers: 'offer',
  offering: 'offer',
  offerings: 'offer',
  sales: 'sale',
  data: 'data',
  saas: 'saas',
  its: 'its',
  us: 'us',
  ai: 'ai',
};

// Maps, not object lookups: a user's word such as "constructor" or "toString" must not find
// Object.prototype's members (which made suggestOwner throw on such titles).
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(SYNONYM_LIST).map(([word, expansion]) => [word, expansion.split(' ')]),
);
const STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map(Object.entries(STEM_EXCEPTION_LIST));

/** Words that carry no meaning for placement (generic verbs of ownership, fillers). */
const STOP_WORDS = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'into',
  'onto',
  'our',
  'ours',
  'we',
  'us',
  'my',
  'your',
  'their',
  'its',
  'it',
  'all',
  'any',
  'every',
  'each',
  'across',
  'per',
  'this',
  'that',
  'these',
  'those',
  'be',
  'is',
  'are',
  'was',
  'own',
  'owning',
  'owns',
  'ownership',
  'run',
  'runs',
  'running',
  'oversee',
  'overseeing',
  'oversight',
  'lead',
  'leading',
  'handle',
  'handling',
  'responsible',
  'responsibility',
  'responsibilities',
  'accountable',
  'accountability',
  'ensure',
  'ensuring',
  'make',
  'making',
  'keep',
  'keeping',
  'take',
  'taking',
  'care',
  'charge',
  'do',
  'doing',
  'get',
  'getting',
  'set',
  'setting',
  'up',
  'so',
  'as',
  'via',
  'who',
  'what',
  'which',
  'whole',
  'entire',
  'company',
  'companies',
  'organization',
  'organisation',
  'organizational',
  'firm',
  'group',
  'business-wide',
  'wide',
  'overall',
  'general',
  'key',
  'main',
  'also',
  'other',
  'new-ish',
  'etc',
  'e',
  'g',
  'eg',
  'ie',
  'i',
  'well',
  'end',
  'day',
  'daily',
  'ongoing',
  'various',
  'area',
  'areas',
  'function',
  'functions',
  'work',
  'working',
  'job',
  'task',
  'tasks',
  'activity',
  'activities',
  'sure',
  'than',
  'then',
  'there',
  'where',
  'when',
  'how',
  'why',
  'not',
  'no',
  'yes',
  'can',
  'will',
  'should',
  'must',
  'may',
  'need',
  'needs',
  'needed',
  'have',
  'has',
  'had',
  'them',
  'they',
  'he',
  'she',
  'his',
  'her',
  'one',
  'two',
  'both',
  'between',
  'about',
  'over',
  'under',
  'out',
  'off',
  'more',
  'most',
  'less',
  'best',
  'better',
  'good',
  'great',
  'right',
  'proper',
  'properly',
  'effective',
  'effectively',
  'efficiently',
  'robust',
  'strong',
  'high',
  'low',
  'big',
  'small',
  'key',
  'owner',
  'owners',
  'head',
  'heading',
  'drive',
  'driving',
  'look',
  'looking',
  'after',
  'sign',
  'signing',
  'day-to-day',
  'hands',
  'team-wide',
];

/** Upper bound of the stem memo; old entries are dropped in insertion order. */
const STEM_CACHE_LIMIT = 20_000;
const stemCache = new BoundedCache<string, string>(STEM_CACHE_LIMIT);

function undouble(word: string): string {
  const last = word.charAt(word.length - 1);
  if (word.length > 3 && last === word.charAt(word.length - 2) && !'lsz'.includes(last)) {
    return word.slice(0, -1);
  }
  return word;
}

const DERIVATIONAL = [
  'ization',
  'isation',
  'ational',
  'ation',
  'ition',
  'ment',
  'ness',
  'ship',
  'ity',
  'ance',
  'ence',
  'ize',
  'ise',
  'ive',
  'ical',
  'ion',
  'ic',
  'al',
  'er',
  'or',
  'ly',
  'y',
  'i',
  'e',
] as const;

/** True when a word is left as it is: short, or holding a digit ("2", "o365", "v12"). */
function keptWhole(word: string): boolean {
  return word.length <= 3 || /\d/.test(word);
}

function computeStem(word: string): string {
  let stem = word;
  // Inflections first: plurals and verb endings.
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}i`;
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.endsWith('ss') || stem.endsWith('us') || stem.endsWith('is')) {
    // "process", "status", "analysis" are not plurals.
  } else if (/(?:x|ch|sh|z)es$/.test(stem) && stem.length > 4) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && stem.length > 3) stem = stem.slice(0, -1);
  if (stem.endsWith('ing') && stem.length - 3 >= 3) stem = undouble(stem.slice(0, -3));
  else if (stem.endsWith('ed') && stem.length - 2 >= 3) stem = undouble(stem.slice(0, -2));
  // Then up to two derivational suffixes ("operational" → "operation" → "oper").
  for (let pass = 0; pass < 2; pass += 1) {
    let changed = false;
    for (const suffix of DERIVATIONAL) {
      if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
        stem = stem.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  // "operat(e)" and "operat(ion)" must meet: drop a trailing "at" on longer stems.
  if (stem.endsWith('at') && stem.length > 5) stem = stem.slice(0, -2);
  return stem;
}

/**
 * Reduces a lower-case word to its stem ("managing", "managers" → "manag"). Pure and
 * memoised in a bounded cache; deterministic for a given word.
 */
export function stem(word: string): string {
  const exception = STEM_EXCEPTIONS.get(word);
  if (exception !== undefined) return exception;
  // Not memoised: cheaper than a lookup, and numbers ("#1042") would only churn the memo.
  if (keptWhole(word)) return word;
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  return stemCache.set(word, computeStem(word));
}

const STOP_TOKENS: ReadonlySet<string> = new Set(STOP_WORDS);
/**
 * Stems of the longer stop words catch their inflections ("oversees", "ensured"); stems of
 * short ones ("off", "all") are left out because real words stem to them ("office").
 */
const STOP_STEMS: ReadonlySet<string> = new Set(
  STOP_WORDS.filter((word) => word.length >= 5).map((word) => stem(word)),
);

/**
 * Splits free text into lower-case word tokens after expanding abbreviations ("IT", "R&D",
 * "help-desk") and synonyms. Pure. Case, punctuation and spacing do not matter.
 */
export function tokenize(text: string): string[] {
  const raw = rawWords(text);
  const tokens: string[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    const token = raw[index];
    if (!token) continue;
    if (token === 'it') {
      if (isInfotech(raw[index + 1], tokens[tokens.length - 1])) tokens.push(INFOTECH);
      continue;
    }
    const synonym = SYNONYMS.get(token);
    if (synonym !== undefined) {
      for (const part of synonym) tokens.push(part);
    } else {
      tokens.push(token);
    }
  }
  return tokens;
}

/** Whether a lower-case "it" between these words is the abbreviation. */
function isInfotech(next: string | undefined, previous: string | undefined): boolean {
  return (next !== undefined && IT_NOUNS.has(next)) || (previous !== undefined && IT_PREFIXES.has(previous));
}

/** Lower-case words of a text after the phrase rewrites, before synonyms (may hold ''). */
function rawWords(text: string): string[] {
  // Capital "IT" is the abbreviation whatever follows; lower-case "it" only in context.
  let prepared = (text.includes('IT') ? text.replace(/\bIT(?=s?\b)/g, ` ${INFOTECH} `) : text).toLowerCase();
  // One scan tells whether any rewrite can apply (two titles in three: none does); only
  // then test the probes one by one. A text without any probe is left unchanged by them all.
  if (ANY_PROBE.test(prepared)) {
    for (const [probe, pattern, replacement] of PHRASE_REWRITES) {
      if (prepared.includes(probe)) prepared = prepared.replace(pattern, replacement);
    }
  }
  return prepared.split(/[^a-z0-9]+/);
}

/**
 * The meaningful stems of a text, in order of appearance, without stop words and repeats.
 * Pure. Two texts that differ only in inflection, case, punctuation or filler words give
 * the same stems.
 */
export function contentStems(text: string): string[] {
  // Same result as filtering and stemming tokenize(text), with one memo lookup per word
  // instead of a synonym, stop-word, exception, digit and stem lookup each.
  const raw = rawWords(text);
  const result: string[] = [];
  let previous: string | undefined;
  for (let index = 0; index < raw.length; index += 1) {
    const token = raw[index];
    if (!token) continue;
    let word: WordStems;
    if (token === 'it') {
      if (!isInfotech(raw[index + 1], previous)) continue;
      word = wordStems(INFOTECH);
    } else {
      word = wordStems(token);
    }
    previous = word.last;
    for (const value of word.stems) {
      // A title has a handful of stems: scanning them beats allocating a Set per text.
      if (!result.includes(value)) result.push(value);
    }
  }
  return result;
}

/** What one word contributes: its content stems (after synonyms) and its last token. */
interface WordStems {
  readonly stems: readonly string[];
  /** The last token the word expands to (what a following "it" looks back at). */
  readonly last: string;
}

const WORD_CACHE_LIMIT = 20_000;
const wordCache = new BoundedCache<string, WordStems>(WORD_CACHE_LIMIT);

function wordStems(token: string): WordStems {
  const cached = wordCache.get(token);
  if (cached !== undefined) return cached;
  const parts = SYNONYMS.get(token) ?? [token];
  const stems: string[] = [];
  for (const part of parts) {
    if (STOP_TOKENS.has(part)) continue;
    const value = stem(part);
    if (!STOP_STEMS.has(value)) stems.push(value);
  }
  return wordCache.set(token, { stems, last: parts[parts.length - 1] ?? token });
}

/** Generic verbs kept for phrase matching ("vendor management") but not for identity. */
const KEY_NOISE: ReadonlySet<string> = new Set(['manag', 'handl', 'deliv']);

/**
 * A canonical key of a text: its content stems sorted and joined. Pure. Equal keys mean the
 * same words in another order or inflection ("Run the help desk" = "Help desks, running").
 */
export function canonicalKey(text: string): string {
  return keyOfStems(contentStems(text));
}

/** {@link canonicalKey} for stems already computed. Pure. */
export function keyOfStems(stems: readonly string[]): string {
  // Insertion sort into one array: a title has a handful of stems, and this runs for every
  // new title of a check (filter + sort + join allocated twice as much).
  const sorted: string[] = [];
  for (const value of stems) {
    if (KEY_NOISE.has(value)) continue;
    let at = sorted.length;
    sorted.push(value);
    while (at > 0 && (sorted[at - 1] as string) > value) {
      sorted[at] = sorted[at - 1] as string;
      at -= 1;
    }
    sorted[at] = value;
  }
  return sorted.join(' ');
}

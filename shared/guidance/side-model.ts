/**
 * A learned fallback for the side of a text no topic reads strongly: whether its wording is
 * inward (the company's own staff, offices, operations, business systems: the CIO's side) or
 * outward (the product, customers, research, engineering: the CTO's side). A naive Bayes text
 * classifier (wink-naive-bayes-text-classifier) trained by build/scripts/train-side-model.ts on
 * the labelled sets, over the keys the guidance already reads (lemmas, word families, typos
 * read as the word they are a typo of), precomputed into side-model-data.ts: no training runs
 * at import, only the library's import of the committed counts. Used where the topic reading
 * is weak (see {@link withSideReading} and {@link SIDE_POLICY}); its confidence is the cross-validated accuracy
 * of its probability band, not the probability itself. Pure apart from bounded memos.
 */
import naiveBayesTextClassifier from 'wink-naive-bayes-text-classifier';
import { memoTable } from './memo.js';
import { SIDE_CALIBRATION, SIDE_MODEL_JSON } from './side-model-data.js';
import { inwardOutward as io, type Citation } from './sources.js';
import { sidesOfKeys, type Suggestion } from './suggest.js';
import { BEFORE, FAMILY, TYPO } from './text.js';
import { DEVICE_KEYS, MAKING_KEYS, WE_SELL_TOKEN, namesTechnology } from './words.js';
import type { Role } from '../model/index.js';

/** The features of a text's keys (from analyseText): each key once, a typo read as its word, order keys left out. Pure. */
export function sideFeatures(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    if (key.includes(BEFORE)) continue;
    const plain = key.startsWith(TYPO) ? key.slice(TYPO.length) : key;
    if (!out.includes(plain)) out.push(plain);
  }
  return out;
}

/** A trained side classifier: the library's instance, consolidated. */
export interface SideModel {
  /** log2 odds of CIO over CTO for the features, or null when none was seen in training. */
  readonly logOdds: (features: readonly string[]) => number | null;
}

/** The library's settings for the side model: words counted once per title, add-one smoothing. */
export const SIDE_MODEL_CONFIG = { considerOnlyPresence: true, smoothingFactor: 1 } as const;

/**
 * Trains the library's classifier on labelled texts' keys and returns its exported JSON (what
 * side-model-data.ts holds). Only build/scripts/train-side-model.ts and the cross-validation run it.
 */
export function trainSideModel(
  samples: readonly { readonly keys: readonly string[]; readonly side: Role }[],
  minimumCount = SIDE_MINIMUM_COUNT,
): string {
  const featureLists = samples.map((sample) => sideFeatures(sample.keys));
  const counts = new Map<string, number>();
  for (const features of featureLists) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const classifier = naiveBayesTextClassifier();
  classifier.defineConfig(SIDE_MODEL_CONFIG);
  samples.forEach((sample, index) => {
    const features = (featureLists[index] ?? []).filter((feature) => (counts.get(feature) ?? 0) >= minimumCount);
    if (features.length > 0) classifier.learn(features, sample.side);
  });
  classifier.consolidate();
  // The library's last element, the vocabulary, is every feature counted under some side:
  // left out of the stored model and rebuilt at load (sideModelOf), a third of its size.
  const [config, sides, featureCounts, totals] = JSON.parse(classifier.exportJSON()) as unknown[];
  return JSON.stringify([config, sides, featureCounts, totals]);
}

/**
 * Features seen in fewer training titles than this are left out of the model: a word met once
 * says little of a side and most of the model's size is such words (cross-validated: README).
 */
export const SIDE_MINIMUM_COUNT = 1;

/** A side model from {@link trainSideModel}'s JSON (the library's export without its vocabulary). */
export function sideModelOf(json: string): SideModel {
  const [config, sides, featureCounts, totals] = JSON.parse(json) as [unknown, unknown, Record<string, Record<string, number>>, unknown];
  const vocabulary = [...new Set(Object.values(featureCounts).flatMap((counts) => Object.keys(counts)))];
  const classifier = naiveBayesTextClassifier();
  classifier.importJSON(JSON.stringify([config, sides, featureCounts, totals, vocabulary]));
  classifier.consolidate();
  return {
    logOdds(features) {
      const odds = classifier.computeOdds([...features]);
      const cio = odds.find(([label]) => label === 'CIO');
      // The library reports "unknown" when no feature was seen in training.
      return cio === undefined ? null : cio[1];
    },
  };
}

/** The probability of the more likely side and the side, from log2 odds of CIO over CTO. */
export function sideProbability(logOdds: number): { readonly side: Role; readonly probability: number } {
  const cio = 1 / (1 + 2 ** -logOdds);
  return cio >= 0.5 ? { side: 'CIO', probability: cio } : { side: 'CTO', probability: 1 - cio };
}

/**
 * The confidence of a side probability: the cross-validated accuracy of its band
 * (`calibration`: [lowest probability, confidence] rows, ascending), 0 below the first row.
 */
export function calibratedConfidence(probability: number, calibration: readonly (readonly [number, number])[]): number {
  let confidence = 0;
  for (const [from, value] of calibration) if (probability >= from) confidence = value;
  return confidence;
}

/** The committed model (side-model-data.ts), built on first use. */
let committed: SideModel | undefined;
function committedModel(): SideModel {
  committed ??= sideModelOf(SIDE_MODEL_JSON);
  return committed;
}

/** A side reading: the side, its probability and calibrated confidence, the words that lean that way most. */
export interface SideReading {
  readonly side: Role;
  readonly probability: number;
  readonly confidence: number;
  readonly cues: readonly string[];
}

/**
 * The side reading of a text's keys: the side, its calibrated confidence, and the words that
 * lean that way most (as typed in the keys, families and typos read as their word). Null when
 * no word was seen in training or the confidence is 0. Pure.
 */
export function readSide(
  keys: readonly string[],
  model: SideModel = committedModel(),
  calibration: readonly (readonly [number, number])[] = SIDE_CALIBRATION,
): SideReading | null {
  const features = sideFeatures(keys);
  // A text the model knows only through typo corrections ("lanch") is as likely a slip of a word
  // the guidance lacks ("lunch"): no reading.
  const typed = sideFeatures(keys.filter((key) => !key.startsWith(TYPO)));
  if (model.logOdds(typed) === null) return null;
  const odds = model.logOdds(features);
  if (odds === null) return null;
  const { side, probability } = sideProbability(odds);
  const confidence = calibratedConfidence(probability, calibration);
  if (confidence <= 0) return null;
  const sign = side === 'CIO' ? 1 : -1;
  const cues = features
    .filter((feature) => !feature.startsWith(FAMILY))
    .map((feature) => [feature, sign * (model.logOdds([feature]) ?? 0)] as const)
    .filter(([, lean]) => lean > 0.5)
    .sort((a, b) => b[1] - a[1])
    .map(([feature]) => feature)
    // One form of a word is enough ("joiner", not also "joiners").
    .filter((feature, index, all) => !all.slice(0, index).some((kept) => feature.startsWith(kept) || kept.startsWith(feature)))
    .slice(0, 3);
  return { side, probability, confidence, cues };
}

/**
 * One-role readings from one ordinary word or a loose match below this confidence may also be
 * replaced; 0: only Unknown readings are. Cross-validated by set, replacing loose readings
 * below 0.5 or 0.7 as well fixed one more item (of 1,161) than Unknown alone, and it overrode
 * deliberate readings of the topic rules ("laptops that the company sells online"), so only
 * Unknown readings are replaced (README, "The side fallback"). Kept for the eighth pass's
 * cross-validation (cross-validate-side.ts --loose-below); since the tenth pass the readings the
 * classifier may replace are set by {@link SIDE_POLICY}, by its probability.
 */
export const LOOSE_BELOW = 0;

/** True when a reading is Unknown (or, with `looseBelow`, a loose one-role reading claiming less): the eighth pass's test. */
export function isWeakReading(reading: Suggestion, looseBelow = LOOSE_BELOW): boolean {
  if (reading.owner === 'Unknown') return true;
  if (reading.owner !== 'CIO' && reading.owner !== 'CTO') return false;
  return reading.match !== 'phrase' && reading.confidence < looseBelow;
}

/** Readings whose side outcomes calibrate the model: any one-role or Unknown reading not from a whole phrase. */
export function isLooseReading(reading: Suggestion): boolean {
  return reading.owner === 'Unknown' || ((reading.owner === 'CIO' || reading.owner === 'CTO') && reading.match !== 'phrase');
}

/**
 * When the side classifier decides instead of the topic rules (the combination, cross-validated
 * by set and on the rules' first-contact readings of the blind sets: README, "The side
 * classifier and the topic rules"). The rules read a whole signal phrase better than the
 * classifier; the classifier reads the side of a title the rules read from one ordinary word or
 * a loose match better than the rules (on frozen-3 to frozen-8 read by the rules of their first
 * measurement, this policy fixed 21 CIO/CTO items and broke 2). So:
 * - `unknown`: an Unknown reading takes the classifier's side at this probability or more (and
 *   when its calibrated confidence is above the reading's); `unknownNamed` is the lower bar for a
 *   title that names technology (words.ts: namesTechnology), where a guess is at least about
 *   technology work: titles with no such word ("Buy coffee for the kitchen") keep the higher bar;
 * - `loose`: a one-role reading from one ordinary word or a loose match (a typo, a related form)
 *   takes the classifier's other side at this probability or more;
 * - `phrase`: a one-role reading from a phrase weak enough to claim less than `phraseBelow`
 *   (a phrase dwarfed by other words) takes the other side only at this probability or more.
 * - `audience`: a one-role reading from audience words alone ("staff", "customers") takes the
 *   other side at this probability or more (measured: two more right, none broken).
 * Shared and Contested readings and readings whose wording names what the company sells or
 * makes ({@link namesOwnProduct}) are never replaced: those cues are the sources' own
 * distinctions, which a word count cannot weigh.
 */
export interface SidePolicy {
  readonly unknown: number;
  readonly unknownNamed: number;
  readonly loose: number;
  readonly audience: number;
  readonly phrase: number;
  readonly phraseBelow: number;
}

/** The policy in use (measured: README). */
export const SIDE_POLICY: SidePolicy = Object.freeze({ unknown: 0.9, unknownNamed: 0.8, loose: 0.9, audience: 0.9, phrase: 0.999, phraseBelow: 0.85 });

/** The earlier policy, Unknown readings only: the cross-validation's "before". */
export const UNKNOWN_ONLY_POLICY: SidePolicy = Object.freeze({ unknown: 0.9, unknownNamed: 0.9, loose: Infinity, audience: Infinity, phrase: Infinity, phraseBelow: 0 });

/**
 * True when the wording says the company sells or makes the thing ("the cameras we make", "a
 * PaaS offering", "prototype of the next headset"): the topic rules' reading of such a title
 * turns on that cue (suggestion.ts: soldThing, madeDevice), which the classifier cannot weigh.
 */
export function namesOwnProduct(keys: readonly string[]): boolean {
  let making = false;
  let device = false;
  for (const key of keys) {
    const plain = key.startsWith(TYPO) ? key.slice(TYPO.length) : key;
    if (plain === WE_SELL_TOKEN || plain === 'offering' || plain === 'offerings') return true;
    if (MAKING_KEYS.has(plain)) making = true;
    if (DEVICE_KEYS.has(plain)) device = true;
  }
  return making && device;
}

/** The probability the classifier needs to replace `reading` under `policy`, or null when it may not. */
function replaceAt(reading: Suggestion, keys: readonly string[], policy: SidePolicy): number | null {
  if (reading.owner !== 'CIO' && reading.owner !== 'CTO') return null;
  if (reading.match === 'none' || namesOwnProduct(keys)) return null;
  if (reading.match === 'audience') return Number.isFinite(policy.audience) ? policy.audience : null;
  if (reading.match === 'phrase') return reading.confidence < policy.phraseBelow ? policy.phrase : null;
  return policy.loose;
}

const SIDE_CITATIONS: readonly Citation[] = Object.freeze([io('thesis')]);

/** Remit's own reading, marked as such; the citation backs only the general distinction. */
function sideReason(side: Role, cues: readonly string[]): string {
  const words = cues.length > 0 ? ` (most telling: ${cues.map((cue) => `“${cue}”`).join(', ')})` : '';
  const lean =
    side === 'CIO'
      ? 'internal work: the company’s own staff, offices, operations or business systems'
      : 'customer-facing work: the product, its customers, research or engineering';
  return (
    'No guidance topic matched these words strongly. Remit’s own reading of the wording, ' +
    `learned from labelled example titles${words}, leans to ${lean}. The sources’ core ` +
    'distinction is that the CIO’s technology faces inward and the CTO’s outward; they say ' +
    'nothing about this title itself. A hint only: say what the work covers for a firmer reading.'
  );
}

/**
 * Side readings by the keys array they were read from: analyseText memoises its frozen keys
 * per text, so a title read again (every check after a move) costs one lookup, not a join.
 */
const byKeys = new WeakMap<readonly string[], Suggestion>();
const sideMemo = memoTable<string, Suggestion>('suggest.side', 5_000);

/**
 * `reading`, or, when it is weak ({@link isWeakReading}) and the side classifier is surer of
 * the text's side, the classifier's side reading: no topic (so never a placement finding), the
 * calibrated confidence, Remit's own reason. Strong topic readings and Shared or Contested
 * readings pass unchanged. Pure; memoised by keys.
 */
export function withSideReading(reading: Suggestion, keys: readonly string[]): Suggestion {
  if (!isWeakReading(reading) && replaceAt(reading, keys, SIDE_POLICY) === null) return reading;
  const known = byKeys.get(keys);
  if (known !== undefined) return known;
  const memo = `${reading.confidence} ${keys.join(' ')}`;
  const result = sideMemo.get(memo) ?? sideMemo.set(memo, sideReadingOf(reading, readSide(keys), keys));
  byKeys.set(keys, result);
  return result;
}

/**
 * The choice of {@link withSideReading} for a given side reading (the cross-validation passes its
 * own side reading and policy): an Unknown reading gives way to a surer side; a one-role reading
 * gives way to the other side when `policy` lets the classifier's probability replace it. Pure.
 */
export function sideReadingOf(
  reading: Suggestion,
  side: SideReading | null,
  keys: readonly string[],
  policy: SidePolicy = SIDE_POLICY,
): Suggestion {
  if (side === null || side.side === reading.owner) return reading;
  if (reading.owner === 'Unknown') {
    // Words that name both audiences and no topic ("for accountants and subscribers") are the
    // rules' deliberate Unknown: the text says it serves both sides, and a word count picks one.
    const sides = sidesOfKeys(keys);
    if (sides.inward && sides.outward) return reading;
    const at = namesTechnology(keys) ? policy.unknownNamed : policy.unknown;
    if (side.probability < at || side.confidence <= reading.confidence) return reading;
  } else {
    const at = replaceAt(reading, keys, policy);
    if (at === null || side.probability < at || side.confidence <= 0) return reading;
  }
  return Object.freeze({
    owner: side.side,
    confidence: side.confidence,
    match: 'audience',
    topic: null,
    signals: Object.freeze([...side.cues]),
    citations: SIDE_CITATIONS,
    reason: sideReason(side.side, side.cues),
  } satisfies Suggestion);
}

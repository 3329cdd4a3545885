/**
 * Cross-validates the side fallback by set: `npx tsx tests/unit/shared/guidance/labelled/cross-validate-side.ts`.
 * For each labelled set (frozen-6, frozen-7, frozen-8 and frozen-9 are never read), the side model is trained on all the other
 * sets and calibrated leave-one-set-out within them (nested, so the held-out set shapes neither
 * the counts nor the bands); the set is then scored with the topic reading alone ("before") and
 * with the fallback where the reading is weak ("after"). Prints each set's CIO/CTO figure, and
 * the tables of all held-out sets together (print-report.ts style).
 *
 * Caveat: the topic reading itself was tuned on most of these sets, so "before" is in-sample for
 * the rules; only the fallback's part is cross-validated. The fallback only changes weak readings,
 * so its effect is measured on them.
 */
import { SIDE_SETS, calibrate, outOfSetOutcomes, ruleReading, samplesOf, type SideItem } from '../../../../../build/scripts/train-side-model.js';
import { LOOSE_BELOW, isWeakReading, readSide, sideModelOf, sideReadingOf, trainSideModel } from '../../../../../shared/guidance/side-model.js';
import { analyseText } from '../../../../../shared/guidance/text.js';
import type { Suggestion } from '../../../../../shared/guidance/index.js';
import { formatReport, scoreLabelled, type LabelledItem } from './labelled-item.js';

/** `--loose-below 0.5`: also replace one-role readings from a word or a loose match below 0.5. */
const looseAt = process.argv.indexOf('--loose-below');
const looseBelow = looseAt > 0 ? Number(process.argv[looseAt + 1]) : LOOSE_BELOW;
const weakReading = (reading: Suggestion): boolean => isWeakReading(reading, looseBelow);

const asLabelled = (items: readonly SideItem[]): LabelledItem[] =>
  items.map((item) => ({ ...item, category: item.category as LabelledItem['category'] }));

const before = new Map<string, Suggestion>();
const after = new Map<string, Suggestion>();
const all: SideItem[] = [];
let weak = 0;
let changed = 0;
let fixed = 0;
let broken = 0;
const rows: string[] = [
  '| held-out set | CIO/CTO before | after | weak readings | changed (fixed / broken) | classifier alone, CIO/CTO items |',
  '|---|---|---|---|---|---|',
];
let aloneRight = 0;
let aloneTotal = 0;
for (const [name, items] of SIDE_SETS) {
  const others = new Map([...SIDE_SETS].filter(([other]) => other !== name));
  const model = sideModelOf(trainSideModel(samplesOf([...others.values()].flat())));
  const calibration = calibrate(outOfSetOutcomes(others));
  let setFixed = 0;
  let setBroken = 0;
  let setWeak = 0;
  for (const item of items) {
    const rule = ruleReading(item.text);
    const isWeak = weakReading(rule);
    const side = isWeak ? readSide(analyseText(item.text).keys, model, calibration) : null;
    const reading = isWeak ? sideReadingOf(rule, side, analyseText(item.text).keys) : rule;
    if (isWeak) setWeak += 1;
    const key = `${name}\u0000${item.text}`;
    before.set(key, rule);
    after.set(key, reading);
    if (reading !== rule) {
      changed += 1;
      if (reading.owner === item.owner) setFixed += 1;
      else if (rule.owner === item.owner) setBroken += 1;
    }
  }
  weak += setWeak;
  fixed += setFixed;
  broken += setBroken;
  const roles = (map: Map<string, Suggestion>): string => {
    const sided = items.filter((item) => item.owner === 'CIO' || item.owner === 'CTO');
    const right = sided.filter((item) => map.get(`${name}\u0000${item.text}`)?.owner === item.owner).length;
    return `${((100 * right) / sided.length).toFixed(1)}% (${right}/${sided.length})`;
  };
  // The classifier alone on every CIO/CTO item of the held-out set (no topic reading at all).
  const sided = items.filter((item) => item.owner === 'CIO' || item.owner === 'CTO');
  const alone = sided.filter((item) => readSide(analyseText(item.text).keys, model, [[0.5, 0.5]])?.side === item.owner).length;
  aloneRight += alone;
  aloneTotal += sided.length;
  rows.push(
    `| ${name} | ${roles(before)} | ${roles(after)} | ${setWeak} | ${setFixed} / ${setBroken} | ${((100 * alone) / sided.length).toFixed(1)}% (${alone}/${sided.length}) |`,
  );
  all.push(...items.map((item) => ({ ...item, text: `${name}\u0000${item.text}` })));
}
const lookup = (map: Map<string, Suggestion>) => (text: string): Suggestion => {
  const found = map.get(text);
  if (!found) throw new Error(`no reading for ${text}`);
  return found;
};
console.log(rows.join('\n'));
console.log(`\nclassifier alone, all held-out CIO/CTO items: ${((100 * aloneRight) / aloneTotal).toFixed(1)}% (${aloneRight}/${aloneTotal})`);
console.log(`\nweak readings: ${weak}; changed by the fallback: ${changed}; fixed ${fixed}, broken ${broken}\n`);
console.log(formatReport('All held-out sets, topic reading alone (before)', scoreLabelled(asLabelled(all), lookup(before))));
console.log();
console.log(formatReport('All held-out sets, with the side fallback (after, cross-validated by set)', scoreLabelled(asLabelled(all), lookup(after))));
if (process.argv.includes('--outcomes')) {
  const outcomes = outOfSetOutcomes(SIDE_SETS);
  const edges = [0.5, 0.6, 0.7, 0.8, 0.9, 0.97, 0.99, 1.01];
  for (let index = 0; index + 1 < edges.length; index += 1) {
    const from = edges[index] ?? 0;
    const to = edges[index + 1] ?? 1.01;
    const band = outcomes.filter((outcome) => outcome.probability >= from && outcome.probability < to);
    console.log(`loose readings, side probability ${from}–${Math.min(1, to)}: right ${band.filter((outcome) => outcome.right).length}/${band.length}`);
  }
}

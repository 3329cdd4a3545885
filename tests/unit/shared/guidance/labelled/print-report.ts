/**
 * Prints the labelled sets' reports: `npx tsx tests/unit/shared/guidance/labelled/print-report.ts
 * [--misses]`. Misses are listed for the tuning parts only; the frozen parts' misses stay
 * unread until the work is done (`--frozen-misses`, `--frozen-2-misses`); frozen-3 is scored and
 * printed only on `--frozen-3` (`--frozen-3-misses`), frozen-4 only on `--frozen-4`
 * (`--frozen-4-misses`), frozen-5 only on `--frozen-5` (`--frozen-5-misses`: measured once
 * held out, its misses are now tuning material), frozen-6 only on `--frozen-6`
 * (`--frozen-6-misses`: likewise measured once held out and now tuning material), frozen-7
 * only on `--frozen-7` and frozen-8 only on `--frozen-8` (`--frozen-7-misses`,
 * `--frozen-8-misses`: readable since frozen-9 was measured on main), and frozen-9 only on
 * `--frozen-9` (tables only, no misses option). The tuning parts are the first set,
 * tuning-2 and tuning-3.
 */
import { suggestOwner } from '../../../../../shared/guidance/index.js';
import { FROZEN_ITEMS } from './frozen.js';
import { FROZEN_2_ITEMS } from './frozen-2.js';
import { FROZEN_3_ITEMS } from './frozen-3.js';
import { FROZEN_4_ITEMS } from './frozen-4.js';
import { FROZEN_5_ITEMS } from './frozen-5.js';
import { FROZEN_6_ITEMS } from './frozen-6.js';
import { FROZEN_7_ITEMS } from './frozen-7.js';
import { FROZEN_8_ITEMS } from './frozen-8.js';
import { FROZEN_9_ITEMS } from './frozen-9.js';
import { formatReport, scoreLabelled } from './labelled-item.js';
import { TUNING_ITEMS } from './tuning.js';
import { TUNING_2_ITEMS } from './tuning-2.js';
import { TUNING_3_ITEMS } from './tuning-3.js';

const argv = process.argv;
const tuning = scoreLabelled(TUNING_ITEMS, suggestOwner);
const tuning2 = scoreLabelled(TUNING_2_ITEMS, suggestOwner);
const tuning3 = scoreLabelled(TUNING_3_ITEMS, suggestOwner);
const frozen = scoreLabelled(FROZEN_ITEMS, suggestOwner);
console.log(formatReport('Tuning part (first set)', tuning));
console.log();
console.log(formatReport('Tuning-2 part (second set)', tuning2));
console.log();
console.log(formatReport('Tuning-3 part (fourth set, written with frozen-4)', tuning3));
console.log();
console.log(formatReport('Frozen part (first set; its misses have been looked at)', frozen));

/**
 * The later frozen sets, scored only when asked for: `--<name>` prints the tables and, where
 * `readable`, `--<name>-misses` lists the misses; the held-out sets have no misses option.
 */
const optionalSets = [
  ['frozen-2', 'Frozen-2', FROZEN_2_ITEMS, 'Frozen-2 part (second set; looked at and tuned on in the third pass)', true],
  ['frozen-3', 'Frozen-3', FROZEN_3_ITEMS, 'Frozen-3 part (third set)', true],
  ['frozen-4', 'Frozen-4', FROZEN_4_ITEMS, 'Frozen-4 part (fourth set; written before the fifth pass)', true],
  ['frozen-5', 'Frozen-5', FROZEN_5_ITEMS, 'Frozen-5 part (fifth set; measured once held out, now read)', true],
  ['frozen-6', 'Frozen-6', FROZEN_6_ITEMS, 'Frozen-6 part (sixth set; measured once held out, now read)', true],
  ['frozen-7', 'Frozen-7', FROZEN_7_ITEMS, 'Frozen-7 part (seventh set; measured held out, read since frozen-9 was measured)', true],
  ['frozen-8', 'Frozen-8', FROZEN_8_ITEMS, 'Frozen-8 part (eighth set; measured held out, read since frozen-9 was measured)', true],
  ['frozen-9', 'Frozen-9', FROZEN_9_ITEMS, 'Frozen-9 part (ninth set; held out, measured once)', false],
] as const;
const missesToShow: [string, typeof tuning][] = [];
for (const [name, label, items, title, readable] of optionalSets) {
  const tables = argv.includes(`--${name}`);
  const misses = readable && argv.includes(`--${name}-misses`);
  if (!tables && !misses) continue;
  const report = scoreLabelled(items, suggestOwner);
  if (tables) {
    console.log();
    console.log(formatReport(title, report));
  }
  if (misses) missesToShow.push([`${label} misses`, report]);
}

const show = (label: string, report: typeof tuning): void => {
  console.log(`\n${label}:`);
  for (const result of report.results) {
    if (result.right && (result.item.owner !== 'Shared' || result.leadRight)) continue;
    const { suggestion } = result;
    console.log(
      `  [${result.item.category}] ${result.item.owner}${result.item.lead ? `/${result.item.lead}` : ''} ← ${suggestion.owner}${suggestion.lead ? `/${suggestion.lead}` : ''} ${suggestion.confidence} ${suggestion.topic?.id ?? '-'} :: ${result.item.text}`,
    );
  }
};
if (argv.includes('--misses')) {
  show('Tuning misses', tuning);
  show('Tuning-2 misses', tuning2);
  show('Tuning-3 misses', tuning3);
}
if (argv.includes('--frozen-misses')) show('Frozen misses', frozen);
for (const [label, report] of missesToShow) show(label, report);

/**
 * Prints the labelled sets' reports: `npx tsx tests/unit/shared/guidance/labelled/print-report.ts
 * [--misses]`. Misses are listed for the tuning parts only; the frozen parts' misses stay
 * unread until the work is done (`--frozen-misses`, `--frozen-2-misses`); frozen-3 is scored and
 * printed only on `--frozen-3` (`--frozen-3-misses`), frozen-4 only on `--frozen-4`
 * (`--frozen-4-misses`), frozen-5 only on `--frozen-5` (`--frozen-5-misses`: measured once
 * held out, its misses are now tuning material), frozen-6 only on `--frozen-6`
 * (`--frozen-6-misses`: likewise measured once held out and now tuning material), frozen-7
 * only on `--frozen-7` and frozen-8 only on `--frozen-8` (tables only, no misses option). The
 * tuning parts are the first set,
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
import { formatReport, scoreLabelled } from './labelled-item.js';
import { TUNING_ITEMS } from './tuning.js';
import { TUNING_2_ITEMS } from './tuning-2.js';
import { TUNING_3_ITEMS } from './tuning-3.js';

const tuning = scoreLabelled(TUNING_ITEMS, suggestOwner);
const tuning2 = scoreLabelled(TUNING_2_ITEMS, suggestOwner);
const tuning3 = scoreLabelled(TUNING_3_ITEMS, suggestOwner);
const frozen = scoreLabelled(FROZEN_ITEMS, suggestOwner);
const frozen2 = scoreLabelled(FROZEN_2_ITEMS, suggestOwner);
console.log(formatReport('Tuning part (first set)', tuning));
console.log();
console.log(formatReport('Tuning-2 part (second set)', tuning2));
console.log();
console.log(formatReport('Tuning-3 part (fourth set, written with frozen-4)', tuning3));
console.log();
console.log(formatReport('Frozen part (first set; its misses have been looked at)', frozen));
if (process.argv.includes('--frozen-2')) {
  console.log();
  console.log(formatReport('Frozen-2 part (second set; looked at and tuned on in the third pass)', frozen2));
}
const wantFrozen3 = process.argv.includes('--frozen-3') || process.argv.includes('--frozen-3-misses');
const frozen3 = wantFrozen3 ? scoreLabelled(FROZEN_3_ITEMS, suggestOwner) : null;
if (frozen3 && process.argv.includes('--frozen-3')) {
  console.log();
  console.log(formatReport('Frozen-3 part (third set)', frozen3));
}
const wantFrozen4 = process.argv.includes('--frozen-4') || process.argv.includes('--frozen-4-misses');
const frozen4 = wantFrozen4 ? scoreLabelled(FROZEN_4_ITEMS, suggestOwner) : null;
if (frozen4 && process.argv.includes('--frozen-4')) {
  console.log();
  console.log(formatReport('Frozen-4 part (fourth set; written before the fifth pass)', frozen4));
}
const wantFrozen5 = process.argv.includes('--frozen-5') || process.argv.includes('--frozen-5-misses');
const frozen5 = wantFrozen5 ? scoreLabelled(FROZEN_5_ITEMS, suggestOwner) : null;
if (frozen5 && process.argv.includes('--frozen-5')) {
  console.log();
  console.log(formatReport('Frozen-5 part (fifth set; measured once held out, now read)', frozen5));
}
const wantFrozen6 = process.argv.includes('--frozen-6') || process.argv.includes('--frozen-6-misses');
const frozen6 = wantFrozen6 ? scoreLabelled(FROZEN_6_ITEMS, suggestOwner) : null;
if (frozen6 && process.argv.includes('--frozen-6')) {
  console.log();
  console.log(formatReport('Frozen-6 part (sixth set; measured once held out, now read)', frozen6));
}
if (process.argv.includes('--frozen-7')) {
  console.log();
  console.log(
    formatReport(
      'Frozen-7 part (seventh set; held out, measured once)',
      scoreLabelled(FROZEN_7_ITEMS, suggestOwner),
    ),
  );
}
if (process.argv.includes('--frozen-8')) {
  console.log();
  console.log(
    formatReport(
      'Frozen-8 part (eighth set; held out, measured once)',
      scoreLabelled(FROZEN_8_ITEMS, suggestOwner),
    ),
  );
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
if (process.argv.includes('--misses')) {
  show('Tuning misses', tuning);
  show('Tuning-2 misses', tuning2);
  show('Tuning-3 misses', tuning3);
}
if (process.argv.includes('--frozen-misses')) show('Frozen misses', frozen);
if (process.argv.includes('--frozen-2-misses')) show('Frozen-2 misses', frozen2);
if (frozen3 && process.argv.includes('--frozen-3-misses')) show('Frozen-3 misses', frozen3);
if (frozen4 && process.argv.includes('--frozen-4-misses')) show('Frozen-4 misses', frozen4);
if (frozen5 && process.argv.includes('--frozen-5-misses')) show('Frozen-5 misses', frozen5);
if (frozen6 && process.argv.includes('--frozen-6-misses')) show('Frozen-6 misses', frozen6);

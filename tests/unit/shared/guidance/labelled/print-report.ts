/**
 * Prints the labelled set's report: `npx tsx tests/unit/shared/guidance/labelled/print-report.ts
 * [--misses]`. Misses are listed for the tuning part only; the frozen part's misses stay
 * unread until the work is done (`--frozen-misses`).
 */
import { suggestOwner } from '../../../../../shared/guidance/index.js';
import { FROZEN_ITEMS } from './frozen.js';
import { formatReport, scoreLabelled } from './labelled-item.js';
import { TUNING_ITEMS } from './tuning.js';

const tuning = scoreLabelled(TUNING_ITEMS, suggestOwner);
const frozen = scoreLabelled(FROZEN_ITEMS, suggestOwner);
console.log(formatReport('Tuning part', tuning));
console.log();
console.log(formatReport('Frozen part', frozen));
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
if (process.argv.includes('--misses')) show('Tuning misses', tuning);
if (process.argv.includes('--frozen-misses')) show('Frozen misses', frozen);

// Figures of pure code, measured in Node through tsx (the same TypeScript the app bundles).
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeLibrary, makeScenario, makeVariant } from './data.mjs';
import { summarize } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Imports a TypeScript module of the repo, or returns a reason why it cannot be measured yet. */
async function load(relative, names) {
  const path = `${ROOT}${relative}`;
  if (!existsSync(path)) return { reason: `${relative} does not exist yet` };
  let module;
  try {
    module = await import(pathToFileURL(path).href);
  } catch (error) {
    return { reason: `${relative} failed to load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  const missing = names.filter((name) => typeof module[name] !== 'function');
  return missing.length ? { reason: `${relative} does not export ${missing.join(', ')} yet` } : { module };
}

/** Runs `run` `warmup` times unmeasured, then `samples` times; returns the summary in ms. */
function time(run, { warmup = 10, samples = 40, perSample = 1 } = {}) {
  for (let i = 0; i < warmup; i += 1) run(i + samples);
  const results = [];
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    run(i);
    results.push((performance.now() - start) / perSample);
  }
  return summarize(results);
}

/**
 * checkScenario(1,000), suggestOwner per call and the labelled-set accuracy. Both functions
 * memoise (per scenario object, per title, per text), so each sample gets inputs the memo has
 * not seen: "live" = a new scenario object after one move (titles already analysed, as on the
 * board after each drop), "cold" = 1,000 titles never seen (as when a scenario first opens).
 */
export async function guidanceFigures() {
  const figures = [];
  const big = makeScenario(5000, 1000);
  const guidance = await load('shared/guidance/index.ts', ['suggestOwner']);
  const check = guidance.module && typeof guidance.module.checkScenario === 'function' ? guidance.module.checkScenario : null;
  if (check) {
    const lanes = ['CIO', 'Shared', 'CTO', 'Unassigned'];
    const live = Array.from({ length: 50 }, (_, sample) => ({
      ...big,
      responsibilities: big.responsibilities.map((item, index) =>
        index === sample * 7 ? { id: item.id, title: item.title, owner: lanes[(lanes.indexOf(item.owner) + 1) % 4], ...(item.owner === 'CIO' ? { lead: 'CIO' } : {}) } : item,
      ),
    }));
    const cold = Array.from({ length: 25 }, (_, sample) => ({
      ...big,
      responsibilities: big.responsibilities.map((item) => ({ ...item, title: `${item.title} v${sample}` })),
    }));
    check(big);
    figures.push({ id: 'guidance.check1000', label: 'checkScenario(1,000) after a move', unit: 'ms', ...time((i) => check(live[i % 50]), { warmup: 10, samples: 40 }) });
    figures.push({ id: 'guidance.check1000cold', label: 'checkScenario(1,000) unseen titles', unit: 'ms', ...time((i) => check(cold[i % 25]), { warmup: 5, samples: 20 }) });
  } else {
    figures.push({ id: 'guidance.check1000', label: 'checkScenario(1,000)', skipped: guidance.reason ?? 'shared/guidance does not export checkScenario yet' });
  }
  if (guidance.module) {
    const suggest = guidance.module.suggestOwner;
    const batch = 500;
    const samples = 30;
    const warmup = 3;
    // Distinct texts for every call: what a person types has not been seen before.
    const texts = Array.from({ length: (samples + warmup) * batch }, (_, index) => {
      const item = big.responsibilities[index % big.responsibilities.length];
      return `${item.title.replace(/ #\d+$/, '')} ${index}`;
    });
    figures.push({
      id: 'guidance.suggest',
      label: 'suggestOwner per call (new text)',
      unit: 'ms',
      ...time(
        (sample) => {
          const offset = sample * batch;
          for (let i = 0; i < batch; i += 1) suggest(texts[offset + i]);
        },
        { warmup, samples, perSample: batch },
      ),
    });
    const labelled = await load('tests/unit/shared/guidance/labelled-phrasings.ts', ['accuracy']);
    if (labelled.module) {
      const report = labelled.module.accuracy();
      figures.push({
        id: 'guidance.accuracy',
        label: `suggestOwner accuracy (${report.agreed}/${report.total} labelled)`,
        unit: '%',
        value: report.ratio * 100,
        note: report.ratio >= 0.9 ? 'issue 3 asks ≥ 90 %' : 'below the 90 % issue 3 asks',
      });
    } else {
      figures.push({ id: 'guidance.accuracy', label: 'suggestOwner accuracy', skipped: labelled.reason });
    }
  } else {
    figures.push({ id: 'guidance.suggest', label: 'suggestOwner per call', skipped: guidance.reason });
    figures.push({ id: 'guidance.accuracy', label: 'suggestOwner accuracy', skipped: guidance.reason });
  }
  return figures;
}

const COMPARE_NAMES = ['compareScenarios', 'compare', 'diffScenarios'];

/** Diff and guidance delta of two 1,000-responsibility scenarios. */
export async function compareFigures() {
  const label = 'compare 2 × 1,000';
  const path = existsSync(`${ROOT}shared/compare/index.ts`) ? 'shared/compare/index.ts' : 'shared/compare/compare.ts';
  const loaded = await load(path, []);
  if (!loaded.module) return [{ id: 'compare.2x1000', label, skipped: loaded.reason }];
  const name = COMPARE_NAMES.find((candidate) => typeof loaded.module[candidate] === 'function');
  if (!name) return [{ id: 'compare.2x1000', label, skipped: `${path} exports none of ${COMPARE_NAMES.join(', ')} yet` }];
  const compare = loaded.module[name];
  const a = makeScenario(6000, 1000);
  const b = makeVariant(a, 6001);
  // 2-to-4-way APIs take a list; pairwise ones take two arguments.
  const run = compare.length === 1 ? () => compare([a, b]) : () => compare(a, b);
  try {
    run();
  } catch (error) {
    return [{ id: 'compare.2x1000', label, skipped: `${name}() threw on bench data: ${error instanceof Error ? error.message : String(error)}` }];
  }
  return [{ id: 'compare.2x1000', label: `${label} (${name})`, unit: 'ms', ...time(run, { warmup: 5, samples: 30 }) }];
}

/** Parse and validate a 5 MB backup file (the pure part of an import). */
/**
 * A backup of the 50 × 300 library grown with snapshots to 5 MB, its text and its parser; or
 * why it cannot be made yet.
 */
export async function fiveMegabyteBackup() {
  const loaded = await load('shared/format/backup.ts', ['parseBackup', 'serializeBackup']);
  if (!loaded.module) return { reason: loaded.reason };
  const { parseBackup, serializeBackup } = loaded.module;
  const scenarios = makeLibrary(50, 300);
  let text = serializeBackup({ scenarios, trash: [], snapshots: [], settings: {} }, '2025-01-01T00:00:00.000Z');
  // Grow with snapshots of the library until the file reaches 5 MB.
  const snapshots = [];
  for (let i = 0; Buffer.byteLength(text) < 5 * 1024 * 1024; i += 1) {
    const scenario = scenarios[i % scenarios.length];
    snapshots.push({ id: `bench-snapshot-${i}`, scenarioId: scenario.id, name: `Snapshot ${i}`, kind: 'auto', createdAt: scenario.createdAt, scenario });
    if (snapshots.length % 5 === 0) {
      text = serializeBackup({ scenarios, trash: [], snapshots, settings: {} }, '2025-01-01T00:00:00.000Z');
    }
  }
  const first = parseBackup(text);
  if (!first.ok) return { reason: `the generated backup was refused: ${first.error.message} at ${first.error.path}` };
  return { text, parseBackup };
}

export async function backupFigures() {
  const label = 'backup 5 MB: parse + validate';
  const backup = await fiveMegabyteBackup();
  if (!backup.text) return [{ id: 'backup.parse5mb', label, skipped: backup.reason }];
  const { text, parseBackup } = backup;
  const megabytes = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
  return [
    {
      id: 'backup.parse5mb',
      label: `backup ${megabytes} MB: parse + validate`,
      unit: 'ms',
      ...time(() => parseBackup(text), { warmup: 2, samples: 10 }),
      note: 'in Node, the pure part of a restore',
    },
  ];
}

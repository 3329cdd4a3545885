// Dumps the guidance's outputs as JSON, so a speed-only change can be proven byte-identical:
// `npx tsx build/scripts/bench/guidance-dump.mts [root] > out.json` before and after, then diff.
// Covers suggestOwner on every labelled text, the exported indexes, the ranking and keys of
// each text, and checkScenario on the starter plan and the bench plans in every context.
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const url = (relative: string): string => pathToFileURL(`${root}/${relative}`).href;

const guidance = await import(url('shared/guidance/index.ts'));
const text = await import(url('shared/guidance/text.ts'));
const suggest = await import(url('shared/guidance/suggest.ts'));
const data = await import(url('build/scripts/bench/data.mjs'));

const texts = new Set<string>();
const labelledDir = `${root}/tests/unit/shared/guidance/labelled`;
for (const file of readdirSync(labelledDir).sort()) {
  if (/^(frozen|tuning)(-\d+)?\.ts$/.test(file)) {
    const module = await import(url(`tests/unit/shared/guidance/labelled/${file}`));
    for (const value of Object.values(module)) if (Array.isArray(value)) for (const item of value) texts.add(item.text);
  }
}
const readings = JSON.parse(readFileSync(`${labelledDir}/first-contact-readings.json`, 'utf8')) as Record<string, { readings: { text: string }[] }>;
for (const group of Object.values(readings)) for (const item of group.readings) texts.add(item.text);
for (const [file, name] of [['labelled-phrasings.ts', 'LABELLED_PHRASINGS'], ['class-probes.ts', 'CLASS_PROBES']] as const) {
  const module = await import(url(`tests/unit/shared/guidance/${file}`));
  for (const item of module[name]) texts.add(item.text);
}
for (const entry of guidance.CATALOG) texts.add(entry.title);
const bench = data.makeScenario(5000, 1000);
for (const item of bench.responsibilities) texts.add(item.title);
// Typos, joins and odd forms.
for (const extra of ['payrol', 'servce desk', 'intarnet', 'e-comerce', 'pay roll', 'wi fi', 'sas', 'IT and R&D spend', '', '   ', 'IT', 'it', 'k8s clusters', 'A/B testing']) texts.add(extra);

const list = [...texts];
const out: Record<string, unknown> = {};
const scenarios = [
  data.makeScenario(1, 300),
  data.makeScenario(2, 300),
  bench,
];
// The starter plan, in the domain shape.
const starterModule = await import(url('renderer/state/starter-scenario.ts'));
let n = 0;
scenarios.unshift(starterModule.createStarterScenario(() => `id-${(n += 1)}`, '2025-01-01T00:00:00.000Z'));
const contexts = [
  undefined,
  { companySize: 'small', focus: 'product', reportingLine: 'cto-to-cio' },
  { companySize: 'large', focus: 'internal', reportingLine: 'cio-to-cto' },
];
// First the check on a cold process (the order the app does it), then everything else.
out.checks = scenarios.flatMap((scenario) =>
  contexts.map((context) => guidance.checkScenario(context === undefined ? scenario : { ...scenario, context: { ...scenario.context, ...context } })),
);
out.suggestions = list.map((t) => [t, guidance.suggestionJson ? guidance.suggestOwner(t) : null]);
out.analyses = list.map((t) => [t, text.analyseText(t)]);
out.rankings = list.map((t) => [t, suggest.rankTopics(text.analyseText(t).keys).map((m: { topic: { id: string }; score: number; signals: unknown; match: string; via?: { topic: { id: string } } }) => [m.topic.id, m.score, m.signals, m.match, m.via?.topic.id])]);
out.stems = list.map((t) => [t, guidance.contentStems(t), guidance.canonicalKey(t)]);
out.evidenceKeys = [...suggest.EVIDENCE_KEYS()];
out.typoTargets = text.TYPO_TARGET_WORDS();
// Mistyped vocabulary words (a dropped, swapped, changed letter): every path of the typo reader.
const typos = new Set<string>();
(text.TYPO_TARGET_WORDS() as readonly string[]).forEach((word, index) => {
  if (index % 3 !== 0) return;
  typos.add(word.slice(0, 1) + word.slice(2));
  typos.add(word[1] + word[0] + word.slice(2));
  typos.add(`${word.slice(0, -1)}x`);
  typos.add(word.slice(0, -2) + word.slice(-1) + word.slice(-2, -1));
  typos.add(`q${word.slice(1)}`);
});
out.typoKeys = [...typos].map((word) => [word, text.wordKeys(word)]);
out.memoSizes = guidance.guidanceMemoSizes();
// Again with the memos empty: the same answers.
guidance.clearGuidanceMemos();
out.suggestionsCleared = list.map((t) => [t, guidance.suggestOwner(t)]);
process.stdout.write(JSON.stringify(out, null, 1));

// Cold cost of the guidance in a fresh process: the first checkScenario of a plan (which builds
// every lazy index: compiled signals, lexicon, typo targets, phrase patterns), as on a page
// load with no stored check. `npx tsx build/scripts/bench/guidance-cold.mts [root] [cards]`
// prints one JSON line; run it many times, alternating builds, and compare medians.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const cards = Number(process.argv[3] ?? 300);
const url = (relative: string): string => pathToFileURL(`${root}/${relative}`).href;
const guidance = await import(url('shared/guidance/index.ts'));
const data = await import(url('build/scripts/bench/data.mjs'));
const plan = data.makeScenario(1000, cards);
// CPU time besides wall time: on a shared machine it moves far less with the load.
const cpu = process.cpuUsage();
const start = performance.now();
guidance.checkScenario(plan);
const first = performance.now() - start;
const firstCpu = process.cpuUsage(cpu);
// A second, unseen plan of the same size: what is left once the indexes exist.
const other = data.makeScenario(1001, cards);
const cpuAgain = process.cpuUsage();
const again = performance.now();
guidance.checkScenario({ ...other, responsibilities: other.responsibilities.map((item: { title: string }) => ({ ...item, title: `${item.title} x` })) });
const second = performance.now() - again;
const secondCpu = process.cpuUsage(cpuAgain);
const ms = (usage: NodeJS.CpuUsage): number => Math.round((usage.user + usage.system) / 100) / 10;
process.stdout.write(`${JSON.stringify({ cards, first: Math.round(first * 10) / 10, firstCpu: ms(firstCpu), second: Math.round(second * 10) / 10, secondCpu: ms(secondCpu) })}\n`);

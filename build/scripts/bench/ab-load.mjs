// `node build/scripts/bench/ab-load.mjs <dirA> <dirB> [n]`: the load figure of `npm run bench`
// (50 × 300 stored, navigation → board painted) for two builds, alternated in one browser so
// both see the same machine load: A, B, A, B, … n loads each. Prints each build's loads, median
// and spread, and the ratio of the medians. A comparison aid for changes to the load path
// (build each side with `REMIT_OUT_DIR=<dir> npx vite build`), not a figure of its own. Also
// prints the main thread's CPU time to painted, from a trace of each load: on a busy machine
// it moves far less than the wall clock. Each load starts from a page of the app's origin that
// runs none of its scripts; with `--cold` the stored guidance checks are emptied there first (a
// plan's first open), else the warm-up load has stored the plan's check (the usual reopen).
import { benchLibrary, openBenchBoard, serveBuild } from './ab-setup.mjs';
import { gotoBoard, launch, quietPage, storedCheckReady } from './browser.mjs';
import { summarize } from './stats.mjs';

const cold = process.argv.includes('--cold');
const [dirA, dirB, n = '8'] = process.argv.slice(2).filter((arg) => arg !== '--cold');
if (!dirA || !dirB) {
  console.error('usage: node build/scripts/bench/ab-load.mjs <dirA> <dirB> [n] [--cold]');
  process.exit(2);
}
const { library, cards } = benchLibrary();
const browser = await launch();
const sides = [];
for (const dir of [dirA, dirB]) {
  const server = await serveBuild(dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openBenchBoard(page, server.url, library);
  if (!cold) await storedCheckReady(page);
  sides.push({ dir, server, context, page, loads: [], cpu: [] });
}
for (let i = 0; i < Number(n); i += 1) {
  for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
    await quietPage(side.page, side.server.url, cold);
    await browser.startTracing(side.page, { categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing', 'devtools.timeline'] });
    side.loads.push((await gotoBoard(side.page, side.server.url, cards)).painted);
    side.cpu.push(mainThreadCpu(JSON.parse((await browser.stopTracing()).toString())));
  }
}
console.log(cold ? 'cold: no stored guidance checks (emptied before each load)' : 'warm: the plan\'s check stored by the warm-up load');
for (const side of sides) {
  const stats = summarize(side.loads);
  const cpu = summarize(side.cpu);
  console.log(`${side.dir}: main-thread CPU to painted: median ${cpu.median.toFixed(0)} ms (min ${Math.min(...side.cpu).toFixed(0)}, max ${Math.max(...side.cpu).toFixed(0)})`);
  console.log(`${side.dir}: wall clock to painted: median ${stats.median.toFixed(0)} ms (min ${Math.min(...side.loads).toFixed(0)}, max ${Math.max(...side.loads).toFixed(0)}) — ${side.loads.map((ms) => ms.toFixed(0)).join(' ')}`);
  await side.context.close();
  await side.server.close();
}
const ratio = (key) => summarize(sides[1][key]).median / summarize(sides[0][key]).median;
console.log(`B / A: wall clock ${ratio('loads').toFixed(2)}, main-thread CPU ${ratio('cpu').toFixed(2)}`);
await browser.close();

/**
 * CPU time of the page's main thread (tasks' thread durations, which a busy machine inflates far
 * less than wall clock) from the navigation to the bench:loaded mark.
 */
function mainThreadCpu(trace) {
  const events = trace.traceEvents ?? trace;
  const loaded = events.find((event) => event.name === 'bench:loaded');
  if (!loaded) return NaN;
  const thread = (event) => `${event.pid}:${event.tid}`;
  const start = events.find((event) => event.name === 'navigationStart' && thread(event) === thread(loaded));
  let sum = 0;
  for (const event of events) {
    if (event.ph !== 'X' || event.name !== 'RunTask' || thread(event) !== thread(loaded)) continue;
    if ((start && event.ts < start.ts) || event.ts > loaded.ts) continue;
    sum += (event.tdur ?? event.dur) / 1000;
  }
  return sum;
}

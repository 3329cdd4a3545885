// `node build/scripts/bench/trace-load.mjs [n] [--dir dist/bench] [--baseline] [--cold]`: profiles n loads
// of the bench build with the 50 × 300 library stored (as `npm run bench` seeds it) and prints,
// per load, navigation → painted, the number of elements on the page, the main thread's time by
// kind (script, style, layout, paint) up to the painted frame, and the sampled self time per
// bundled module and inclusive time per app function (build with `--minify false` for readable
// names: `REMIT_OUT_DIR=dist/bench-prof npx vite build --minify false`). A profiling aid for
// issue 15, not a figure.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchLibrary, openBenchBoard } from './ab-setup.mjs';
import { gotoBoard, launch, quietPage, storedCheckReady } from './browser.mjs';
import { cspOf, serve } from '../static-server.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const args = process.argv.slice(2);
const count = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 3);
const baseline = args.includes('--baseline');
const dirIndex = args.indexOf('--dir');
const dir = join(ROOT, dirIndex >= 0 ? args[dirIndex + 1] : baseline ? 'dist/bench-baseline' : 'dist/bench');

const csp = baseline ? null : cspOf(readFileSync(join(dir, 'index.html'), 'utf8'));
const server = await serve(dir, 0, csp);
const url = baseline ? `${server.url}?stored` : server.url;
const browser = await launch();
const { library, cards } = benchLibrary();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await openBenchBoard(page, url, library);
// Remit stores the plan's guidance check after its first paint; `--cold` empties the stored
// checks before every load (a plan's first open), else every load finds it (the usual reopen).
const cold = args.includes('--cold');
if (!baseline && !cold) await storedCheckReady(page);

const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const moduleOf = moduleLines();
const modules = new Map();
const inclusive = new Map();
for (let i = 0; i < count; i += 1) {
  if (baseline) await page.goto('about:blank');
  else await quietPage(page, server.url, cold);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute'] });
  await cdp.send('Profiler.start');
  const load = await gotoBoard(page, url, cards);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const elements = await page.evaluate('document.getElementsByTagName("*").length');
  const boardElements = await page.evaluate('document.querySelector("main")?.getElementsByTagName("*").length ?? 0');
  console.log(`\n#${i + 1} painted ${load.painted.toFixed(0)} ms (cards shown ${load.shown.toFixed(0)} ms); ${elements} elements (${boardElements} in <main>)`);
  console.log(`  ${kinds(trace)}`);
  if (args.includes('--tasks')) console.log(tasks(trace));
  sample(profile, trace);
  const saveIndex = args.indexOf('--save');
  if (saveIndex >= 0) writeFileSync(`${args[saveIndex + 1]}-${i + 1}.json`, JSON.stringify({ profile, trace }));
}
await browser.close();
await server.close();

const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`\nSampled self time per module, navigation → painted, mean of ${count} (ms):`);
for (const [name, ms] of top(modules, 25)) console.log(`  ${(ms / count).toFixed(1).padStart(6)}  ${name}`);
console.log(`\nSampled inclusive time of app and library functions (not React's), mean of ${count} (ms):`);
for (const [name, ms] of top(inclusive, 45)) console.log(`  ${(ms / count).toFixed(1).padStart(6)}  ${name}`);

/** Main-thread time by kind, from the navigation to the bench:loaded mark. */
function kinds(trace) {
  const events = trace.traceEvents ?? trace;
  const loaded = events.find((event) => event.name === 'bench:loaded');
  const commit = events.find((event) => event.name === 'CommitLoad' || event.name === 'navigationStart');
  const thread = loaded ? `${loaded.pid}:${loaded.tid}` : null;
  const byName = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || `${event.pid}:${event.tid}` !== thread || (loaded && event.ts > loaded.ts)) continue;
    if (!['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'ParseHTML', 'ParseAuthorStyleSheet', 'TimerFire', 'FireAnimationFrame', 'MajorGC', 'MinorGC'].includes(event.name)) continue;
    byName.set(event.name, (byName.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
  }
  return `${commit ? '' : '(no navigation mark) '}${[...byName].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`;
}

/** The main thread's tasks of 3 ms or more up to the bench:loaded mark, in order, from navigation start. */
function tasks(trace) {
  const events = trace.traceEvents ?? trace;
  const loaded = events.find((event) => event.name === 'bench:loaded');
  const start = events.find((event) => event.name === 'navigationStart' && `${event.pid}:${event.tid}` === `${loaded?.pid}:${loaded?.tid}`) ?? events.find((event) => event.name === 'navigationStart');
  if (!loaded || !start) return '  (no marks)';
  const thread = `${loaded.pid}:${loaded.tid}`;
  const top = events.filter((event) => event.ph === 'X' && event.name === 'RunTask' && `${event.pid}:${event.tid}` === thread && event.ts >= start.ts && event.ts <= loaded.ts && event.dur >= 3000);
  const lines = [];
  for (const task of top) {
    const inner = new Map();
    for (const event of events) {
      if (event.ph !== 'X' || `${event.pid}:${event.tid}` !== thread || event.ts < task.ts || event.ts > task.ts + task.dur || event.name === 'RunTask') continue;
      if (!['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'ParseHTML', 'TimerFire', 'FireAnimationFrame', 'MajorGC', 'MinorGC', 'v8.evaluateModule', 'EventDispatch'].includes(event.name)) continue;
      inner.set(event.name, (inner.get(event.name) ?? 0) + event.dur / 1000);
    }
    const parts = [...inner].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ');
    lines.push(`    @${((task.ts - start.ts) / 1000).toFixed(0).padStart(5)} ${(task.dur / 1000).toFixed(0).padStart(4)} ms  ${parts}`);
  }
  return lines.join('\n');
}

function sample(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  for (let i = 0; i < profile.samples.length; i += 1) {
    const ms = (profile.timeDeltas[i + 1] ?? 100) / 1000;
    const leaf = nodes.get(profile.samples[i]).callFrame;
    if (leaf.functionName === '(idle)' || leaf.functionName === '(program)') continue;
    const name = leaf.url ? moduleOf(leaf.lineNumber + 1, leaf.url) : leaf.functionName || '(native)';
    modules.set(name, (modules.get(name) ?? 0) + ms);
    const seen = new Set();
    for (let id = profile.samples[i]; id != null; id = parents.get(id)) {
      const frame = nodes.get(id).callFrame;
      if (!frame.url || !frame.functionName) continue;
      const module = moduleOf(frame.lineNumber + 1, frame.url);
      if (module.startsWith('react') || module === 'scheduler') continue;
      const key = `${frame.functionName} (${module})`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  }
}

/** Which bundled module a line of an unminified chunk belongs to (its '// path' markers). */
function moduleLines() {
  const chunks = new Map();
  return (line, url) => {
    const file = url.split('/').pop();
    if (!chunks.has(file)) {
      const starts = [];
      try {
        readFileSync(join(dir, 'assets', file), 'utf8')
          .split('\n')
          .forEach((text, index) => {
            const match = text.match(/^\/\/ ((?:node_modules|shared|renderer|\0)\S*)/);
            if (match) starts.push([index + 1, match[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')]);
          });
      } catch {
        // not one of the build's chunks
      }
      chunks.set(file, starts);
    }
    let found = file;
    for (const [start, name] of chunks.get(file)) {
      if (start > line) break;
      found = name;
    }
    return found;
  };
}

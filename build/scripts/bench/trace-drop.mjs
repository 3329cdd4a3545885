// `node build/scripts/bench/trace-drop.mjs [keyboard|pointer] [n] [--baseline] [--dir dist/…] [--profile [--stack fn]]`: records a
// Chromium trace of n drops on the bench build (dist/bench, or dist/bench-baseline) and prints,
// per drop, where the main thread spent the time from the input event to the painted frame:
// script, style, layout, paint, and the slowest JavaScript functions (sampled). A profiling aid
// for issue 9, not a figure: run `npm run bench` first so the builds exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gotoBoard, keyboardDrop, launch, pointerDrop, seed, settle } from './browser.mjs';
import { makeLibrary } from './data.mjs';
import { cspOf, serve } from '../static-server.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const args = process.argv.slice(2);
const kind = args.includes('pointer') ? 'pointer' : 'keyboard';
const count = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 6);
const baseline = args.includes('--baseline');
const IN_PAGE = fileURLToPath(new URL('./in-page.js', import.meta.url));

const dirIndex = args.indexOf('--dir');
const dir = join(ROOT, dirIndex >= 0 ? args[dirIndex + 1] : baseline ? 'dist/bench-baseline' : 'dist/bench');
const csp = baseline ? null : cspOf(readFileSync(join(dir, 'index.html'), 'utf8'));
const server = await serve(dir, 0, csp);
const browser = await launch();
const library = makeLibrary(50, 300);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.addInitScript({ path: IN_PAGE });
if (baseline) {
  const columns = { CIO: [], Shared: [], CTO: [], Unassigned: [] };
  for (const item of library[0].responsibilities) columns[item.owner].push({ id: item.id, title: item.title });
  await page.addInitScript(`window.__BENCH_BOARD__ = ${JSON.stringify(columns)};`);
} else {
  await page.goto(server.url);
  await page.getByRole('region', { name: 'CIO', exact: true }).waitFor();
  await seed(page, library, library[0].id);
}
await page.addInitScript(`window.__benchExpectCards = ${library[0].responsibilities.length};`);
await gotoBoard(page, server.url, library[0].responsibilities.length);
await settle(page);
const cdp = await context.newCDPSession(page);
const sampling = args.includes('--profile');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });

let moduleOfLine;
const drops = [];
for (let i = 0; i < count; i += 1) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'IndexedDB'] });
  if (sampling) await cdp.send('Profiler.start');
  const result =
    kind === 'pointer'
      ? await pointerDrop(page, i % 2 ? 'CTO' : 'CIO', i % 2 ? 'CIO' : 'CTO', !baseline)
      : await keyboardDrop(page, i % 2 ? 'Shared' : 'CIO', i % 2 ? 'CIO' : 'Shared', i % 2 ? 'ArrowLeft' : 'ArrowRight', !baseline);
  await settle(page);
  const profile = sampling ? (await cdp.send('Profiler.stop')).profile : null;
  const trace = JSON.parse((await browser.stopTracing()).toString());
  drops.push({ result, ...analyse(trace, profile, result) });
}
await browser.close();
await server.close();

/** Which bundled module each line of the unminified bundle belongs to (its '// path' markers). */
function moduleLines() {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const script = html.match(/src="\.?\/?(assets\/[^"]+\.js)"/)?.[1];
  if (!script) return () => '?';
  const starts = [];
  readFileSync(join(dir, script), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const match = line.match(/^\/\/ ((?:node_modules|shared|renderer|\0)\S*)/);
      if (match) starts.push([index + 1, match[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')]);
    });
  return (line) => {
    let found = '?';
    for (const [start, name] of starts) {
      if (start > line) break;
      found = name;
    }
    return found;
  };
}

const moduleTotals = new Map();
for (const drop of drops) for (const [name, ms] of drop.modules ?? []) moduleTotals.set(name, (moduleTotals.get(name) ?? 0) + ms);
for (const [index, drop] of drops.entries()) {
  const r = drop.result;
  console.log(`\n#${index + 1} ${kind} drop: mutated ${r.mutated.toFixed(1)} ms, painted ${r.paint.toFixed(1)} ms${r.saved != null ? `, saved ${r.saved.toFixed(1)} ms` : ''}`);
  for (const line of drop.lines) console.log(`  ${line}`);
}
const inclusiveTotals = new Map();
for (const drop of drops) for (const [name, ms] of drop.inclusive ?? []) inclusiveTotals.set(name, (inclusiveTotals.get(name) ?? 0) + ms);
if (inclusiveTotals.size) {
  console.log(`\nSampled inclusive time (app and library functions), mean over ${drops.length} drops (ms):`);
  for (const [name, ms] of [...inclusiveTotals].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${(ms / drops.length).toFixed(2).padStart(6)}  ${name}`);
}
if (moduleTotals.size) {
  console.log(`\nSampled self time from input to painted, per module, mean over ${drops.length} drops (ms):`);
  for (const [name, ms] of [...moduleTotals].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(ms / drops.length).toFixed(2).padStart(6)}  ${name}`);
}

/** Main-thread work from the drop's input event to the painted frame, by kind and function. */
function analyse(trace, profile, result) {
  const events = trace.traceEvents ?? trace;
  const names = new Map();
  for (const event of events) if (event.name === 'thread_name') names.set(`${event.pid}:${event.tid}`, event.args.name);
  const dispatch = events.filter(
    (event) => event.name === 'EventDispatch' && ['keydown', 'pointerup'].includes(event.args?.data?.type) && event.ph === 'X',
  );
  const input = dispatch.at(-1);
  if (!input) return { lines: ['no input event in the trace'] };
  const thread = `${input.pid}:${input.tid}`;
  const start = input.ts;
  const end = start + Math.max(result.paint, result.saved ?? 0) * 1000 + 2000;
  const main = events.filter((event) => `${event.pid}:${event.tid}` === thread && event.ph === 'X' && event.ts >= start - 200 && event.ts <= end);
  const byName = new Map();
  for (const event of main) {
    if (!['FunctionCall', 'EventDispatch', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'FireAnimationFrame', 'TimerFire', 'ParseHTML', 'HitTest', 'IntersectionObserverController::computeIntersections', 'ScheduleStyleRecalculation', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase'].includes(event.name) && !/GC/.test(event.name))
      continue;
    const entry = byName.get(event.name) ?? { total: 0, n: 0 };
    entry.total += (event.dur ?? 0) / 1000;
    entry.n += 1;
    byName.set(event.name, entry);
  }
  const tasks = main
    .filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')
    .map((event) => `${((event.ts - start) / 1000).toFixed(1)}+${((event.dur ?? 0) / 1000).toFixed(1)}`);
  const lines = [
    `thread ${names.get(thread) ?? thread}; tasks (start+duration ms): ${tasks.join(' ')}`,
    [...byName].sort((a, b) => b[1].total - a[1].total).map(([name, entry]) => `${name} ${entry.total.toFixed(2)} ms ×${entry.n}`).join(', '),
  ];
  // IndexedDB's own events (browser process and renderer), to see where a save's time goes.
  if (args.includes('--idb'))
    for (const event of events.filter((e) => (e.cat ?? '').includes('IndexedDB') && e.ts >= start && e.ts <= start + 200000).slice(0, 60))
      lines.push(`idb ${((event.ts - start) / 1000).toFixed(1)} ${event.name}${event.dur ? ` ${(event.dur / 1000).toFixed(2)} ms` : ''}${`${event.pid}:${event.tid}` === thread ? ' (main)' : ''}`);
  for (const mark of events.filter((event) => event.name.startsWith('bench:') && event.ts >= start - 1000 && event.ts <= end + 20000))
    lines.push(`mark ${mark.name} at ${((mark.ts - start) / 1000).toFixed(1)} ms (trace time from the input's dispatch)`);
  // The tree of events over 0.2 ms, by start time, indented by nesting.
  const stack = [];
  for (const event of main.filter((e) => (e.dur ?? 0) >= 200).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const detail = event.args?.data?.type ?? event.args?.data?.functionName ?? '';
    lines.push(`${'  '.repeat(stack.length)}${((event.ts - start) / 1000).toFixed(1)} ${event.name}${detail ? ` (${detail})` : ''} ${(event.dur / 1000).toFixed(2)} ms`);
    stack.push(event);
  }
  if (!profile) return { lines };
  // Self time per function in the sampled profile, within the window (profile time is µs from its start).
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i];
    if (t < start || t > end) continue;
    const node = nodes.get(profile.samples[i]);
    const frame = node.callFrame;
    const key = `${frame.functionName || '(anon)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 100) / 1000);
  }
  // Self time per bundled module, from the input's dispatch to the painted mark.
  const painted = events.find((event) => event.name === 'bench:painted' && event.ts >= start);
  // Input → painted, or with --after-paint, painted → saved (what delays the save's events).
  const inWindow = args.includes('--after-paint')
    ? (ts) => ts > (painted?.ts ?? end) && ts <= start + (result.saved ?? 0) * 1000
    : (ts) => ts >= start && ts <= (painted?.ts ?? end);
  const moduleOf = (moduleOfLine ??= moduleLines());
  const modules = new Map();
  t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i];
    if (!inWindow(t)) continue;
    const frame = nodes.get(profile.samples[i]).callFrame;
    const name = frame.url ? moduleOf(frame.lineNumber + 1) : frame.functionName || '(native)';
    modules.set(name, (modules.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 100) / 1000);
  }
  // Inclusive time of the app's and libraries' named functions (not React's), same window.
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const inclusive = new Map();
  t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i];
    if (!inWindow(t)) continue;
    const seen = new Set();
    for (let id = profile.samples[i]; id != null; id = parents.get(id)) {
      const frame = nodes.get(id).callFrame;
      if (!frame.url || !frame.functionName) continue;
      const module = moduleOf(frame.lineNumber + 1);
      if (module.startsWith('react') || module === 'scheduler') continue;
      const key = `${frame.functionName} (${module})`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 100) / 1000);
    }
  }
  // --stack <function>: where the samples of that function (by name) were called from.
  const stackIndex = args.indexOf('--stack');
  if (stackIndex >= 0) {
    const wanted = args[stackIndex + 1];
    const chains = new Map();
    t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i += 1) {
      t += profile.timeDeltas[i];
      if (!inWindow(t) || nodes.get(profile.samples[i]).callFrame.functionName !== wanted) continue;
      const chain = [];
      for (let id = parents.get(profile.samples[i]); id != null && chain.length < 8; id = parents.get(id)) {
        const frame = nodes.get(id).callFrame;
        if (frame.url) chain.push(`${frame.functionName || '(anon)'} (${moduleOf(frame.lineNumber + 1)})`);
      }
      const key = chain.join(' < ');
      chains.set(key, (chains.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 100) / 1000);
    }
    for (const [chain, ms] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 4)) lines.push(`${wanted} ${ms.toFixed(2)} ms ← ${chain}`);
  }
  const top = [...self].filter(([key]) => !key.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 14);
  lines.push(`top self time: ${top.map(([key, ms]) => `${key} ${ms.toFixed(2)}`).join(' | ')}`);
  return { lines, modules, inclusive };
}

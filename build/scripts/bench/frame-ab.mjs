/* global document, CSSStyleSheet -- named only inside functions Playwright runs in the page */
// `node build/scripts/bench/frame-ab.mjs [keyboard|pointer] [n] --dir <build> [--dir <build2>] [--css 'name::rules' …]`:
// the drop's frame, phase by phase (style, layout, pre-paint, paint, layerize, commit: thread time, which a busy machine
// inflates less than wall clock; and the whole input → painted, wall clock), for up to two builds and any number of CSS variants (rules added to
// the page through a constructed stylesheet, e.g. `--css 'no-svg::.card svg{display:none}'`, or
// a script run in the page once the board shows, `--js 'name::code'`),
// alternated drop by drop in one browser so all see the same machine load. Prints medians and
// spreads per side (`--detail`: also everything else directly under the frame's task, by name).
// Also prints the board's element count (`main *`). A profiling aid for
// issue 15 (what in the cards makes the drop's frame dear), not a figure: `npm run bench` is.
import { benchLibrary, openBenchBoard, serveBuild } from './ab-setup.mjs';
import { keyboardDrop, launch, pointerDrop, settle } from './browser.mjs';
import { summarize } from './stats.mjs';

const args = process.argv.slice(2);
const kind = args.includes('pointer') ? 'pointer' : 'keyboard';
const n = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 8);
const valuesOf = (flag) => args.flatMap((arg, index) => (args[index - 1] === flag ? [arg] : []));
const dirs = valuesOf('--dir');
const split = (spec) => ({ name: spec.split('::')[0], body: spec.split('::').slice(1).join('::') });
const variants = [
  { name: 'as built', css: '', js: '' },
  ...valuesOf('--css').map((spec) => ({ name: split(spec).name, css: split(spec).body, js: '' })),
  ...valuesOf('--js').map((spec) => ({ name: split(spec).name, css: '', js: split(spec).body })),
];
if (dirs.length === 0) {
  console.error("usage: node build/scripts/bench/frame-ab.mjs [keyboard|pointer] [n] --dir <build> [--dir <build2>] [--css 'name::rules' …]");
  process.exit(2);
}
const PHASES = ['FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

const { library } = benchLibrary();
const browser = await launch();
const sides = [];
for (const dir of dirs) {
  const server = await serveBuild(dir);
  for (const variant of dirs.length > 1 ? variants.slice(0, 1) : variants) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openBenchBoard(page, server.url, library);
    if (variant.css)
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, variant.css);
    if (variant.js) await page.evaluate(variant.js);
    await settle(page);
    const elements = await page.evaluate(() => document.querySelectorAll('main *').length);
    sides.push({ label: `${dir}${variant.css || variant.js ? ` + ${variant.name}` : ''}`, server, context, page, elements, samples: [] });
  }
}
for (let i = 0; i < n; i += 1) {
  for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
    await browser.startTracing(side.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    const result =
      kind === 'pointer'
        ? await pointerDrop(side.page, i % 2 ? 'CTO' : 'CIO', i % 2 ? 'CIO' : 'CTO', false)
        : await keyboardDrop(side.page, i % 2 ? 'Shared' : 'CIO', i % 2 ? 'CIO' : 'Shared', i % 2 ? 'ArrowLeft' : 'ArrowRight', false);
    await settle(side.page);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    side.samples.push({ painted: result.paint, ...frameOf(trace) });
  }
}
const columns = ['painted', 'input', ...PHASES, 'frame', ...new Set(sides.flatMap((side) => side.samples.flatMap((sample) => Object.keys(sample).filter((key) => key.startsWith('· ')))))];
console.log(`${kind} drops, ${n} per side; median (min–max) ms`);
for (const side of sides) {
  console.log(`\n${side.label}: ${side.elements} elements in <main>`);
  for (const column of columns) {
    const values = side.samples.map((sample) => sample[column] ?? (column.startsWith('· ') ? 0 : NaN)).filter((value) => Number.isFinite(value));
    const stats = summarize(values);
    console.log(`  ${column.padEnd(16)} ${stats.median.toFixed(2).padStart(7)} (${stats.min.toFixed(1)}–${stats.max.toFixed(1)})`);
  }
  await side.context.close();
}
for (const server of new Set(sides.map((side) => side.server))) await server.close();
await browser.close();

/** The dropping input's task and the first frame after it, phase by phase (thread time where given). */
function frameOf(trace) {
  const events = trace.traceEvents ?? trace;
  const input = events.filter((event) => event.name === 'EventDispatch' && ['keydown', 'pointerup'].includes(event.args?.data?.type) && event.ph === 'X').at(-1);
  if (!input) return {};
  const thread = `${input.pid}:${input.tid}`;
  const main = events.filter((event) => `${event.pid}:${event.tid}` === thread && event.ph === 'X');
  const painted = events.find((event) => event.name === 'bench:painted' && event.ts >= input.ts);
  // The frame: the task holding the first Layerize (or Paint) after the input, before the painted mark.
  const layerize = main.find((event) => (event.name === 'Layerize' || event.name === 'Paint') && event.ts >= input.ts && (!painted || event.ts <= painted.ts));
  const task = layerize && main.find((event) => event.name === 'RunTask' && event.ts <= layerize.ts && event.ts + event.dur >= layerize.ts);
  const out = { input: (input.tdur ?? input.dur) / 1000 };
  if (!task) return out;
  for (const phase of PHASES) {
    // Top-level phases only (Paint nests Paint): sum the outermost ones.
    const inTask = main.filter((event) => event.name === phase && event.ts >= task.ts && event.ts <= task.ts + task.dur);
    out[phase] = inTask.filter((event) => !inTask.some((outer) => outer !== event && outer.ts <= event.ts && outer.ts + outer.dur >= event.ts + event.dur)).reduce((sum, event) => sum + (event.tdur ?? event.dur) / 1000, 0);
  }
  out.frame = (task.tdur ?? task.dur) / 1000;
  if (args.includes('--detail')) {
    // Everything directly under the frame's task, by name (what the phases above leave out).
    const inside = main.filter((event) => event !== task && event.name !== 'ThreadControllerImpl::RunTask' && event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur);
    for (const event of inside) {
      const nested = inside.some((outer) => outer !== event && outer.ts <= event.ts && outer.ts + outer.dur >= event.ts + event.dur && outer.dur > event.dur);
      if (!nested) out[`· ${event.name}`] = (out[`· ${event.name}`] ?? 0) + (event.tdur ?? event.dur) / 1000;
    }
  }
  return out;
}

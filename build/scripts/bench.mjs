// `npm run bench [-- --out results.json] [--quick] [--no-build] [--collab-seconds n] [--collab-only] [--board-only]`:
// Remit's performance figures
// with a bare @dnd-kit/core baseline measured in the same run. Prints a table of median and p95
// with pass/fail per budget and writes the same figures as JSON (default .bench/results.json,
// gitignored). Builds into its own folders (dist/bench, dist/bench-baseline), serves them on
// free ports the system picks (several worktrees may bench at once) from this process, and
// leaves nothing running. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { register } from 'tsx/esm/api';
import { baselineFigures, launch, remitFigures, renderCounts } from './bench/browser.mjs';
import { makeLibrary, makeScenario } from './bench/data.mjs';
import { backupFigures, compareFigures, fiveMegabyteBackup, guidanceFigures } from './bench/node-figures.mjs';
import { restoreFigures } from './bench/restore.mjs';
import { cspOf, serve } from './static-server.mjs';
import { syncFigures } from './bench/sync.mjs';
import { collabFigures } from './bench/collab.mjs';
import { dropFrameBudget, judge, summarize, table } from './bench/stats.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APP_DIR = join(ROOT, 'dist/bench');
const BASELINE_DIR = join(ROOT, 'dist/bench-baseline');
/** Port 0: the system picks a free one, so a second bench (or anything on 4310) cannot collide. */
const FREE_PORT = 0;

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const outIndex = args.indexOf('--out');
const positional = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--out' && args[index - 1] !== '--collab-seconds');
const outPath = resolve(outIndex >= 0 ? args[outIndex + 1] : positional ?? join(ROOT, '.bench/results.json'));
const quick = flag('--quick');
// Only the bundle, the load and the drops (with the bare board's): for comparing changes to the board.
const boardOnly = flag('--board-only');
const reps = quick ? { load: 3, drops: 6, pdf: 1 } : { load: 10, drops: 20, pdf: 3 };
// The collaboration figure runs for a minute (issue 16); --collab-seconds shortens it.
const collabIndex = args.indexOf('--collab-seconds');
const collabSeconds = collabIndex >= 0 ? Number(args[collabIndex + 1]) : quick ? 10 : 60;

if (flag('--help')) {
  console.log('Usage: npm run bench -- [--out results.json | results.json] [--quick] [--no-build] [--collab-seconds n] [--collab-only] [--board-only]');
  process.exit(0);
}

// TypeScript modules of the repo (guidance, compare, format) load through tsx.
register();

const figures = [];
const started = Date.now();
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

function build(label, env, extra) {
  log(`building ${label}`);
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error', ...extra], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const reason = `${label} build failed: ${(result.stderr || result.stdout).split('\n').find((line) => /error|fail/i.test(line)) ?? 'see vite output'}`;
    log(reason);
    return reason.slice(0, 200);
  }
  return null;
}

/** Gzip size of the JavaScript index.html loads at start (entry script and its modulepreloads). */
function bundleFigure(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((match) => match[1]);
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(join(dir, file.replace(/^\.?\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return {
    id: 'bundle.initialJsGzip',
    label: `initial JS (${files.length} file${files.length === 1 ? '' : 's'}, ${(raw / 1024).toFixed(0)} KB raw)`,
    unit: 'KB',
    value: gzip / 1024,
  };
}

function dropFigures(kind, remit, baseline) {
  const paint = summarize(remit.drops[kind].paint);
  const base = baseline ? summarize(baseline.drops[kind].paint) : null;
  const list = [
    { id: `drop.${kind}.paint`, label: `${kind} drop → painted`, unit: 'ms', ...paint, runBudget: dropFrameBudget(base?.p95) },
    base
      ? { id: `baseline.${kind}.paint`, label: `  bare @dnd-kit board: ${kind} drop → painted`, unit: 'ms', ...base }
      : { id: `baseline.${kind}.paint`, label: `  bare @dnd-kit board: ${kind} drop → painted`, skipped: 'baseline not measured' },
  ];
  if (base) {
    list.push({
      id: `drop.${kind}.ratio`,
      label: `  ratio Remit / bare board`,
      unit: '×',
      median: paint.median / base.median,
      p95: paint.p95 / base.p95,
      n: paint.n,
    });
  }
  list.push({ id: `drop.${kind}.saved`, label: `${kind} drop → IndexedDB committed`, unit: 'ms', ...summarize(remit.drops[kind].saved) });
  return list;
}

/** Remit's load beside the bare board's load of the same stored cards (issue 15: within 2×). */
function loadFigures(remit, baseline) {
  const load = summarize(remit.load);
  const base = baseline ? summarize(baseline.load) : null;
  const label = '  bare @dnd-kit board: load (300 stored, read from IndexedDB) → painted';
  const list = [
    { id: 'load.library', label: 'load (50 × 300 stored, check stored) → board painted', unit: 'ms', ...load },
    base ? { id: 'baseline.load', label, unit: 'ms', ...base } : { id: 'baseline.load', label, skipped: 'baseline not measured' },
  ];
  if (base) list.push({ id: 'load.ratio', label: '  ratio Remit / bare board', unit: '×', median: load.median / base.median, p95: load.p95 / base.p95, n: load.n });
  // The first open of a plan (or the first after the guidance changed): no stored check.
  const cold = summarize(remit.cold);
  list.push({ id: 'load.library.cold', label: '  load, no stored guidance check → board painted', unit: 'ms', ...cold });
  if (base) list.push({ id: 'load.cold.ratio', label: '  ratio (no stored check) / bare board', unit: '×', median: cold.median / base.median, p95: cold.p95 / base.p95, n: cold.n });
  return list;
}

function dragFigures(name, drag, idPrefix) {
  const blocking = drag.tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
  return [
    {
      id: `${idPrefix}.drag.longTasks`,
      label: `${name}: long tasks in a 2 s drag (${drag.moves} moves)`,
      unit: '',
      value: drag.tasks.length,
      note: drag.tasks.length ? `max ${Math.max(...drag.tasks.map((task) => task.duration)).toFixed(0)} ms, blocking ${blocking.toFixed(0)} ms` : 'none',
    },
    { id: `${idPrefix}.drag.frame`, label: `${name}: frame interval during the drag`, unit: 'ms', ...summarize(drag.frames) },
  ];
}

async function browserFigures(appBuildError, baselineBuildError) {
  const library = makeLibrary(50, 300);
  let browser;
  const servers = [];
  try {
    browser = await launch();
    let baseline = null;
    if (!baselineBuildError) {
      const server = await serve(BASELINE_DIR, FREE_PORT, null);
      servers.push(server);
      log('baseline: load from IndexedDB, drops and drag on the bare @dnd-kit/core board');
      baseline = await baselineFigures(browser, server.url, library, reps);
    }
    if (appBuildError) {
      for (const [id, label] of [
        ['load.library', 'load (50 × 300 stored) → board painted'],
        ['drop.pointer.paint', 'pointer drop → painted'],
        ['drop.keyboard.paint', 'keyboard drop → painted'],
      ])
        figures.push({ id, label, skipped: appBuildError });
      return;
    }
    const csp = cspOf(readFileSync(join(APP_DIR, 'index.html'), 'utf8'));
    const server = await serve(APP_DIR, FREE_PORT, csp);
    servers.push(server);
    const print = boardOnly ? { reason: '--board-only' } : await printRoute();
    log(`remit: load with the library stored, drops, drag${print.hash ? ', PDF' : ''}`);
    const remit = await remitFigures(browser, server.url, library, reps, print.hash ? print : null);
    figures.push(...loadFigures(remit, baseline));
    figures.push(...dropFigures('pointer', remit, baseline), ...dropFigures('keyboard', remit, baseline));
    figures.push(...dragFigures('Remit', remit.drag, 'remit'));
    if (baseline) figures.push(...dragFigures('bare board', baseline.drag, 'baseline'));
    if (boardOnly) return;
    log('remit: render counts per drag move');
    const renders = await renderCounts(browser, server.url, library, true);
    const perMove = (count) => count / renders.withinMoves;
    figures.push({
      id: 'renders.withinLane',
      label: `renders per pointer move within a lane (${renders.within.commits} commits / ${renders.withinMoves} moves)`,
      unit: '',
      value: perMove(renders.within.cards),
      note: `cards ${perMove(renders.within.cards).toFixed(1)}, card bodies ${perMove(renders.within.cardBodies).toFixed(1)}, lanes ${perMove(renders.within.lanes).toFixed(1)}, all components ${perMove(renders.within.components).toFixed(1)}`,
    });
    figures.push({
      id: 'renders.laneCrossing',
      label: `renders for one lane crossing (${renders.crossing.commits} commits)`,
      unit: '',
      value: renders.crossing.cards,
      note: `cards ${renders.crossing.cards}, card bodies ${renders.crossing.cardBodies}, lanes ${renders.crossing.lanes}, all components ${renders.crossing.components}`,
    });
    log('remit: edit in one tab → shown in another');
    figures.push({
      id: 'sync.crossTab',
      label: 'edit in one tab → shown in another tab',
      unit: 'ms',
      ...summarize(await syncFigures(browser, server.url, reps.drops)),
    });
    log('remit: restore a 5 MB backup through the app');
    const backup = await fiveMegabyteBackup();
    const restoreLabel = 'restore a 5 MB backup (file chooser → committed, shown)';
    figures.push(
      backup.text
        ? { id: 'backup.restore5mb', label: restoreLabel, unit: 'ms', ...summarize(await restoreFigures(browser, server.url, backup.text, reps.pdf)) }
        : { id: 'backup.restore5mb', label: restoreLabel, skipped: backup.reason },
    );
    const pdfLabel = 'PDF of 200 responsibilities (print view → page.pdf)';
    figures.push(
      remit.pdf
        ? { id: 'pdf.200', label: pdfLabel, unit: 'ms', ...summarize(remit.pdf.times), note: `${(remit.pdf.bytes / 1024).toFixed(0)} KB` }
        : { id: 'pdf.200', label: pdfLabel, skipped: print.reason },
    );
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
  }
}

/** The print route of issue 7 for a 200-responsibility scenario, or why it cannot be used yet. */
async function printRoute() {
  const module = join(ROOT, 'shared/ipc/print-route.ts');
  if (!existsSync(module)) return { reason: 'shared/ipc/print-route.ts (issue 7) does not exist yet' };
  try {
    const { printRouteHash, DEFAULT_PDF_OPTIONS } = await import(pathToFileURL(module).href);
    const scenario = makeScenario(7000, 200);
    scenario.id = 'bench-print-200';
    scenario.name = 'Bench print 200';
    return { scenario, hash: printRouteHash({ scenarioId: scenario.id, options: DEFAULT_PDF_OPTIONS }) };
  } catch (error) {
    return { reason: `print route not usable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

/** 20 Node clients moving cards of one 300-card shared plan through a real `remit serve`. */
async function collaborationFigures() {
  const clients = 20;
  const cards = 300;
  try {
    const run = await collabFigures({ clients, cards, seconds: collabSeconds, log });
    figures.push(
      {
        id: 'collab.moveToAll',
        label: `shared plan: a move → in every other client (${clients} clients, ${cards} cards, 1 move/s each)`,
        unit: 'ms',
        ...summarize(run.latencies),
        note: `${run.moves} moves in ${collabSeconds} s, ${run.lost} never reached everyone`,
      },
      {
        id: 'collab.serverMemory',
        label: 'shared plan: remit serve memory (RSS, most during the run)',
        unit: 'MB',
        value: run.serverMb.max,
        note: `${run.serverMb.start.toFixed(0)} MB before the first move`,
      },
    );
    if (run.lost > 0) process.exitCode = 1;
  } catch (error) {
    log(`collaboration figure failed: ${error instanceof Error ? error.stack : String(error)}`);
    figures.push({ id: 'collab.moveToAll', label: 'shared plan', skipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
    process.exitCode = 1;
  }
}

async function main() {
  log(`${cpus().length} cores, ${quick ? 'quick' : 'full'} run; results → ${outPath}`);
  if (!(collabSeconds > 0)) throw new Error('--collab-seconds needs a number of seconds above 0');
  if (flag('--collab-only')) {
    await collaborationFigures();
    return report();
  }
  let appBuildError = null;
  let baselineBuildError = null;
  if (!flag('--no-build')) {
    appBuildError = build('renderer (dist/bench)', { REMIT_OUT_DIR: APP_DIR }, []);
    baselineBuildError = build('baseline (dist/bench-baseline)', { REMIT_BENCH_BASELINE_DIR: BASELINE_DIR }, ['--config', 'vite.bench.config.ts']);
  }
  if (!appBuildError && !existsSync(join(APP_DIR, 'index.html'))) appBuildError = 'dist/bench is missing (run without --no-build)';
  if (!baselineBuildError && !existsSync(join(BASELINE_DIR, 'index.html'))) baselineBuildError = 'dist/bench-baseline is missing';

  figures.push(appBuildError ? { id: 'bundle.initialJsGzip', label: 'initial JS', skipped: appBuildError } : bundleFigure(APP_DIR));

  if (!boardOnly) {
    log('node: guidance, compare, backup');
    figures.push(...(await guidanceFigures()), ...(await compareFigures()), ...(await backupFigures()));
  }

  try {
    await browserFigures(appBuildError, baselineBuildError);
  } catch (error) {
    log(`browser figures failed: ${error instanceof Error ? error.stack : String(error)}`);
    figures.push({ id: 'browser', label: 'browser figures', skipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
    process.exitCode = 1;
  }

  if (!boardOnly) {
    log(`node: ${collabSeconds} s of collaboration on a shared plan`);
    await collaborationFigures();
  }
  report();
}

function report() {
  const judged = figures.map(judge);
  console.log(`\nRemit bench — ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}\n`);
  console.log(table(judged));
  const failed = judged.filter((figure) => figure.pass === false).map((figure) => figure.id);
  console.log(`\n${failed.length === 0 ? 'All measured budgets hold.' : `Over budget: ${failed.join(', ')}`}`);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(
    outPath,
    `${JSON.stringify({ at: new Date().toISOString(), cores: cpus().length, quick, boardOnly, reps, seconds: (Date.now() - started) / 1000, data: { library: '50 × 300', big: 1000, seed: 'mulberry32, fixed seeds' }, figures: judged }, null, 2)}\n`,
  );
  console.log(`Figures written to ${outPath} (${((Date.now() - started) / 1000).toFixed(0)} s).`);
}

await main();

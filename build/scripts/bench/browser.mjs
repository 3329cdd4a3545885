/* global window, document, indexedDB -- named only inside functions Playwright runs in the page */
// Figures measured in headless Chromium: load, drop → painted / saved, long tasks during a drag,
// render counts per move, for Remit and for the bare @dnd-kit/core baseline page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { findChromium } from '../chromium-path.mjs';
import { summarize } from './stats.mjs';

const IN_PAGE = fileURLToPath(new URL('./in-page.js', import.meta.url));
const PROFILER = fileURLToPath(new URL('./in-page-profiler.js', import.meta.url));
const HANDLE = '[aria-roledescription="draggable responsibility"], .baseline-card';
const LIVE_REGION = '[id^="DndLiveRegion"]';
const VIEWPORT = { width: 1280, height: 800 };

/** Launches the Chromium the e2e tests use, with the same flags. */
export async function launch() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (see build/scripts/chromium-path.mjs)');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

function lane(page, name) {
  return page.getByRole('region', { name, exact: true });
}

function firstCard(page, name) {
  return lane(page, name).locator(HANDLE).first();
}

export async function waitProbe(page) {
  const handle = await page.waitForFunction(() => window.__bench.done(), null, { polling: 20, timeout: 10_000 });
  return handle.jsonValue();
}

/** Resolves once nothing is being written and two frames have passed. */
export async function settle(page) {
  await page.waitForTimeout(120);
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

/** One pointer drag of the first card of `from` onto the first card of `to`, timed at the drop. */
export async function pointerDrop(page, from, to, wantSave) {
  const source = await firstCard(page, from).boundingBox();
  const target = (await firstCard(page, to).boundingBox()) ?? (await lane(page, to).boundingBox());
  if (!source || !target) throw new Error(`no card to drag from ${from} to ${to}`);
  const x = source.x + source.width / 2;
  const y = source.y + source.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 4, { steps: 4 });
  // Upper part of the target's first card: the card lands at the top of the lane.
  await page.mouse.move(target.x + target.width / 2, target.y + 6, { steps: 10 });
  await page.mouse.move(target.x + target.width / 2 + 2, target.y + 5, { steps: 2 });
  await page.evaluate(`window.__bench.arm('pointerup', ${wantSave})`);
  await page.mouse.up();
  return waitProbe(page);
}

async function liveText(page) {
  return (await page.locator(LIVE_REGION).textContent()) ?? '';
}

async function waitLive(page, pattern, previous) {
  await page.waitForFunction(
    ([selector, source, before]) => {
      const text = document.querySelector(selector)?.textContent ?? '';
      return text !== before && new RegExp(source).test(text);
    },
    [LIVE_REGION, pattern, previous],
    { polling: 20, timeout: 5_000 },
  );
}

/** Space, one arrow key (one lane over), Space: timed at the dropping key press. */
export async function keyboardDrop(page, from, to, key, wantSave) {
  await firstCard(page, from).focus();
  const before = await liveText(page);
  await page.keyboard.press('Space');
  // dnd-kit announces the pick-up, then at once "over <lane>": wait for either.
  await waitLive(page, 'Picked up|over', before);
  // dnd-kit's KeyboardSensor adds its keydown listener in a setTimeout(0) queued at pick-up,
  // and the announcement can show before that timer ran; Chromium runs input before timers,
  // so an arrow key sent at once was sometimes lost (the bench then timed out). A timer
  // queued now runs after that one.
  await page.evaluate('new Promise((resolve) => setTimeout(resolve, 0))');
  await page.keyboard.press(key);
  await waitLive(page, `over.*\\b${to}\\b`, '');
  await page.evaluate(`window.__bench.arm('keydown', ${wantSave})`);
  await page.keyboard.press('Space');
  return waitProbe(page);
}

/** Pointer and keyboard drops on a board; saves are awaited when the page writes them. */
async function measureDrops(page, reps, wantSave) {
  const pointer = { paint: [], saved: [] };
  const keyboard = { paint: [], saved: [] };
  for (let i = 0; i < reps; i += 1) {
    const [from, to] = i % 2 === 0 ? ['CIO', 'CTO'] : ['CTO', 'CIO'];
    const result = await pointerDrop(page, from, to, wantSave);
    pointer.paint.push(result.paint);
    if (wantSave) pointer.saved.push(result.saved);
    await settle(page);
  }
  for (let i = 0; i < reps; i += 1) {
    const [from, to, key] = i % 2 === 0 ? ['CIO', 'Shared', 'ArrowRight'] : ['Shared', 'CIO', 'ArrowLeft'];
    const result = await keyboardDrop(page, from, to, key, wantSave);
    keyboard.paint.push(result.paint);
    if (wantSave) keyboard.saved.push(result.saved);
    await settle(page);
  }
  return { pointer, keyboard };
}

/** A two-second pointer drag sweeping across the lanes; long tasks and frame gaps inside it. */
async function measureLongDrag(page) {
  const source = await firstCard(page, 'CIO').boundingBox();
  const board = await page.locator('main').first().boundingBox();
  if (!source || !board) throw new Error('no card or board to drag over');
  const x = source.x + source.width / 2;
  const y = source.y + source.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 4, { steps: 4 });
  await page.evaluate(`(() => {
    const bench = window.__bench;
    bench.frames = [];
    bench.dragStart = performance.now();
    let last = performance.now();
    const loop = (now) => { bench.frames.push(now - last); last = now; if (bench.dragStart != null) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  })()`);
  const started = Date.now();
  let moves = 0;
  while (Date.now() - started < 2000) {
    const phase = (Date.now() - started) / 2000;
    // Two sweeps right and back across the four lanes, drifting down a little.
    const across = Math.abs(((phase * 2) % 2) - 1);
    const nx = board.x + 40 + (1 - across) * (Math.min(board.width, VIEWPORT.width) - 80);
    const ny = y + 40 * Math.sin(phase * Math.PI * 6);
    await page.mouse.move(nx, ny);
    moves += 1;
    await page.waitForTimeout(16);
  }
  const result = await page.evaluate(`(() => {
    const bench = window.__bench;
    const start = bench.dragStart;
    bench.dragStart = null;
    const tasks = bench.longTasks.filter((task) => task.start >= start);
    return { tasks, frames: bench.frames.slice(1) };
  })()`);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await settle(page);
  return { ...result, moves };
}

/** Seeds the app's IndexedDB with `rows` (ScenarioRow shape) after the app created it. */
export async function seed(page, rows, lastOpened) {
  await page.evaluate(
    async ([scenarios, last]) => {
      const database = await new Promise((resolve, reject) => {
        const request = indexedDB.open('remit');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise((resolve, reject) => {
        const tx = database.transaction(['scenarios', 'settings'], 'readwrite');
        const store = tx.objectStore('scenarios');
        store.clear();
        for (const row of scenarios) store.put(row);
        tx.objectStore('settings').put({ key: 'lastOpenedScenario', value: last });
        tx.oncomplete = () => resolve(undefined);
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    [rows, lastOpened],
  );
}

/**
 * Resolves once the page has its plan's guidance check stored (Remit writes it when idle after
 * the first paint, or confirms the one it loaded): true, or false after `timeout` ms (a build
 * without stored checks never marks it).
 */
export async function storedCheckReady(page, timeout = 5000) {
  try {
    await page.waitForFunction(
      () => ['remit:check-cache-written', 'remit:check-cache-confirmed'].some((name) => performance.getEntriesByName(name).length > 0),
      null,
      { polling: 50, timeout },
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * Leaves the app for a page of its origin that runs none of its scripts (one of its stylesheets,
 * shown as text), so nothing of the last load is still running, and there empties the stored
 * guidance checks when `cold` (the next load then checks the plan as on a first open).
 */
export async function quietPage(page, url, cold) {
  const html = await (await page.request.get(url)).text();
  const css = html.match(/href="(?:\.\/)?(assets\/[^"]+\.css)"/)?.[1];
  if (!css) throw new Error('no stylesheet in index.html to park the page on');
  await page.goto(`${url}${css}`);
  if (!cold) {
    // The same pause as after emptying the checks below, so warm and cold loads start alike.
    await page.waitForTimeout(300);
    return;
  }
  await page.evaluate(async () => {
    const database = await new Promise((resolve, reject) => {
      const request = indexedDB.open('remit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (database.objectStoreNames.contains('checks')) {
      await new Promise((resolve, reject) => {
        const tx = database.transaction('checks', 'readwrite');
        tx.objectStore('checks').clear();
        tx.oncomplete = () => resolve(undefined);
        tx.onerror = () => reject(tx.error);
      });
    }
    database.close();
  });
  // Let IndexedDB's backing store settle after the delete, so its work does not fall in the load.
  await page.waitForTimeout(300);
}

export async function gotoBoard(page, url, cards) {
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.load && window.__bench.load.painted != null, null, { polling: 20, timeout: 20_000 });
  const count = await page.locator(HANDLE).count();
  if (count < cards) throw new Error(`the board shows ${count} cards, expected ${cards}`);
  return page.evaluate('window.__bench.load');
}

/** Everything measured on Remit's built renderer at `url`. */
export async function remitFigures(browser, url, library, reps, print) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cards = library[0].responsibilities.length;
  await page.addInitScript({ path: IN_PAGE });
  await page.addInitScript(`window.__benchExpectCards = ${cards};`);
  try {
    // First visit creates the database (at the app's current schema version), then we fill it.
    await page.goto(url);
    await page.getByRole('region', { name: 'CIO', exact: true }).waitFor();
    await seed(page, library, library[0].id);
    // The usual reopen: the plan's last check is stored (a warm-up load stores it), so the board
    // shows it and checks again when idle. Then the first open (or after the guidance changed):
    // nothing stored, the plan is checked before the first paint.
    await gotoBoard(page, url, cards);
    await storedCheckReady(page);
    const load = [];
    const cold = [];
    for (let i = 0; i < reps.load; i += 1) {
      await quietPage(page, url, false);
      load.push((await gotoBoard(page, url, cards)).painted);
      await storedCheckReady(page);
    }
    for (let i = 0; i < reps.load; i += 1) {
      await quietPage(page, url, true);
      cold.push((await gotoBoard(page, url, cards)).painted);
    }
    await settle(page);
    const drops = await measureDrops(page, reps.drops, true);
    const drag = await measureLongDrag(page);
    const pdf = print ? await measurePdf(page, url, library, print, reps.pdf) : null;
    return { load, cold, drops, drag, pdf };
  } finally {
    await context.close();
  }
}

/**
 * Print view of a 200-responsibility scenario → PDF bytes, the way tests/e2e/print-a-plan.spec.ts
 * prints it: fresh load of the print route, wait for data-print-state=ready, page.pdf(). Wall
 * clock from navigation to the PDF in hand.
 */
async function measurePdf(page, url, library, print, count) {
  await seed(page, [...library, print.scenario], library[0].id);
  const times = [];
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    await page.goto('about:blank');
    const start = performance.now();
    await page.goto(`${url}${print.hash}`);
    await page.locator('html[data-print-state="ready"]').waitFor({ state: 'attached', timeout: 20_000 });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    times.push(performance.now() - start);
    bytes = pdf.length;
  }
  return { times, bytes };
}

/**
 * The bare board's load of the same stored cards: its `?stored` page reads the last opened
 * scenario from its own IndexedDB, seeded with the whole library the way Remit's is (first visit
 * creates the database, `seed` fills it), then `reps.load` navigations timed like Remit's.
 */
async function baselineLoad(browser, url, library, reps) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cards = library[0].responsibilities.length;
  const stored = `${url}?stored`;
  await page.addInitScript({ path: IN_PAGE });
  await page.addInitScript(`window.__benchExpectCards = ${cards};`);
  try {
    await page.goto(stored);
    await page.getByRole('region', { name: 'CIO', exact: true }).waitFor();
    await seed(page, library, library[0].id);
    const load = [];
    for (let i = 0; i < reps.load; i += 1) load.push((await gotoBoard(page, stored, cards)).painted);
    return load;
  } finally {
    await context.close();
  }
}

/** The same load, drops and drag on the bare @dnd-kit/core page (nothing to save there). */
export async function baselineFigures(browser, url, library, reps) {
  const load = await baselineLoad(browser, url, library, reps);
  const scenario = library[0];
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const columns = { CIO: [], Shared: [], CTO: [], Unassigned: [] };
  for (const item of scenario.responsibilities) columns[item.owner].push({ id: item.id, title: item.title });
  await page.addInitScript({ path: IN_PAGE });
  await page.addInitScript(`window.__BENCH_BOARD__ = ${JSON.stringify(columns)}; window.__benchExpectCards = ${scenario.responsibilities.length};`);
  try {
    await gotoBoard(page, url, scenario.responsibilities.length);
    await settle(page);
    const drops = await measureDrops(page, reps.drops, false);
    const drag = await measureLongDrag(page);
    return { load, drops, drag };
  } finally {
    await context.close();
  }
}

/** Render counts per pointer move, through a React DevTools-style commit hook. */
export async function renderCounts(browser, url, library, seedFirst) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript({ path: PROFILER });
  await page.addInitScript({ path: IN_PAGE });
  await page.addInitScript(`window.__benchExpectCards = ${library[0].responsibilities.length};`);
  try {
    if (seedFirst) {
      await page.goto(url);
      await page.getByRole('region', { name: 'CIO', exact: true }).waitFor();
      await seed(page, library, library[0].id);
    }
    await gotoBoard(page, url, library[0].responsibilities.length);
    await settle(page);
    const source = await firstCard(page, 'CIO').boundingBox();
    const sameLane = await lane(page, 'CIO').boundingBox();
    const other = await lane(page, 'CTO').boundingBox();
    if (!source || !sameLane || !other) throw new Error('board not laid out');
    const x = source.x + source.width / 2;
    const y = source.y + source.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 12, y + 4, { steps: 4 });
    await settle(page);
    // Moves within the lane (over other cards), then one lane crossing.
    await page.evaluate('window.__benchRenders.start()');
    const withinMoves = 10;
    for (let i = 1; i <= withinMoves; i += 1) {
      await page.mouse.move(x + 12, y + 4 + i * 6);
      await page.waitForTimeout(30);
    }
    const within = await page.evaluate('window.__benchRenders.stop()');
    await page.evaluate('window.__benchRenders.start()');
    await page.mouse.move(other.x + other.width / 2, other.y + 120);
    await page.waitForTimeout(200);
    const crossing = await page.evaluate('window.__benchRenders.stop()');
    await page.keyboard.press('Escape');
    await page.mouse.up();
    return { within, withinMoves, crossing };
  } finally {
    await context.close();
  }
}

/** Reads the built index.html and returns its CSP, used as the server header. */
export function readHtml(path) {
  return readFileSync(path, 'utf8');
}

export { summarize };

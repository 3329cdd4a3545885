// The setup that the bench's comparison aids (ab-load, frame-ab, board-shots) share: the bench
// library, a build folder served with its own CSP, and a page of it showing the library's first
// plan (the database created by a first visit, seeded, then the board loaded once).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gotoBoard, seed } from './browser.mjs';
import { makeLibrary } from './data.mjs';
import { cspOf, serve } from '../static-server.mjs';

const IN_PAGE = fileURLToPath(new URL('./in-page.js', import.meta.url));

/** The bench library (50 plans × 300 cards) and the card count of its first plan, the one opened. */
export function benchLibrary() {
  const library = makeLibrary(50, 300);
  return { library, cards: library[0].responsibilities.length };
}

/** Serves the build in `dir` on a free port, with the CSP its index.html declares as the header. */
export async function serveBuild(dir) {
  const root = resolve(dir);
  return serve(root, 0, cspOf(readFileSync(join(root, 'index.html'), 'utf8')));
}

/**
 * Readies `page` for the bench (the in-page probes, the expected card count), visits `url` once so
 * the app creates its database, seeds `library` with its first plan as the one to open, and loads
 * that plan's board once (a warm-up, not counted). Init scripts added before this run first.
 */
export async function openBenchBoard(page, url, library) {
  const cards = library[0].responsibilities.length;
  await page.addInitScript({ path: IN_PAGE });
  await page.addInitScript(`window.__benchExpectCards = ${cards};`);
  await page.goto(url);
  await page.getByRole('region', { name: 'CIO', exact: true }).waitFor();
  await seed(page, library, library[0].id);
  await gotoBoard(page, url, cards);
}

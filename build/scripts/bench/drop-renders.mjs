// `node build/scripts/bench/drop-renders.mjs [keyboard|pointer] [n]`: which React components
// render in the commits of a drop (the drop's own and the ones that follow within 400 ms), on
// the bench build (dist/bench). A profiling aid, not a figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gotoBoard, keyboardDrop, launch, pointerDrop, seed, settle } from './browser.mjs';
import { makeLibrary } from './data.mjs';
import { cspOf, serve } from '../static-server.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const args = process.argv.slice(2);
const kind = args.includes('pointer') ? 'pointer' : 'keyboard';
const count = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 2);
const dir = join(ROOT, 'dist/bench');
const server = await serve(dir, 0, cspOf(readFileSync(join(dir, 'index.html'), 'utf8')));
const browser = await launch();
const library = makeLibrary(50, 300);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.addInitScript({ path: fileURLToPath(new URL('./in-page-profiler.js', import.meta.url)) });
await page.addInitScript({ path: fileURLToPath(new URL('./in-page.js', import.meta.url)) });
await page.goto(server.url);
await page.getByRole('region', { name: 'CIO', exact: true }).waitFor();
await seed(page, library, library[0].id);
await page.addInitScript(`window.__benchExpectCards = ${library[0].responsibilities.length};`);
await gotoBoard(page, server.url, library[0].responsibilities.length);
await settle(page);
// Counting starts when the bench arms its probe, i.e. right before the dropping input.
await page.evaluate(`{ const arm = window.__bench.arm; window.__bench.arm = (...a) => { window.__benchRenders.start(); arm(...a); }; }`);
for (let i = 0; i < count; i += 1) {
  const result =
    kind === 'pointer'
      ? await pointerDrop(page, i % 2 ? 'CTO' : 'CIO', i % 2 ? 'CIO' : 'CTO', true)
      : await keyboardDrop(page, i % 2 ? 'Shared' : 'CIO', i % 2 ? 'CIO' : 'Shared', i % 2 ? 'ArrowLeft' : 'ArrowRight', true);
  await page.waitForTimeout(400);
  const renders = await page.evaluate('window.__benchRenders.stop()');
  console.log(`#${i + 1} ${kind} drop: painted ${result.paint.toFixed(1)} ms; commits ${renders.commits} from the drop on`);
  renders.perCommit.forEach((commit, index) => console.log(`  commit ${index + 1}: ${JSON.stringify(commit)}`));
  console.log(`  by name: ${Object.entries(renders.byName).sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n}`).join(', ')}`);
  await settle(page);
}
await browser.close();
await server.close();

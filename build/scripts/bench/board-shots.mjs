/* global window, document, createImageBitmap, OffscreenCanvas -- named only inside functions Playwright runs in the page */
// `node build/scripts/bench/board-shots.mjs <out> <build> [<build2>]`: screenshots of the bench's
// 300-card board (the first plan of the bench library) at 1280×800 and 800×600, in the light and
// dark theme, compact and comfortable density, for one or two builds (<out>/<n>-<name>.png). With
// two builds, also says how many pixels differ per picture (and saves <out>/diff-<name>.png
// marking them): for checking that a change to the cards' markup or CSS paints the same board.
// A looking aid for issue 15, not a test (look-of-the-app.spec.ts pins the look).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchLibrary, openBenchBoard, serveBuild } from './ab-setup.mjs';
import { launch, settle } from './browser.mjs';

const [out, ...dirs] = process.argv.slice(2);
if (!out || dirs.length === 0) {
  console.error('usage: node build/scripts/bench/board-shots.mjs <out> <build> [<build2>]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
];
const { library } = benchLibrary();
const browser = await launch();
const shots = dirs.map(() => new Map());
for (const [index, dir] of dirs.entries()) {
  const server = await serveBuild(dir);
  for (const size of SIZES)
    for (const theme of ['light', 'dark'])
      for (const density of ['compact', 'comfortable']) {
        const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.addInitScript(
          ([appearance]) => {
            window.localStorage.setItem('remit.guide.dismissed', '1');
            window.localStorage.setItem('remit.appearance', appearance);
          },
          [JSON.stringify({ theme, density })],
        );
        await openBenchBoard(page, server.url, library);
        await page.mouse.move(0, 0);
        await page.evaluate(() => document.fonts.ready);
        await settle(page);
        const name = `${size.width}x${size.height}-${theme}-${density}`;
        const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
        writeFileSync(join(out, `${index + 1}-${name}.png`), png);
        shots[index].set(name, png);
        await context.close();
      }
  await server.close();
}
if (dirs.length === 2) {
  // Pixel comparison in the browser (no image library in the repo's dependencies).
  const page = await browser.newPage();
  for (const [name, first] of shots[0]) {
    const second = shots[1].get(name);
    const result = await page.evaluate(
      async ([a, b]) => {
        const load = async (data) => createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const [one, two] = [await load(a), await load(b)];
        const canvas = new OffscreenCanvas(one.width, one.height);
        const context = canvas.getContext('2d', { willReadFrequently: true });
        context.drawImage(one, 0, 0);
        const x = context.getImageData(0, 0, one.width, one.height).data;
        context.drawImage(two, 0, 0);
        const image = context.getImageData(0, 0, one.width, one.height);
        const y = image.data;
        let differing = 0;
        let maxDelta = 0;
        for (let i = 0; i < x.length; i += 4) {
          const delta = Math.max(Math.abs(x[i] - y[i]), Math.abs(x[i + 1] - y[i + 1]), Math.abs(x[i + 2] - y[i + 2]));
          if (delta > 0) {
            differing += 1;
            maxDelta = Math.max(maxDelta, delta);
            image.data.set([255, 0, 255, 255], i);
          }
        }
        context.putImageData(image, 0, 0);
        const blob = await canvas.convertToBlob({ type: 'image/png' });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return { differing, maxDelta, diff: btoa(binary) };
      },
      [first.toString('base64'), second.toString('base64')],
    );
    if (result.differing) writeFileSync(join(out, `diff-${name}.png`), Buffer.from(result.diff, 'base64'));
    console.log(`${name}: ${result.differing} pixels differ (largest channel difference ${result.maxDelta})`);
  }
  await page.close();
}
await browser.close();

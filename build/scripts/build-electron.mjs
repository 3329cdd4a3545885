// Bundles the main process and the preload into one CommonJS file each under dist/electron.
// CommonJS because sandboxed preloads cannot load ES modules; `electron` stays external
// because the runtime provides it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// `--out-dir <folder>` lets tests build elsewhere; the app itself always uses dist/electron.
const outDirFlag = process.argv.indexOf('--out-dir');
const outDir =
  outDirFlag > 0 && process.argv[outDirFlag + 1]
    ? path.resolve(process.argv[outDirFlag + 1])
    : path.join(root, 'dist', 'electron');

/** Options shared by both bundles. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 ships Node 22.
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/main/main.ts')],
    outfile: path.join(outDir, 'main.cjs'),
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload/preload.ts')],
    outfile: path.join(outDir, 'preload.cjs'),
  }),
]);

console.log(`Remit: built ${path.relative(root, outDir)}/main.cjs and preload.cjs`);

// Bundles the remit CLI (electron/cli/run.ts and the shared code it uses) into one ES module,
// dist/cli/remit.mjs, so `npx remit` starts plain JavaScript instead of compiling TypeScript
// at every run. Runs from the `prepare` script, i.e. on every `npm ci` / `npm install`.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// `--out-dir <folder>` lets tests build elsewhere; the launcher always loads dist/cli/remit.mjs.
const outFlag = process.argv.indexOf('--out-dir');
const outdir =
  outFlag > 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'dist', 'cli');

// Old chunks would pile up under new hashes.
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(root, 'electron/cli/run.ts')],
  outdir,
  entryNames: 'remit',
  outExtension: { '.js': '.mjs' },
  // The scenario format (and zod) goes to its own chunk, loaded only by `check` and batches.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // package.json's engines: Node 20.19 or newer.
  target: 'node20',
  // Less to parse at every start; the source is in the repository.
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  // `remit serve`'s packages stay in node_modules (runtime dependencies): ws and ioredis are
  // CommonJS that requires Node's built-ins, which an ES module bundle cannot do.
  external: ['@hocuspocus/*', 'ioredis', 'ws', 'yjs', 'y-protocols', 'lib0', 'jose', 'fractional-indexing'],
});

if (!process.argv.includes('--quiet')) console.log(`Remit: built ${path.relative(root, path.join(outdir, 'remit.mjs'))}`);

// Serves the built renderer (dist/renderer, or REMIT_OUT_DIR) on localhost for any browser, with
// Remit's CSP sent as a header too.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspOf, serve } from './static-server.mjs';

const root = process.env.REMIT_OUT_DIR
  ? resolve(process.env.REMIT_OUT_DIR)
  : resolve(fileURLToPath(new URL('../../dist/renderer', import.meta.url)));
const portArgument = process.argv.indexOf('--port');
const port = Number(portArgument > 0 ? process.argv[portArgument + 1] : (process.env.PORT ?? 4173));

if (!existsSync(join(root, 'index.html'))) {
  console.error(
    'Remit: dist/renderer is missing. Run "npm run build:renderer" first (or "npm run web", which builds).',
  );
  process.exit(1);
}

// The build writes the policy into index.html (from shared/ipc/csp.ts); send the same as a header.
const csp = cspOf(readFileSync(join(root, 'index.html'), 'utf8'));
if (!csp) {
  console.error(
    'Remit: the built index.html has no Content-Security-Policy meta tag; rebuild with "npm run build:renderer".',
  );
  process.exit(1);
}

const { url } = await serve(root, port, csp);
console.log(`Remit is served at ${url} — open it in any browser (Ctrl+C stops).`);

// Serves the built renderer (dist/renderer) on localhost for any browser, with Remit's CSP.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env.REMIT_OUT_DIR
  ? resolve(process.env.REMIT_OUT_DIR)
  : resolve(fileURLToPath(new URL('../../dist/renderer', import.meta.url)));
const portArgument = process.argv.indexOf('--port');
const port = Number(portArgument > 0 ? process.argv[portArgument + 1] : process.env.PORT ?? 4173);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error('Remit: dist/renderer is missing. Run "npm run build:renderer" first (or "npm run web", which builds).');
  process.exit(1);
}

// The build writes the policy into index.html (from shared/ipc/csp.ts); send the same as a header.
const html = readFileSync(join(root, 'index.html'), 'utf8');
const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/
  .exec(html)?.[1]
  ?.replaceAll('&#39;', "'")
  .replaceAll('&quot;', '"')
  .replaceAll('&amp;', '&');
if (!csp) {
  console.error('Remit: the built index.html has no Content-Security-Policy meta tag; rebuild with "npm run build:renderer".');
  process.exit(1);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (path !== root && !path.startsWith(root + sep)) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  if (!existsSync(path) || statSync(path).isDirectory()) path = join(root, 'index.html');
  response.writeHead(200, {
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  createReadStream(path).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Remit is served at http://127.0.0.1:${port}/ — open it in any browser (Ctrl+C stops).`);
});

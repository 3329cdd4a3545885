// A static server for a built renderer with Remit's CSP as a header: `npm run web`, the e2e
// web server and the bench (in its own process, so nothing is left running after).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
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

/** True for a file Vite wrote under assets/ with a content hash in its name. */
function isHashedAsset(root, path) {
  return path.startsWith(join(root, 'assets') + sep) && /-[\w-]{8,}\.\w+$/.test(path);
}

/**
 * Serves `root` on 127.0.0.1:`port` (0: a free port the system picks; the answer's url says
 * which), unknown paths answered with index.html, `csp` as a header.
 */
export function serve(root, port, csp) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path;
    try {
      path = normalize(join(root, decodeURIComponent(url.pathname)));
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (!existsSync(path) || statSync(path).isDirectory()) path = join(root, 'index.html');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      ...(csp ? { 'Content-Security-Policy': csp } : {}),
      'X-Content-Type-Options': 'nosniff',
      // Vite names built assets by content hash: they never change under one name, so the
      // browser keeps them (and V8 its code cache for the script, as Electron does for app://
      // with codeCache); index.html is asked for again every time.
      'Cache-Control': isHashedAsset(root, path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

/** The CSP written into a built index.html by the remit-csp Vite plugin, or null. */
export function cspOf(html) {
  return (
    /http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'")
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&') ?? null
  );
}

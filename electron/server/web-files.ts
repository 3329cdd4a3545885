/**
 * Serves the built web app (dist/renderer) from `remit serve`, so a teammate without the
 * desktop app can join from a browser. GET and HEAD only, nothing outside the folder, Remit's
 * CSP (read from the built index.html) as a header, unknown paths answered with index.html.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
};

/** The CSP the build wrote into index.html's meta tag, or null. */
export function cspOfHtml(html: string): string | null {
  return (
    /http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'")
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&') ?? null
  );
}

/** Answers a request from the web folder. Returns a handler, and whether the app is built. */
export function createWebHandler(folder: string): {
  readonly built: boolean;
  readonly handle: (request: IncomingMessage, response: ServerResponse) => void;
} {
  const root = resolve(folder);
  const index = join(root, 'index.html');
  const built = existsSync(index);
  const csp = built ? cspOfHtml(readFileSync(index, 'utf8')) : null;
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!built) {
      response
        .writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('This Remit server syncs plans; its web app is not built (run "npm run build:renderer").\n');
      return;
    }
    let path: string;
    try {
      path = normalize(
        join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)),
      );
    } catch {
      response.writeHead(400, headers).end();
      return;
    }
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    if (!existsSync(path) || statSync(path).isDirectory()) path = index;
    response.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      ...(csp ? { 'Content-Security-Policy': csp } : {}),
      'Cache-Control': path === index ? 'no-cache' : 'public, max-age=3600',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  };
  return { built, handle };
}

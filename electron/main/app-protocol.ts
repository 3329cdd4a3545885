import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_SCHEME } from '../../shared/ipc/origin.js';
import { parseAppUrl } from './app-url.js';
import { securityHeaders } from './security-headers.js';
import { CONTENT_SECURITY_POLICY, withMetaPolicy } from '../../shared/ipc/csp.js';

/**
 * The `app` scheme's privileges. `standard` gives the page a real origin (`app://remit`) so
 * IndexedDB and relative URLs work; `secure` makes it a secure context; `supportFetchAPI`
 * lets the page fetch its own assets. Must be registered before the app is ready.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** MIME type for a file name by its extension; `application/octet-stream` when unknown. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** What the protocol handler needs from the outside world. */
export interface AppProtocolDeps {
  /** Absolute folder served as the origin's root (the built renderer, `dist/renderer`). */
  readonly rootDir: string;
  /** Reads a whole file; rejects with a Node-style `code` (`ENOENT`, `EISDIR`) when it cannot. */
  readonly readFile: (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;
  /**
   * Resolves every symlink in a path (Node's `fs.promises.realpath`); rejects with a Node-style
   * `code` (`ENOENT`, `ELOOP`, `ENAMETOOLONG`) when it cannot.
   */
  readonly realpath: (filePath: string) => Promise<string>;
  /**
   * The CSP to send (and to write into the page's own meta tag, which must agree): by default
   * the strict policy; with a configured Remit server, one whose connect-src allows it.
   */
  readonly policy?: string;
}

/** True when `filePath` is `root` itself or inside it (both already resolved). */
function isInside(root: string, filePath: string): boolean {
  const inside = path.relative(root, filePath);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside);
}

// A path the system cannot resolve is simply not a file of the app: never a server error.
const NOT_FOUND_CODES: ReadonlySet<unknown> = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG']);

/**
 * Maps an `app://remit/...` URL to a file under `rootDir`, or null when the URL is not on the
 * app origin or its path would leave `rootDir` (`..`, encoded `%2e%2e`, `%2f`, backslashes,
 * NUL bytes, other drives).
 */
export function resolveAppPath(rootDir: string, rawUrl: string): string | null {
  const url = parseAppUrl(rawUrl);
  if (!url) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relativePath = pathname.replace(/^[/\\]+/, '') || 'index.html';
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relativePath);
  const inside = path.relative(root, filePath);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`)) return null;
  if (path.isAbsolute(inside)) return null;
  return filePath;
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Creates the handler for `protocol.handle('app', ...)`: serves files from `rootDir` with
 * their MIME type and the security headers (CSP included) on every response. Refuses
 * anything but GET/HEAD (405), paths outside the root, by name or through a symlink (403), and
 * missing or unresolvable files (404: symlink loops and over-long names included).
 */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed');
    }
    const filePath = resolveAppPath(deps.rootDir, request.url);
    if (!filePath) return plain(403, 'Forbidden');
    let body: Uint8Array<ArrayBuffer>;
    try {
      // The lexical check above cannot see symlinks: resolve both the root and the file, and
      // serve only a file whose real location is still inside the real root.
      const [root, real] = await Promise.all([deps.realpath(deps.rootDir), deps.realpath(filePath)]);
      if (!isInside(root, real)) return plain(403, 'Forbidden');
      body = await deps.readFile(real);
    } catch (error) {
      if (NOT_FOUND_CODES.has((error as { code?: unknown } | null)?.code)) return plain(404, 'Not found');
      return plain(500, 'Could not read the file');
    }
    if (deps.policy !== undefined && deps.policy !== CONTENT_SECURITY_POLICY && mimeTypeFor(filePath).startsWith('text/html')) {
      body = new TextEncoder().encode(withMetaPolicy(new TextDecoder().decode(body), deps.policy));
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        ...securityHeaders(deps.policy),
        'Content-Type': mimeTypeFor(filePath),
        'Content-Length': String(body.byteLength),
      },
    });
  };
}

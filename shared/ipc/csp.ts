/**
 * The Content-Security-Policy of every Remit page, as one header value.
 *
 * Single source of truth: the main process sends it as a response header on every `app://`
 * response and the renderer's `index.html` carries the same value in a `<meta>` tag, so both
 * layers agree. Strict on purpose: no `unsafe-inline`, no `unsafe-eval`, nothing from the
 * network. Code that would need `eval` (zod's JIT) must be configured off, e.g.
 * `z.config({ jitless: true })` in the renderer.
 */
export const CONTENT_SECURITY_POLICY: string = contentSecurityPolicy();

/**
 * The origins a page may connect to for shared plans on `server` (a Remit server's web origin,
 * `http(s)://host[:port]`): that origin and its WebSocket twin (`ws:` for `http:`, `wss:` for
 * `https:`). Null for anything else (a path, credentials, another scheme, a wildcard), which
 * then allows nothing. Pure.
 */
export function serverSources(server: string): readonly [string, string] | null {
  const match = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?\/?$/.exec(server.trim());
  if (!match) return null;
  const [, scheme = '', host = '', port] = match;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return null;
  const authority = `${host.toLowerCase()}${port === undefined ? '' : `:${port}`}`;
  return [`${scheme}://${authority}`, `${scheme === 'https' ? 'wss' : 'ws'}://${authority}`];
}

/**
 * The policy, with `connect-src` opened to one configured Remit server (desktop: shared plans)
 * and to nothing else; without one (or with one that is not a plain web origin) the page reaches
 * nothing on the network. Pure.
 */
export function contentSecurityPolicy(options: { readonly collabServer?: string | null } = {}): string {
  const server = options.collabServer ? serverSources(options.collabServer) : null;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...(server ?? [])].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `policy` as a `<meta>` tag may carry it: browsers ignore (and log) frame-ancestors there. Pure. */
export function metaPolicy(policy: string): string {
  return policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

const META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i;

/**
 * The built page with its CSP `<meta>` tag carrying `policy` instead (a page enforces both its
 * meta and its header policy, so a header that allows the configured server needs the meta to
 * agree). A page without the tag is returned unchanged. Pure.
 */
export function withMetaPolicy(html: string, policy: string): string {
  return html.replace(META, (_match, start: string, end: string) => `${start}${metaPolicy(policy)}${end}`);
}

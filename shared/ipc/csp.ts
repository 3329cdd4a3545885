/**
 * The Content-Security-Policy of every Remit page, as one header value.
 *
 * Single source of truth: the main process sends it as a response header on every `app://`
 * response and the renderer's `index.html` carries the same value in a `<meta>` tag, so both
 * layers agree. Strict on purpose: no `unsafe-inline`, no `unsafe-eval`, nothing from the
 * network. Code that would need `eval` (zod's JIT) must be configured off, e.g.
 * `z.config({ jitless: true })` in the renderer.
 */
export const CONTENT_SECURITY_POLICY: string = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

import { APP_HOST, APP_SCHEME } from '../../shared/ipc/origin.js';

/**
 * Parses `raw` and returns it only when it is on the app origin, `app://remit`, exactly:
 * right scheme, right host, no credentials, no port. Parsing (never prefix matching) is what
 * refuses look-alikes such as `app://remit.evil.com` or `app://remit@evil`.
 */
export function parseAppUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;
  return url;
}

/** True when `raw` is a URL on the app origin; see {@link parseAppUrl}. */
export function isAppUrl(raw: string): boolean {
  return parseAppUrl(raw) !== null;
}

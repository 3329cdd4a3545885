/**
 * Share links: the web address of a Remit server plus the plan and a signed token, the token
 * after `#` so it never travels in an HTTP request line or a server log. Pure.
 * Shape: `http://host:port/join#plan=<plan id>&token=<token>`.
 */

/** What a plan id on a server looks like: letters, digits, `-` and `_`, 8 to 64 of them. */
export const PLAN_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** Longest share link accepted, in characters. */
export const MAX_SHARE_LINK_LENGTH = 4096;

/** What a share link carries. */
export interface ShareLink {
  /** The server's web origin, e.g. `http://127.0.0.1:4321`. */
  readonly server: string;
  readonly plan: string;
  readonly token: string;
}

const LINK = /^(https?):\/\/([A-Za-z0-9.[\]:-]+)(?:\/[^#\s]*)?#([^\s]*)$/;

function fragmentValue(fragment: string, key: string): string {
  for (const part of fragment.split('&')) {
    const [name, value = ''] = part.split('=', 2);
    if (name !== key) continue;
    try {
      return decodeURIComponent(value);
    } catch {
      return '';
    }
  }
  return '';
}

/** The link text for `link`. Pure. */
export function formatShareLink(link: ShareLink): string {
  const fragment = `plan=${encodeURIComponent(link.plan)}&token=${encodeURIComponent(link.token)}`;
  return `${link.server.replace(/\/+$/, '')}/join#${fragment}`;
}

/** The WebSocket address of a server's web origin (`ws:` for `http:`, `wss:` for `https:`). Pure. */
export function syncUrlOf(server: string): string {
  return server.replace(/^http/, 'ws').replace(/\/+$/, '');
}

/**
 * Reads a share link, or returns a message saying what is wrong with it. Pure; never throws.
 * Only `http:` and `https:` servers are accepted.
 */
export function parseShareLink(text: string): { ok: true; link: ShareLink } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed.length > MAX_SHARE_LINK_LENGTH)
    return { ok: false, message: 'The link is too long to be a Remit share link.' };
  const match = LINK.exec(trimmed);
  if (!match) {
    return {
      ok: false,
      message: 'This is not a Remit share link. Paste the whole link, from http to the end.',
    };
  }
  const [, scheme = '', host = '', fragment = ''] = match;
  const plan = fragmentValue(fragment, 'plan');
  const token = fragmentValue(fragment, 'token');
  if (!PLAN_ID_PATTERN.test(plan) || !token) {
    return { ok: false, message: 'The link names no plan or carries no token; ask for a new share link.' };
  }
  return { ok: true, link: { server: `${scheme}://${host.toLowerCase()}`, plan, token } };
}

// The WHATWG URL parser exists in every runtime that loads shared/ (Node, Chromium, Electron),
// but shared/ compiles without DOM or Node types; this is the slice of it used here.
declare const URL: new (input: string) => {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly port: string;
  readonly href: string;
};

/**
 * The only web pages Remit opens in the user's browser: the public articles its guidance is
 * derived from (see `/shared/sources/README.md`). Main refuses every other URL on
 * `shell:open-external`, so a compromised page cannot launch arbitrary URLs or programs.
 *
 * Only the `cio-vs-cto` article's address is known (the stored copies carry no URL); the
 * `inward-outward` article gets no link until its address is confirmed.
 */
export const SOURCE_LINKS = [
  {
    sourceId: 'cio-vs-cto',
    url: 'https://cioindex.com/toolkit/cio-cto-chief-information-officer-chief-technology-officer/',
  },
] as const;

/** Hosts whose https pages may be opened externally: those of {@link SOURCE_LINKS}. */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set(
  SOURCE_LINKS.map((link) => new URL(link.url).hostname),
);

/** Longest URL accepted for opening externally. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * True when `raw` may be opened in the user's browser: it parses as a URL, uses `https:`, has
 * no credentials and no explicit port, and its host is exactly one of
 * {@link EXTERNAL_LINK_HOSTS} (no subdomains, no look-alikes; parsed, never prefix-matched).
 * Pure; safe on any input.
 */
export function isAllowedExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > MAX_EXTERNAL_URL_LENGTH) return false;
  let url: InstanceType<typeof URL>;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    EXTERNAL_LINK_HOSTS.has(url.hostname)
  );
}

import { describe, expect, it, vi } from 'vitest';
import { createOpenExternalHandler } from '../../../../electron/main/external.js';
import { IpcFailure } from '../../../../electron/main/ipc-failure.js';
import {
  EXTERNAL_LINK_HOSTS,
  isAllowedExternalUrl,
  SOURCE_LINKS,
} from '../../../../shared/ipc/external-links.js';
import { INVOKE_REQUEST_SCHEMAS } from '../../../../shared/ipc/schemas.js';

const SOURCE = SOURCE_LINKS[0].url;

describe('isAllowedExternalUrl', () => {
  it('allows the source articles, and only their hosts', () => {
    for (const link of SOURCE_LINKS) expect(isAllowedExternalUrl(link.url)).toBe(true);
    expect([...EXTERNAL_LINK_HOSTS]).toEqual(['cioindex.com']);
    expect(isAllowedExternalUrl('https://cioindex.com/another/page?x=1#y')).toBe(true);
  });

  it.each([
    ['plain http', 'http://cioindex.com/toolkit/'],
    ['a look-alike host', 'https://cioindex.com.evil.example/'],
    ['a subdomain', 'https://evil.cioindex.com/'],
    ['credentials that hide the real host', 'https://cioindex.com@evil.example/'],
    ['credentials on the right host', 'https://user:pass@cioindex.com/'],
    ['an explicit port', 'https://cioindex.com:8443/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['the app origin', 'app://remit/index.html'],
    ['a relative path', '/toolkit/'],
    ['not a URL', 'cioindex.com'],
    ['an empty string', ''],
    ['a very long URL', `https://cioindex.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['https://cioindex.com/']])('refuses a non-string (%s)', (value) => {
    expect(isAllowedExternalUrl(value)).toBe(false);
  });
});

describe('shell:open-external payload schema', () => {
  const schema = INVOKE_REQUEST_SCHEMAS['shell:open-external'];

  it('accepts an allowlisted URL', () => {
    expect(schema.safeParse({ url: SOURCE }).success).toBe(true);
  });

  it('refuses other URLs, extra keys and other shapes', () => {
    expect(schema.safeParse({ url: 'https://evil.example/' }).success).toBe(false);
    expect(schema.safeParse({ url: SOURCE, openWith: 'sh' }).success).toBe(false);
    expect(schema.safeParse(SOURCE).success).toBe(false);
    expect(schema.safeParse(undefined).success).toBe(false);
  });
});

describe('createOpenExternalHandler', () => {
  it('opens an allowlisted page', async () => {
    const open = vi.fn(() => Promise.resolve());
    await createOpenExternalHandler(open)({ url: SOURCE });
    expect(open).toHaveBeenCalledExactlyOnceWith(SOURCE);
  });

  it('refuses anything else even when called without the schema (defence in depth)', async () => {
    const open = vi.fn(() => Promise.resolve());
    const handler = createOpenExternalHandler(open);
    for (const url of ['https://evil.example/', 'file:///bin/sh', 'https://cioindex.com@evil.example/']) {
      await expect(handler({ url })).rejects.toBeInstanceOf(IpcFailure);
    }
    expect(open).not.toHaveBeenCalled();
  });
});

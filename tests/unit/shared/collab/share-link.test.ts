import { describe, expect, it } from 'vitest';
import { formatShareLink, parseShareLink, syncUrlOf } from '../../../../shared/collab/index.js';

describe('share links', () => {
  it('round-trips, with the token after # so it never reaches a request line', () => {
    const link = {
      server: 'http://192.168.1.20:4321',
      plan: 'f3c1a7e2-0b7d-4c1e-9a51-6f2d2b0c9e11',
      token: 'a.b-c_d',
    };
    const text = formatShareLink(link);
    expect(text).toBe(
      'http://192.168.1.20:4321/join#plan=f3c1a7e2-0b7d-4c1e-9a51-6f2d2b0c9e11&token=a.b-c_d',
    );
    expect(parseShareLink(`  ${text}\n`)).toEqual({ ok: true, link });
    expect(syncUrlOf(link.server)).toBe('ws://192.168.1.20:4321');
    expect(syncUrlOf('https://remit.example.com')).toBe('wss://remit.example.com');
  });

  it.each([
    ['', /not a Remit share link/],
    ['ftp://host/join#plan=abcdefgh&token=t', /not a Remit share link/],
    ['javascript:alert(1)//#plan=abcdefgh&token=t', /not a Remit share link/],
    ['http://host:4321/join', /not a Remit share link/],
    ['http://host:4321/join#plan=short&token=t', /names no plan/],
    ['http://host:4321/join#plan=abcdefgh', /carries no token/],
    ['http://host:4321/join#plan=../../etc&token=t', /names no plan/],
    [`http://host/join#plan=abcdefgh&token=${'x'.repeat(5000)}`, /too long/],
  ])('refuses %j', (text, message) => {
    const result = parseShareLink(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

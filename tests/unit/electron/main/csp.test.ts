import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../../../electron/main/security-headers.js';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/ipc/csp.js';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it("defaults to 'self'", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('allows scripts only from the app itself: no unsafe-eval, no unsafe-inline', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline|hashes)|wasm-unsafe-eval|\*/);
  });

  it('forbids plugins, base changes, form posts and framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('reaches nothing on the network', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:/);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('is the exact header main sends', () => {
    expect(securityHeaders()['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp.js';

/**
 * Headers sent with every `app://` response, errors included. `policy`: the CSP (by default
 * the strict one; main passes one whose connect-src allows the configured Remit server).
 */
export function securityHeaders(policy: string = CONTENT_SECURITY_POLICY): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

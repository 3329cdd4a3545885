/**
 * Per-connection message rate limit for `remit serve`: a token bucket checked before
 * Hocuspocus handles a message. A connection over its budget is closed (its provider
 * reconnects after a back-off and resyncs, so nothing is lost); the message is not applied.
 */
import type { beforeHandleMessagePayload, Connection, Extension } from '@hocuspocus/server';

/** The close code sent to a client that sent too many messages. */
export const RATE_LIMITED = { code: 4429, reason: 'Too many messages' } as const;

interface Bucket {
  tokens: number;
  at: number;
}

/** The rate-limit extension: `perSecond` messages sustained, bursts up to `burst`. */
export class RateLimit implements Extension {
  readonly extensionName = 'remit-rate-limit';
  private readonly buckets = new WeakMap<Connection, Bucket>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number = perSecond * 5,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  beforeHandleMessage({ connection }: beforeHandleMessagePayload): Promise<void> {
    const now = this.clock();
    const bucket = this.buckets.get(connection) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(connection, bucket);
    if (bucket.tokens < 1) return Promise.reject(Object.assign(new Error(RATE_LIMITED.reason), RATE_LIMITED));
    bucket.tokens -= 1;
    return Promise.resolve();
  }
}

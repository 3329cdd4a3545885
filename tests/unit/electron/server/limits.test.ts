import type { beforeHandleMessagePayload, Connection } from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import { RATE_LIMITED, RateLimit } from '../../../../electron/server/limits.js';

function payload(connection: object): beforeHandleMessagePayload {
  return { connection: connection as Connection } as beforeHandleMessagePayload;
}

describe('the per-connection rate limit', () => {
  it('allows a burst, then the sustained rate, per connection', async () => {
    let now = 0;
    const limit = new RateLimit(10, 20, () => now);
    const one = {};
    const two = {};
    for (let message = 0; message < 20; message += 1) await limit.beforeHandleMessage(payload(one));
    await expect(limit.beforeHandleMessage(payload(one))).rejects.toMatchObject(RATE_LIMITED);
    // Another connection has its own budget.
    await expect(limit.beforeHandleMessage(payload(two))).resolves.toBeUndefined();
    // 10 per second refill: after 0.5 s, five more.
    now = 500;
    for (let message = 0; message < 5; message += 1) await limit.beforeHandleMessage(payload(one));
    await expect(limit.beforeHandleMessage(payload(one))).rejects.toMatchObject({ code: 4429 });
  });
});

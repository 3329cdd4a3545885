import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { mintToken, TokenError, verifyToken } from '../../../../electron/server/tokens.js';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const PLAN = 'plan-0001';

describe('share tokens', () => {
  it.each(['edit', 'view'] as const)('a %s token grants exactly that on its plan', async (permission) => {
    const token = await mintToken({ secret: SECRET, plan: PLAN, permission, hours: 1 });
    await expect(verifyToken(token, PLAN, SECRET)).resolves.toBe(permission);
  });

  const refusals: [string, () => Promise<string>, string, RegExp][] = [
    [
      'expired',
      () =>
        mintToken({
          secret: SECRET,
          plan: PLAN,
          permission: 'edit',
          hours: 1,
          now: Date.now() - 2 * 3600_000,
        }),
      PLAN,
      /expired/,
    ],
    [
      'for another plan',
      () => mintToken({ secret: SECRET, plan: 'plan-0002', permission: 'edit', hours: 1 }),
      PLAN,
      /another plan/,
    ],
    [
      'signed with another secret',
      () => mintToken({ secret: `${SECRET}-other`, plan: PLAN, permission: 'edit', hours: 1 }),
      PLAN,
      /not valid/,
    ],
    ['garbage', () => Promise.resolve('not.a.token'), PLAN, /not valid/],
    ['empty', () => Promise.resolve(''), PLAN, /no usable token/],
    ['absurdly long', () => Promise.resolve('x'.repeat(5000)), PLAN, /no usable token/],
    [
      'without an expiry',
      () =>
        new SignJWT({ perm: 'edit' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(PLAN)
          .setAudience('remit-plan')
          .sign(new TextEncoder().encode(SECRET)),
      PLAN,
      /not valid/,
    ],
    [
      'for another purpose',
      () =>
        new SignJWT({ perm: 'admin' })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(PLAN)
          .setAudience('remit-plan')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(SECRET)),
      PLAN,
      /grants nothing/,
    ],
    [
      'unsigned (alg none)',
      async () =>
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: PLAN, perm: 'edit', aud: 'remit-plan', exp: 9e9 })).toString('base64url')}.`,
      PLAN,
      /not valid/,
    ],
  ];
  it.each(refusals)('refuses a token %s', async (_name, make, plan, message) => {
    const token = await make();
    const result = verifyToken(token, plan, SECRET);
    await expect(result).rejects.toBeInstanceOf(TokenError);
    await expect(result).rejects.toThrow(message);
    // The reason never repeats the token.
    await result.catch((error: unknown) => token && expect((error as Error).message).not.toContain(token));
  });

  it('refuses a short secret and a plan id that is not one', async () => {
    await expect(mintToken({ secret: 'short', plan: PLAN, permission: 'edit', hours: 1 })).rejects.toThrow(
      /32 characters/,
    );
    await expect(mintToken({ secret: SECRET, plan: '../etc', permission: 'edit', hours: 1 })).rejects.toThrow(
      /plan id/,
    );
  });
});

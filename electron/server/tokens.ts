/**
 * Share tokens: a JWT (HS256, via `jose`) bound to one plan and one permission, with an expiry,
 * signed with the server's secret. The server checks them in `onAuthenticate`.
 */
import { SignJWT, jwtVerify } from 'jose';
import { PLAN_ID_PATTERN } from '../../shared/collab/index.js';

/** What a token lets its holder do with the plan. */
export type Permission = 'edit' | 'view';

const AUDIENCE = 'remit-plan';
const ALGORITHM = 'HS256';

/** Longest token the server looks at; a real one is a few hundred characters. */
export const MAX_TOKEN_LENGTH = 2048;

/** The signing key from the server's secret (at least 32 characters). */
export function signingKey(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('the signing secret must be at least 32 characters');
  return new TextEncoder().encode(secret);
}

/** Signs a token for `plan` with `permission`, valid for `hours` from `now` (ms since 1970). */
export async function mintToken(options: {
  readonly secret: string;
  readonly plan: string;
  readonly permission: Permission;
  readonly hours: number;
  readonly now?: number;
}): Promise<string> {
  if (!PLAN_ID_PATTERN.test(options.plan)) throw new Error('a plan id is 8 to 64 letters, digits, - or _');
  if (!(options.hours > 0)) throw new Error('a token must be valid for some time');
  const issued = Math.floor((options.now ?? Date.now()) / 1000);
  return new SignJWT({ perm: options.permission })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(options.plan)
    .setAudience(AUDIENCE)
    .setIssuedAt(issued)
    .setExpirationTime(issued + Math.round(options.hours * 3600))
    .sign(signingKey(options.secret));
}

/** Why a token was refused, in words safe to log and to show (never the token itself). */
export class TokenError extends Error {
  override readonly name = 'TokenError';
}

/**
 * The permission `token` grants on `plan`. Throws {@link TokenError} when the token is
 * malformed, badly signed, expired, without an expiry, for another plan or another purpose.
 */
export async function verifyToken(token: string, plan: string, secret: string): Promise<Permission> {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
    throw new TokenError('no usable token');
  }
  let payload;
  try {
    ({ payload } = await jwtVerify(token, signingKey(secret), {
      algorithms: [ALGORITHM],
      audience: AUDIENCE,
      requiredClaims: ['exp', 'sub'],
    }));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new TokenError(code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is not valid');
  }
  if (payload.sub !== plan) throw new TokenError('the token is for another plan');
  if (payload.perm !== 'edit' && payload.perm !== 'view') throw new TokenError('the token grants nothing');
  return payload.perm;
}

/** The two executive roles whose split Remit plans. */
export const ROLES = ['CIO', 'CTO'] as const;
/** One of the two executive roles. */
export type Role = (typeof ROLES)[number];

/** The lanes of the board, in display order: CIO, Shared, CTO, then the Unassigned pool. */
export const LANES = ['CIO', 'Shared', 'CTO', 'Unassigned'] as const;
/** Where a responsibility sits: owned by one role, jointly owned, or not yet placed. */
export type Lane = (typeof LANES)[number];

/** True when `value` names a lane. Pure. */
export function isLane(value: unknown): value is Lane {
  return typeof value === 'string' && (LANES as readonly string[]).includes(value);
}

/** True when `value` names a role. Pure. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

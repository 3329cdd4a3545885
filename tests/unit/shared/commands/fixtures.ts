import { DEFAULT_CONTEXT, responsibilityId, scenarioId, type Lane, type Role, type Scenario } from '../../../../shared/model/index.js';

/** A scenario from `[title, owner, lead?]` rows; ids are the titles in lower case. */
export function scenarioOf(rows: readonly (readonly [string, Lane, Role?])[]): Scenario {
  return {
    id: scenarioId('s1'),
    name: 'Test',
    context: DEFAULT_CONTEXT,
    responsibilities: rows.map(([title, owner, lead]) => ({
      id: responsibilityId(title.toLowerCase()),
      title,
      owner,
      ...(lead ? { lead } : {}),
    })),
    waivers: [],
    stances: {},
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** `lane: titles` lines, for readable expectations. */
export function lanesOf(scenario: Scenario): Record<string, string[]> {
  const result: Record<string, string[]> = { CIO: [], Shared: [], CTO: [], Unassigned: [] };
  for (const item of scenario.responsibilities) result[item.owner]?.push(item.title);
  return result;
}

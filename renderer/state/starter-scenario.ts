import { responsibilityId, scenarioId, DEFAULT_CONTEXT, type Lane, type Role, type Scenario } from '../../shared/model/index.js';

const STARTER: readonly { title: string; owner: Lane; lead?: Role }[] = [
  { title: 'Run the employee service desk', owner: 'CIO' },
  { title: 'Enterprise systems (ERP, CRM, HR)', owner: 'CIO' },
  { title: 'IT governance and compliance', owner: 'CIO' },
  { title: 'Product architecture', owner: 'CTO' },
  { title: 'Research and development', owner: 'CTO' },
  { title: 'Data security', owner: 'Shared', lead: 'CIO' },
  { title: 'Technology roadmap', owner: 'Unassigned' },
  { title: 'Customer-facing apps and website', owner: 'Unassigned' },
];

/** A small scenario to start from when the library is empty. `newId` makes unique ids. */
export function createStarterScenario(newId: () => string, now: string): Scenario {
  return {
    id: scenarioId(newId()),
    name: 'My first split',
    context: DEFAULT_CONTEXT,
    responsibilities: STARTER.map((item) => ({
      id: responsibilityId(newId()),
      title: item.title,
      owner: item.owner,
      ...(item.lead ? { lead: item.lead } : {}),
    })),
    waivers: [],
    stances: {},
    createdAt: now,
    updatedAt: now,
  };
}

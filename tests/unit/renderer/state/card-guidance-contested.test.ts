import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../../shared/guidance/index.js';
import { DEFAULT_CONTEXT, responsibilityId, scenarioId, type Role, type Scenario } from '../../../../shared/model/index.js';
import { deriveCardGuidance } from '../../../../renderer/state/card-guidance.js';

function plan(stances: Record<string, Role> = {}): Scenario {
  return {
    id: scenarioId('s'),
    name: 'Plan',
    context: DEFAULT_CONTEXT,
    responsibilities: [
      { id: responsibilityId('budget'), title: 'Technology budget', owner: 'Unassigned' },
      { id: responsibilityId('desk'), title: 'Training for staff on office tools', owner: 'Unassigned' },
    ],
    waivers: [],
    stances,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

describe('card badges for unassigned cards', () => {
  it('marks an unplaced card of a contested topic as contested until a stance is recorded, then advice (place it)', () => {
    const open = plan();
    const cards = deriveCardGuidance(open.responsibilities, checkScenario(open));
    expect(cards.get(responsibilityId('budget'))?.status).toBe('contested');
    expect(cards.get(responsibilityId('budget'))?.summary).toMatch(/disagree/);
    expect(cards.get(responsibilityId('desk'))?.status).toBe('advice');

    const decided = plan({ 'technology-budget': 'CIO' });
    const after = deriveCardGuidance(decided.responsibilities, checkScenario(decided));
    expect(after.get(responsibilityId('budget'))?.status).toBe('advice');
  });
});

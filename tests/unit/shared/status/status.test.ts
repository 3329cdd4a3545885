import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/guidance/index.js';
import { responsibilityId } from '../../../../shared/model/index.js';
import { STATUS_LABEL, STATUSES, cardStatus, findingStatus, worseStatus } from '../../../../shared/status/index.js';

function finding(overrides: Partial<Finding>): Finding {
  return {
    id: 'f',
    ruleId: 'misplaced',
    severity: 'warning',
    responsibilityIds: [responsibilityId('a')],
    topic: null,
    message: 'Something is off.',
    citations: [],
    ...overrides,
  };
}

const positions = [
  { owner: 'CIO' as const, label: 'The CIO holds it', summary: 'One view.', citations: [] },
  { owner: 'CTO' as const, label: 'The CTO holds it', summary: 'Another view.', citations: [] },
];
const waiver = { findingId: 'f', rationale: 'On purpose', at: '2025-01-01T00:00:00.000Z' };

describe('the guidance vocabulary', () => {
  it.each([
    [finding({ severity: 'error' }), 'error'],
    [finding({ severity: 'warning' }), 'warning'],
    [finding({ severity: 'info', ruleId: 'should-share' }), 'advice'],
    [finding({ severity: 'info', ruleId: 'contested', positions }), 'contested'],
    [finding({ severity: 'info', ruleId: 'unassigned', positions }), 'contested'],
    [finding({ severity: 'info', ruleId: 'stance-conflict', positions }), 'advice'],
    [finding({ severity: 'warning', ruleId: 'stance-conflict', positions }), 'warning'],
    [finding({ severity: 'error', waived: waiver }), 'accepted'],
  ] as const)('names a finding %#', (input, expected) => {
    expect(findingStatus(input)).toBe(expected);
  });

  it('gives a card its worst open finding, accepted only when nothing is open', () => {
    const advice = finding({ severity: 'info', ruleId: 'duplicate' });
    const accepted = finding({ severity: 'error', waived: waiver });
    expect(cardStatus([advice, accepted], true)).toBe('advice');
    expect(cardStatus([accepted], true)).toBe('accepted');
    expect(cardStatus([finding({ severity: 'info' }), finding({ severity: 'error' })], true)).toBe('error');
    expect(cardStatus([], true)).toBe('aligned');
    expect(cardStatus([], false)).toBe('unrated');
  });

  it('orders statuses worst first and labels every one', () => {
    expect(worseStatus('advice', 'contested')).toBe('contested');
    expect(worseStatus('aligned', 'accepted')).toBe('accepted');
    for (const status of STATUSES) expect(STATUS_LABEL[status].length).toBeGreaterThan(0);
  });
});

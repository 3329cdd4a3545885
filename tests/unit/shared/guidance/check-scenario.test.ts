import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../shared/commands/index.js';
import { checkScenario, type Finding, type RuleId, type Severity } from '../../../../shared/guidance/index.js';
import {
  DEFAULT_CONTEXT,
  responsibilityId,
  scenarioId,
  type Lane,
  type Responsibility,
  type Role,
  type Scenario,
  type ScenarioContext,
  type Waiver,
} from '../../../../shared/model/index.js';

type Card = readonly [id: string, title: string, owner: Lane, lead?: Role];

function scenario(
  cards: readonly Card[],
  options: { context?: Partial<ScenarioContext>; stances?: Record<string, Role>; waivers?: Waiver[] } = {},
): Scenario {
  return {
    id: scenarioId('s1'),
    name: 'Test plan',
    context: { ...DEFAULT_CONTEXT, ...options.context },
    responsibilities: cards.map(([id, title, owner, lead]): Responsibility => ({
      id: responsibilityId(id),
      title,
      owner,
      ...(lead ? { lead } : {}),
    })),
    waivers: options.waivers ?? [],
    stances: options.stances ?? {},
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

/** A plan that covers every core area of both roles, placed as the sources suggest. */
const COVERED: readonly Card[] = [
  ['core-1', 'IT infrastructure and networks', 'CIO'],
  ['core-2', 'Employee help desk', 'CIO'],
  ['core-3', 'ERP system', 'CIO'],
  ['core-4', 'Information security and cyber defence', 'CIO'],
  ['core-5', 'IT governance and policies', 'CIO'],
  ['core-6', 'Product development', 'CTO'],
  ['core-7', 'Research and development (R&D)', 'CTO'],
  ['core-8', 'Technology roadmap', 'CTO'],
  ['core-9', 'Emerging technology scouting', 'CTO'],
  ['core-10', 'Public website', 'CTO'],
  ['core-11', 'Product security and secure development', 'CTO'],
];

function only(findings: readonly Finding[], ruleId: RuleId): Finding[] {
  return findings.filter((finding) => finding.ruleId === ruleId);
}

describe('checkScenario: placement rules', () => {
  it('finds nothing to object to in a well-placed, covered plan', () => {
    const result = checkScenario(scenario(COVERED));
    expect(result.findings).toEqual([]);
    expect(result.score).toBe(100);
    expect([...result.byResponsibility.values()].every((entry) => entry.status === 'aligned')).toBe(true);
  });

  it.each([
    ['Employee help desk', 'CTO', 'CIO', 'service-desk'],
    ['Customer mobile apps', 'CIO', 'CTO', 'customer-technology'],
    ['ERP system', 'CTO', 'CIO', 'enterprise-systems'],
    ['Research and development (R&D)', 'CIO', 'CTO', 'research-development'],
  ] as const)('flags “%s” in the %s lane as misplaced, with a fix to %s', (title, lane, to, topic) => {
    const result = checkScenario(scenario([...COVERED, ['x', title, lane]]));
    const [finding] = only(result.findings, 'misplaced');
    expect(finding?.id).toBe(`misplaced:${topic}:x`);
    expect(finding?.severity).toBe('error');
    expect(finding?.responsibilityIds).toEqual(['x']);
    expect(finding?.citations.length).toBeGreaterThan(0);
    expect(finding?.fix?.command).toEqual({ type: 'responsibility/move', id: 'x', to });
    expect(result.byResponsibility.get(responsibilityId('x'))?.status).toBe('misplaced');
  });

  it('says a clearly-owned topic shared under the wrong lead should be led by its owner', () => {
    const result = checkScenario(scenario([...COVERED, ['x', 'Employee help desk', 'Shared', 'CTO']]));
    const [finding] = only(result.findings, 'lead-mismatch');
    expect(finding?.severity).toBe('warning');
    expect(finding?.fix?.command).toEqual({ type: 'responsibility/set-lead', id: 'x', lead: 'CIO' });
  });

  it.each([
    ['Shared', 'CTO', 'lead-mismatch', { type: 'responsibility/set-lead', id: 'x', lead: 'CIO' }],
    ['CIO', undefined, 'should-share', { type: 'responsibility/move', id: 'x', to: 'Shared', lead: 'CIO' }],
    ['CTO', undefined, 'misplaced', { type: 'responsibility/move', id: 'x', to: 'Shared', lead: 'CIO' }],
  ] as const)(
    'handles a Shared topic (automation) placed in %s/%s with %s',
    (lane, lead, ruleId, command) => {
      const result = checkScenario(scenario([...COVERED, ['x', 'Automation programme', lane, lead]]));
      const [finding] = only(result.findings, ruleId);
      expect(finding?.fix?.command).toEqual(command);
      expect(finding?.severity).not.toBe('error');
    },
  );

  it('flags a Shared card without a lead, with a fix naming the lead the guidance suggests', () => {
    const result = checkScenario(scenario([...COVERED, ['x', 'Automation programme', 'Shared']]));
    const [finding] = only(result.findings, 'shared-without-lead');
    expect(finding?.severity).toBe('warning');
    expect(finding?.fix?.command).toEqual({ type: 'responsibility/set-lead', id: 'x', lead: 'CIO' });
  });

  it('suggests an owner for unassigned cards', () => {
    const result = checkScenario(
      scenario([...COVERED, ['x', 'Data governance and data quality', 'Unassigned']]),
    );
    const [finding] = only(result.findings, 'unassigned');
    expect(finding?.fix?.command).toEqual({ type: 'responsibility/move', id: 'x', to: 'CIO' });
    expect(result.byResponsibility.get(responsibilityId('x'))?.status).toBe('unassigned');
  });

  it('shows both sides of a contested topic on an unassigned card, and places it once a stance is recorded', () => {
    const open = checkScenario(scenario([...COVERED, ['x', 'Technology budget', 'Unassigned']]));
    const [finding] = only(open.findings, 'unassigned');
    expect(finding?.positions?.map((position) => position.owner)).toEqual(['CIO', 'CTO']);
    expect(finding?.positions?.every((position) => position.citations.length > 0)).toBe(true);
    expect(finding?.message).toMatch(/disagree/);
    expect(finding?.message).toMatch(/CIO holds it.*CTO holds it/);
    expect(finding?.message).toMatch(/record the stance/);
    // No placement is right before the team decides, so there is nothing to click but a stance.
    expect(finding?.fix).toBeUndefined();

    const decided = checkScenario(
      scenario([...COVERED, ['x', 'Technology budget', 'Unassigned']], { stances: { 'technology-budget': 'CTO' } }),
    );
    const [placed] = only(decided.findings, 'unassigned');
    expect(placed?.message).toMatch(/recorded stance gives it to the CTO/);
    expect(placed?.fix?.command).toEqual({ type: 'responsibility/move', id: 'x', to: 'CTO' });
  });

  it('leaves text it cannot classify alone', () => {
    const result = checkScenario(scenario([...COVERED, ['x', 'Plan the summer party', 'CTO']]));
    expect(result.findings).toEqual([]);
    expect(result.byResponsibility.get(responsibilityId('x'))?.status).toBe('unknown');
  });
});

describe('checkScenario: contested topics', () => {
  it('shows both positions with their citations when no stance is recorded', () => {
    const result = checkScenario(scenario([...COVERED, ['x', 'Technology budget', 'CIO']]));
    const [finding] = only(result.findings, 'contested');
    expect(finding?.severity).toBe('info');
    expect(finding?.positions?.map((position) => position.owner)).toEqual(['CIO', 'CTO']);
    expect(new Set(finding?.citations.map((citation) => citation.source))).toEqual(
      new Set(['cio-vs-cto', 'inward-outward']),
    );
    expect(finding?.fix?.command).toEqual({ type: 'stance/set', topicId: 'technology-budget', role: 'CIO' });
    expect(result.byResponsibility.get(responsibilityId('x'))?.status).toBe('contested');
  });

  it('is quiet when the placement follows the recorded stance', () => {
    const result = checkScenario(
      scenario([...COVERED, ['x', 'Technology budget', 'CTO']], { stances: { 'technology-budget': 'CTO' } }),
    );
    expect(result.findings).toEqual([]);
  });

  it('flags a placement that contradicts the recorded stance', () => {
    const result = checkScenario(
      scenario([...COVERED, ['x', 'Overall technology strategy', 'CIO']], {
        stances: { 'technology-strategy': 'CTO' },
      }),
    );
    const [finding] = only(result.findings, 'stance-conflict');
    expect(finding?.severity).toBe('warning');
    expect(finding?.fix?.command).toEqual({ type: 'responsibility/move', id: 'x', to: 'CTO' });
  });
});

describe('checkScenario: plan-level rules', () => {
  it('reports each missing core area of either role as a coverage gap', () => {
    const result = checkScenario(scenario([['a', 'Employee help desk', 'CIO']]));
    const gaps = only(result.findings, 'coverage-gap').map((finding) => finding.id);
    expect(gaps).toContain('coverage-gap:it-operations');
    expect(gaps).toContain('coverage-gap:product-development');
    expect(gaps).not.toContain('coverage-gap:service-desk');
    expect(only(result.findings, 'coverage-gap').every((finding) => finding.severity === 'warning')).toBe(
      true,
    );
  });

  it('reports a core area whose cards are all unassigned, with a fix', () => {
    const cards = COVERED.filter(([id]) => id !== 'core-2').concat([
      ['u', 'Employee help desk', 'Unassigned'],
    ]);
    const [gap] = only(checkScenario(scenario(cards)).findings, 'coverage-gap');
    expect(gap?.id).toBe('coverage-gap:service-desk');
    expect(gap?.responsibilityIds).toEqual(['u']);
    expect(gap?.fix?.command).toEqual({ type: 'responsibility/move', id: 'u', to: 'CIO' });
  });

  it('counts one shared security card as covering both halves of security', () => {
    const cards = COVERED.filter(([id]) => id !== 'core-4' && id !== 'core-11');
    const without = only(checkScenario(scenario(cards)).findings, 'coverage-gap').map((finding) => finding.id);
    expect(without).toEqual(['coverage-gap:internal-security', 'coverage-gap:product-security']);
    const result = checkScenario(scenario([...cards, ['sec', 'Data security', 'Shared', 'CIO']]));
    expect(only(result.findings, 'coverage-gap')).toEqual([]);
    expect(result.byResponsibility.get(responsibilityId('sec'))?.status).toBe('aligned');
  });

  it('judges a small company with one executive as one person holding both halves', () => {
    const cards: Card[] = [
      ['a', 'Product development', 'CTO'],
      ['b', 'Employee help desk', 'CTO'],
      ['c', 'Laptops and phones for staff', 'CTO'],
      ['d', 'Backup and disaster recovery', 'CTO'],
      ['e', 'ERP system', 'Unassigned'],
    ];
    const small = checkScenario(scenario(cards, { context: { companySize: 'small' } }));
    expect(only(small.findings, 'misplaced')).toEqual([]);
    expect(only(small.findings, 'role-drift')).toEqual([]);
    const [note] = only(small.findings, 'context-company-size');
    expect(note?.id).toBe('context-company-size:sole-CTO');
    expect(note?.responsibilityIds).toEqual(['b', 'c', 'd']);
    const [unplaced] = only(small.findings, 'unassigned');
    expect(unplaced?.fix?.command).toEqual({ type: 'responsibility/move', id: 'e', to: 'CTO' });
    // The same cards in a medium company are misplaced: there both roles are expected.
    const medium = checkScenario(scenario(cards));
    expect(only(medium.findings, 'misplaced').map((finding) => finding.responsibilityIds[0]).sort()).toEqual(['b', 'c', 'd']);
  });

  it('relaxes coverage gaps to info for a small company', () => {
    const result = checkScenario(
      scenario([['a', 'Employee help desk', 'CIO']], { context: { companySize: 'small' } }),
    );
    expect(only(result.findings, 'coverage-gap').every((finding) => finding.severity === 'info')).toBe(true);
  });

  it('notices a lane dominated by the other role’s work', () => {
    const drifted: Card[] = [
      ['d1', 'Product development', 'CIO'],
      ['d2', 'Customer mobile apps', 'CIO'],
      ['d3', 'Research and development (R&D)', 'CIO'],
      ['d4', 'Employee help desk', 'CIO'],
    ];
    const [drift] = only(checkScenario(scenario(drifted)).findings, 'role-drift');
    expect(drift?.id).toBe('role-drift:CIO');
    expect(drift?.responsibilityIds).toEqual(['d1', 'd2', 'd3']);
  });

  it('finds the same responsibility twice in other words', () => {
    const result = checkScenario(
      scenario([
        ['x', 'Run the help desk for employees', 'CIO'],
        ['y', 'Employees: help-desk running', 'CIO'],
      ]),
    );
    const duplicates = only(result.findings, 'duplicate');
    expect(duplicates.map((finding) => finding.responsibilityIds)).toEqual([['y', 'x']]);
    expect(duplicates[0]?.fix?.command).toEqual({ type: 'responsibility/delete', id: 'y' });
  });

  it('finds overlapping responsibilities of one topic', () => {
    const result = checkScenario(scenario([...COVERED, ['x', 'Product development for Europe', 'CTO']]));
    const [overlap] = only(result.findings, 'overlap');
    expect(overlap?.responsibilityIds).toEqual(['x', 'core-6']);
  });

  it.each<readonly [Partial<ScenarioContext>, RuleId, Severity]>([
    [{ companySize: 'small' }, 'context-company-size', 'info'],
    [{ focus: 'product' }, 'context-focus', 'warning'],
    [{ reportingLine: 'cto-to-cio' }, 'context-reporting-line', 'info'],
    [{ reportingLine: 'cio-to-cto' }, 'context-reporting-line', 'warning'],
  ])('applies context rule %j → %s (%s)', (context, ruleId, severity) => {
    const cards: Card[] = [
      ['a', 'Employee help desk', 'CIO'],
      ['b', 'ERP system', 'CIO'],
      ...(context.focus === 'product' ? [] : ([['c', 'Product development', 'CTO']] as Card[])),
    ];
    const [finding] = only(checkScenario(scenario(cards, { context })).findings, ruleId);
    expect(finding?.severity).toBe(severity);
    expect(finding?.citations.length).toBeGreaterThan(0);
  });

  it('shows both sides of the reporting line and respects a recorded stance', () => {
    const cards: Card[] = [['a', 'Employee help desk', 'CIO']];
    const [finding] = only(
      checkScenario(scenario(cards, { context: { reportingLine: 'cto-to-cio' } })).findings,
      'context-reporting-line',
    );
    expect(finding?.positions).toHaveLength(2);
    const settled = checkScenario(
      scenario(cards, { context: { reportingLine: 'cto-to-cio' }, stances: { 'reporting-line': 'CIO' } }),
    );
    expect(only(settled.findings, 'context-reporting-line')).toEqual([]);
  });

  it('offers a fix for a CIO reporting to the CTO that sets the context back', () => {
    const [finding] = only(
      checkScenario(scenario([['a', 'ERP system', 'CIO']], { context: { reportingLine: 'cio-to-cto' } }))
        .findings,
      'context-reporting-line',
    );
    expect(finding?.fix?.command).toEqual({
      type: 'scenario/set-context',
      context: { reportingLine: 'both-to-ceo' },
    });
  });
});

describe('checkScenario: waivers, ids, score and fixes', () => {
  const misplaced = scenario([...COVERED, ['x', 'IT helpline and password resets for staff', 'CTO']]);

  it('keeps finding ids stable across checks of equal plans', () => {
    const first = checkScenario(misplaced).findings.map((finding) => finding.id);
    const second = checkScenario(structuredClone(misplaced)).findings.map((finding) => finding.id);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('reports waived findings as waived and does not let them lower the score', () => {
    const before = checkScenario(misplaced);
    expect(before.counts.error).toBe(1);
    const waiver: Waiver = {
      findingId: 'misplaced:service-desk:x',
      rationale: 'Our CTO runs support',
      at: '2025-01-02T00:00:00Z',
    };
    const after = checkScenario({ ...misplaced, waivers: [waiver] });
    const finding = after.findings.find((candidate) => candidate.id === waiver.findingId);
    expect(finding?.waived).toEqual(waiver);
    expect(after.counts).toMatchObject({ error: 0, waived: 1 });
    expect(after.score).toBe(100);
    expect(after.score).toBeGreaterThan(before.score ?? 100);
  });

  it('keeps the score within 0..100 and lowers it with severity', () => {
    const bad = scenario(
      COVERED.map(([id, title, owner]) => [id, title, owner === 'CIO' ? 'CTO' : 'CIO'] as Card),
    );
    const result = checkScenario(bad);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThan(40);
  });

  it('gives an empty plan no score, and still lists the coverage gaps', () => {
    for (const companySize of ['small', 'medium', 'large'] as const) {
      const empty = checkScenario(scenario([], { context: { companySize } }));
      expect(empty.score).toBeNull();
      expect(only(empty.findings, 'coverage-gap').length).toBeGreaterThan(0);
    }
  });

  it('offers fixes that, applied with applyCommand, clear their finding', () => {
    let plan: Scenario = scenario([
      ...COVERED,
      ['x', 'Employee help desk', 'CTO'],
      ['y', 'Automation programme', 'Shared', 'CTO'],
      ['z', 'Technology budget', 'CIO'],
    ]);
    for (const finding of checkScenario(plan).findings) {
      if (!finding.fix) continue;
      plan = applyCommand(plan, finding.fix.command)?.scenario ?? plan;
    }
    expect(checkScenario(plan).findings).toEqual([]);
  });

  it('returns the same result for the same scenario object', () => {
    expect(checkScenario(misplaced)).toBe(checkScenario(misplaced));
  });

  it('lists every card in the per-responsibility lookup with its finding ids', () => {
    const result = checkScenario(misplaced);
    expect(result.byResponsibility.size).toBe(misplaced.responsibilities.length);
    expect(result.byResponsibility.get(responsibilityId('x'))?.findingIds).toEqual([
      'misplaced:service-desk:x',
    ]);
    expect(result.byResponsibility.get(responsibilityId('x'))?.suggestion.owner).toBe('CIO');
  });
});

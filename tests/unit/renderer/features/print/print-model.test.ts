import { describe, expect, it } from 'vitest';
import { checkScenario, sectionLabel } from '../../../../../shared/guidance/index.js';
import { parsePrintRouteHash, printRouteHash } from '../../../../../shared/ipc/print-route.js';
import { responsibilityId, scenarioId, type Scenario } from '../../../../../shared/model/index.js';
import { pdfFileName } from '../../../../../renderer/platform/file-name.js';
import { buildPrintModel } from '../../../../../renderer/features/print/print-model.js';

function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: scenarioId('s1'),
    name: 'Board plan',
    context: { companySize: 'medium', focus: 'balanced', reportingLine: 'cto-to-cio' },
    responsibilities: [
      { id: responsibilityId('a'), title: 'Run the employee service desk', owner: 'CIO' },
      { id: responsibilityId('b'), title: 'Product architecture', owner: 'CTO' },
      { id: responsibilityId('c'), title: 'Data security', owner: 'Shared', lead: 'CIO' },
      { id: responsibilityId('d'), title: 'IT governance and compliance', owner: 'CTO' },
      { id: responsibilityId('e'), title: 'Technology roadmap', owner: 'Unassigned' },
    ],
    waivers: [],
    stances: { 'technology-budget': 'CTO' },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('buildPrintModel', () => {
  it('puts every responsibility in its lane, in board order, with the Shared lead', () => {
    const plan = scenario();
    const model = buildPrintModel(plan, checkScenario(plan));
    expect(model.lanes.CIO.map((card) => card.title)).toEqual(['Run the employee service desk']);
    expect(model.lanes.CTO.map((card) => card.title)).toEqual([
      'Product architecture',
      'IT governance and compliance',
    ]);
    expect(model.lanes.Shared).toMatchObject([{ title: 'Data security', lead: 'CIO' }]);
    expect(model.lanes.Unassigned.map((card) => card.title)).toEqual(['Technology roadmap']);
    expect(model.total).toBe(5);
    expect(model.reportingLine).toBe('cto-to-cio');
    expect(model.context.map((entry) => entry.value)).toContain(
      'CTO reports to the CIO; CIO reports to the CEO',
    );
  });

  it('numbers open findings errors first and points each card at its findings', () => {
    const plan = scenario();
    const check = checkScenario(plan);
    const model = buildPrintModel(plan, check);
    expect(model.findings.map((finding) => finding.number)).toEqual(
      model.findings.map((_, index) => index + 1),
    );
    const order = { error: 0, warning: 1, info: 2 };
    const severities = model.findings.map((finding) => order[finding.severity]);
    expect(severities).toEqual(severities.toSorted((a, b) => a - b));
    const misplaced = model.findings.find((finding) => finding.titles[0] === 'IT governance and compliance');
    expect(misplaced).toBeDefined();
    const card = model.lanes.CTO.find((item) => item.title === 'IT governance and compliance');
    expect(card?.findingNumbers).toContain(misplaced?.number);
  });

  it('moves a waived finding to the waivers with its rationale and out of the numbered list', () => {
    const plain = scenario();
    const target = checkScenario(plain).findings[0];
    expect(target).toBeDefined();
    const plan = scenario({
      waivers: [
        { findingId: target?.id ?? '', rationale: 'Agreed by the board.', at: '2026-02-01T00:00:00.000Z' },
      ],
    });
    const model = buildPrintModel(plan, checkScenario(plan));
    expect(model.waivers).toMatchObject([{ message: target?.message, rationale: 'Agreed by the board.' }]);
    expect(model.findings.some((finding) => finding.message === target?.message)).toBe(false);
  });

  it('shows a contested topic with both positions and the side the team chose', () => {
    const plan = scenario();
    const model = buildPrintModel(plan, checkScenario(plan));
    const budget = model.contested.find((topic) => topic.topicId === 'technology-budget');
    expect(budget?.chosen).toBe('CTO');
    expect(budget?.positions).toHaveLength(2);
  });

  it('lists every topic a finding says the sources disagree on, with its cards, stance or none', () => {
    const plan = scenario({
      stances: {},
      responsibilities: [
        { id: responsibilityId('x'), title: 'Technology budget', owner: 'Unassigned' },
        { id: responsibilityId('y'), title: 'Overall technology strategy', owner: 'CIO' },
      ],
    });
    const check = checkScenario(plan);
    const model = buildPrintModel(plan, check);
    const disagreeing = check.findings.filter((finding) => finding.positions && finding.topic && finding.responsibilityIds.length > 0);
    expect(disagreeing.length).toBeGreaterThan(0);
    for (const finding of disagreeing) {
      const topic = model.contested.find((entry) => entry.topicId === finding.topic?.id);
      expect(topic?.chosen).toBeNull();
      expect(topic?.positions.length).toBeGreaterThanOrEqual(2);
      const title = plan.responsibilities.find((item) => item.id === finding.responsibilityIds[0])?.title;
      expect(topic?.titles).toContain(title);
    }
    const budget = model.lanes.Unassigned.find((card) => card.title === 'Technology budget');
    expect(budget?.status).toBe('contested');
  });

  it('names each finding and card with the shared vocabulary', () => {
    const plan = scenario();
    const model = buildPrintModel(plan, checkScenario(plan));
    const words = new Set(['error', 'warning', 'advice', 'contested']);
    for (const finding of model.findings) expect(words.has(finding.status)).toBe(true);
    expect(model.lanes.CTO.find((card) => card.title === 'IT governance and compliance')?.status).toMatch(/error|warning/);
  });

  it('lists both sources with only the cited sections, in the article’s order', () => {
    const plan = scenario();
    const model = buildPrintModel(plan, checkScenario(plan));
    expect(model.sources.map((source) => source.id)).toEqual(['cio-vs-cto', 'inward-outward']);
    const cited = new Set(
      [
        ...model.findings.flatMap((finding) => finding.citations),
        ...model.contested.flatMap((topic) => topic.positions.flatMap((position) => position.citations)),
      ].map((citation) => `${citation.source}|${sectionLabel(citation)}`),
    );
    for (const source of model.sources) {
      for (const section of source.sections) expect(cited.has(`${source.id}|${section}`)).toBe(true);
    }
    expect(model.sources[0]?.sections.length).toBeGreaterThan(0);
  });
});

describe('print route', () => {
  it('round-trips a route with an id that needs escaping', () => {
    const route = {
      scenarioId: 'a/b c&d=é',
      options: { paper: 'letter', orientation: 'landscape', appendix: false },
    } as const;
    expect(parsePrintRouteHash(printRouteHash(route))).toEqual(route);
  });

  it('is null for any other hash and fills unknown options with defaults', () => {
    expect(parsePrintRouteHash('')).toBeNull();
    expect(parsePrintRouteHash('#/printer')).toBeNull();
    expect(parsePrintRouteHash('#/print?scenario=x&paper=a3&orientation=sideways')).toEqual({
      scenarioId: 'x',
      options: { paper: 'a4', orientation: 'portrait', appendix: true },
    });
    expect(parsePrintRouteHash('#/print?scenario=%E0%A4%A')?.scenarioId).toBe('%E0%A4%A');
    expect(parsePrintRouteHash(`#/print?scenario=${'x'.repeat(200)}`)?.scenarioId).toBe('');
  });
});

describe('pdfFileName', () => {
  it.each([
    ['Board plan', 'Board plan.pdf'],
    ['Q3: CIO/CTO split?', 'Q3- CIO-CTO split-.pdf'],
    ['  ..hidden  ', 'hidden.pdf'],
    ['', 'Remit plan.pdf'],
    ['a\u0000b', 'a-b.pdf'],
  ])('%j → %j', (name, expected) => {
    expect(pdfFileName(name)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  CIO_VS_CTO_SECTIONS,
  COMPANY_SIZE_CITATIONS,
  DRIFT_CITATIONS,
  DUPLICATE_CITATIONS,
  FOCUS_CITATIONS,
  INWARD_OUTWARD_SECTIONS,
  SOURCES,
  TOPICS,
  contentStems,
  formatCitation,
  searchCatalog,
  suggestOwner,
  type Citation,
} from '../../../shared/guidance/index.js';

/**
 * Every section of the two articles that says something about who does what, derived by
 * reading them. Sections about pay, education, career paths or legal prerequisites only, and
 * the bare headings with no text of their own, are left out.
 */
const GUIDANCE_BEARING_SECTIONS: readonly Citation[] = [
  { source: 'cio-vs-cto', section: 'Introduction' },
  { source: 'cio-vs-cto', section: 'What does a CIO do?' },
  { source: 'cio-vs-cto', section: 'What does a CTO do?' },
  { source: 'cio-vs-cto', section: '2. CIO vs. CTO: Responsibilities' },
  { source: 'cio-vs-cto', section: '3. CIO vs. CTO: Position' },
  { source: 'cio-vs-cto', section: '5. CIO vs. CTO: Job Outlook' },
  { source: 'cio-vs-cto', section: '7. CIO vs. CTO: Workload' },
  { source: 'cio-vs-cto', section: '8. CIO vs. CTO: Intersection of roles' },
  { source: 'cio-vs-cto', section: '9. CIO vs. CTO: C-suite level' },
  { source: 'cio-vs-cto', section: '10. CIO vs. CTO: Liaison with stakeholders' },
  { source: 'cio-vs-cto', section: '11. CIO vs. CTO: Role in Innovation' },
  { source: 'cio-vs-cto', section: '12. CIO vs. CTO: Role in Automation' },
  { source: 'cio-vs-cto', section: '13. CIO vs. CTO: Role in data security' },
  { source: 'cio-vs-cto', section: '14. CIO vs. CTO: Role in analytics' },
  { source: 'cio-vs-cto', section: '15. CIO vs. CTO: Role in vendor relations' },
  { source: 'cio-vs-cto', section: '16. CIO vs. CTO: Role in technology infrastructure' },
  { source: 'cio-vs-cto', section: '17. CIO vs. CTO: Role in computer data systems' },
  { source: 'cio-vs-cto', section: '18. CIO vs. CTO: Role in data systems' },
  { source: 'cio-vs-cto', section: '19. CIO vs. CTO: Role in product architecture' },
  { source: 'cio-vs-cto', section: '20. CIO vs. CTO:' },
  { source: 'cio-vs-cto', section: 'Step 1: Understand the different roles of the CIO and CTO' },
  { source: 'cio-vs-cto', section: 'Step 2: Determine which role best suits your needs' },
  { source: 'cio-vs-cto', section: 'Step 3: Evaluate existing skills and experiences' },
  { source: 'cio-vs-cto', section: 'Step 4: Consider the landscape of available technology solutions' },
  { source: 'cio-vs-cto', section: 'Step 5: Analyze each role’s priorities and responsibilities' },
  { source: 'cio-vs-cto', section: 'Step 6: Compare cost, benefits, and requirements' },
  { source: 'cio-vs-cto', section: 'Step 7: Assess the qualifications required for each role' },
  { source: 'cio-vs-cto', section: 'Step 8: Consider the legal requirements applicable to each role' },
  {
    source: 'cio-vs-cto',
    section: 'Step 9: Check if there are any pre-requisites required for one role over the other',
  },
  { source: 'inward-outward', section: 'Introduction' },
  { source: 'inward-outward', section: 'The role of a CTO' },
  { source: 'inward-outward', section: 'How does the role of the CIO differ from that of a CTO?' },
  { source: 'inward-outward', section: 'CIOs look inward, CTOs look outward' },
];

function key(citation: Citation): string {
  return `${citation.source} § ${citation.section}`;
}

const ALL_CITATIONS: readonly Citation[] = [
  ...TOPICS.flatMap((topic) => [
    ...topic.citations,
    ...(topic.stance.kind === 'contested' ? topic.stance.positions.flatMap((p) => p.citations) : []),
  ]),
  ...CATALOG.flatMap((entry) => entry.citations),
  ...COMPANY_SIZE_CITATIONS,
  ...FOCUS_CITATIONS,
  ...DRIFT_CITATIONS,
  ...DUPLICATE_CITATIONS,
];

describe('knowledge base citations', () => {
  const cited = new Set(ALL_CITATIONS.map(key));

  it.each(GUIDANCE_BEARING_SECTIONS.map((citation) => [key(citation), citation] as const))(
    'cites %s',
    (name) => {
      expect(cited.has(name)).toBe(true);
    },
  );

  it('only cites sections that exist in the source registry', () => {
    for (const citation of ALL_CITATIONS) {
      expect(SOURCES[citation.source].sections).toContain(citation.section);
    }
  });

  it('lists the registry sections once each', () => {
    expect(new Set(CIO_VS_CTO_SECTIONS).size).toBe(CIO_VS_CTO_SECTIONS.length);
    expect(new Set(INWARD_OUTWARD_SECTIONS).size).toBe(INWARD_OUTWARD_SECTIONS.length);
  });

  it('renders a citation as "title § section"', () => {
    expect(formatCitation({ source: 'cio-vs-cto', section: '13. CIO vs. CTO: Role in data security' })).toBe(
      'CIO vs. CTO: What’s the Difference? § 13. CIO vs. CTO: Role in data security',
    );
  });
});

describe('topics', () => {
  it('have unique ids, signals, a rationale and at least one citation', () => {
    expect(new Set(TOPICS.map((topic) => topic.id)).size).toBe(TOPICS.length);
    for (const topic of TOPICS) {
      expect(topic.signals.length, topic.id).toBeGreaterThan(0);
      expect(topic.rationale.length, topic.id).toBeGreaterThan(60);
      expect(topic.citations.length, topic.id).toBeGreaterThan(0);
    }
  });

  it('has signals that keep a meaningful word after normalisation', () => {
    for (const topic of TOPICS) {
      for (const signal of [...topic.signals, ...(topic.hints ?? [])]) {
        const stems = contentStems(signal);
        expect(stems.length, `${topic.id}: ${signal}`).toBeGreaterThan(0);
        if (signal !== 'IT') expect(stems, `${topic.id}: ${signal}`).not.toEqual(['infotech']);
      }
    }
  });

  it.each([['technology-budget'], ['technology-strategy'], ['reporting-line'], ['enterprise-architecture']])(
    '%s is contested with two cited positions from different sides',
    (id) => {
      const topic = TOPICS.find((candidate) => candidate.id === id);
      expect(topic?.stance.kind).toBe('contested');
      if (topic?.stance.kind !== 'contested') return;
      const [first, second] = topic.stance.positions;
      expect(first.owner).not.toBe(second.owner);
      expect(first.citations.length).toBeGreaterThan(0);
      expect(second.citations.length).toBeGreaterThan(0);
    },
  );

  it('covers the topics the issue names', () => {
    const ids = new Set(TOPICS.map((topic) => topic.id));
    for (const id of [
      'it-operations',
      'service-desk',
      'enterprise-systems',
      'it-governance',
      'technology-budget',
      'internal-security',
      'product-security',
      'data-management',
      'business-intelligence',
      'automation',
      'it-vendors',
      'technology-partnerships',
      'product-development',
      'research-development',
      'technology-roadmap',
      'emerging-technology',
      'customer-technology',
      'external-relations',
      'new-markets',
      'employee-training',
      'engineering-talent',
      'technology-strategy',
      'reporting-line',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('catalog', () => {
  it('has at least 40 entries with unique ids and titles', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CATALOG.map((entry) => entry.id)).size).toBe(CATALOG.length);
    expect(new Set(CATALOG.map((entry) => entry.title)).size).toBe(CATALOG.length);
  });

  it('gives Shared entries a lead and contested entries no owner', () => {
    for (const entry of CATALOG) {
      if (entry.owner === 'Shared') expect(entry.lead, entry.id).toBeDefined();
      else expect(entry.lead, entry.id).toBeUndefined();
      expect(entry.contested, entry.id).toBe(entry.owner === 'Unassigned');
      expect(entry.citations.length, entry.id).toBeGreaterThan(0);
    }
  });

  it.each(CATALOG.map((entry) => [entry.title, entry] as const))(
    'suggestOwner agrees with the default placement of “%s”',
    (_title, entry) => {
      const suggestion = suggestOwner(entry.title);
      expect(suggestion.topic?.id).toBe(entry.topicId);
      expect(suggestion.owner).toBe(entry.contested ? 'Contested' : entry.owner);
      if (entry.lead) expect(suggestion.lead).toBe(entry.lead);
    },
  );

  it.each([
    ['help desk', 'employee-help-desk'],
    ['HELP-DESKS', 'employee-help-desk'],
    ['secu', 'information-security'],
    ['R&D', 'research-development'],
    ['mobile apps', 'customer-mobile-apps'],
    ['budget', 'technology-budget'],
    ['vendors', 'it-vendor-management'],
    ['erp', 'erp'],
  ])('searchCatalog(%j) ranks %s first', (query, id) => {
    expect(searchCatalog(query)[0]?.id).toBe(id);
  });

  it('returns everything for an empty query and nothing for nonsense', () => {
    expect(searchCatalog('  ')).toHaveLength(CATALOG.length);
    expect(searchCatalog('zzqx')).toEqual([]);
  });
});

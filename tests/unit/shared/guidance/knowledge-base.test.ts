import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  CIO_VS_CTO_SECTIONS,
  COMPANY_SIZE_CITATIONS,
  DRIFT_CITATIONS,
  DUPLICATE_CITATIONS,
  FOCUS_CITATIONS,
  INWARD_OUTWARD_SECTIONS,
  TOPICS,
  contentStems,
  findSection,
  formatCitation,
  searchCatalog,
  sectionLabel,
  sectionOrder,
  suggestOwner,
  type Citation,
  type SourceSection,
} from '../../../../shared/guidance/index.js';

/**
 * Every section of the two articles that says something about who does what, derived by
 * reading them, by registry key (the comment says what the section covers, in our words).
 * Left out: pay (4), education (6), qualifications (1), the "which job is better" aside and
 * the bare heading that introduces the steps, none of which bears on who owns what.
 */
const GUIDANCE_BEARING_SECTIONS: readonly Citation[] = [
  { source: 'cio-vs-cto', section: 'intro' }, // strategist vs architect framing
  { source: 'cio-vs-cto', section: 'cio-role' }, // the CIO's inward remit
  { source: 'cio-vs-cto', section: 'cto-role' }, // the CTO's outward remit, reporting
  { source: 'cio-vs-cto', section: '2' }, // duties of each
  { source: 'cio-vs-cto', section: '3' }, // bottom line vs top line
  { source: 'cio-vs-cto', section: '5' }, // risk appetite
  { source: 'cio-vs-cto', section: '7' }, // complex internal systems
  { source: 'cio-vs-cto', section: '8' }, // overlap, IT strategy
  { source: 'cio-vs-cto', section: '9' }, // reporting line, budgets
  { source: 'cio-vs-cto', section: '10' }, // stakeholders
  { source: 'cio-vs-cto', section: '11' }, // innovation
  { source: 'cio-vs-cto', section: '12' }, // automation, CIO leading
  { source: 'cio-vs-cto', section: '13' }, // internal vs product security
  { source: 'cio-vs-cto', section: '14' }, // analytics split
  { source: 'cio-vs-cto', section: '15' }, // vendors
  { source: 'cio-vs-cto', section: '16' }, // infrastructure
  { source: 'cio-vs-cto', section: '17' }, // enterprise systems, help desk
  { source: 'cio-vs-cto', section: '18' }, // data systems
  { source: 'cio-vs-cto', section: '19' }, // product architecture
  { source: 'cio-vs-cto', section: '20' }, // comparison table
  { source: 'cio-vs-cto', section: 'step-1' }, // duties listed per role
  { source: 'cio-vs-cto', section: 'step-2' }, // company size and focus
  { source: 'cio-vs-cto', section: 'step-3' }, // skills per role
  { source: 'cio-vs-cto', section: 'step-4' }, // architecture, security, strategy
  { source: 'cio-vs-cto', section: 'step-5' }, // priorities per role
  { source: 'cio-vs-cto', section: 'step-6' }, // cost of having both
  { source: 'cio-vs-cto', section: 'step-7' }, // collaboration
  { source: 'cio-vs-cto', section: 'step-8' }, // compliance duties
  { source: 'cio-vs-cto', section: 'step-9' }, // prerequisites, collaboration
  { source: 'inward-outward', section: 'intro' }, // the two are often confused
  { source: 'inward-outward', section: 'cto-role' }, // list of CTO tasks
  { source: 'inward-outward', section: 'cio-differs' }, // CIO leads overall strategy
  { source: 'inward-outward', section: 'thesis' }, // inward vs outward
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
      expect(findSection(citation), key(citation)).toBeDefined();
    }
  });

  it('lists the registry sections once each, with distinct labels and locators', () => {
    for (const sections of [CIO_VS_CTO_SECTIONS, INWARD_OUTWARD_SECTIONS]) {
      for (const field of ['key', 'label', 'locator'] as const) {
        const values = sections.map((section: SourceSection) => section[field]);
        expect(new Set(values).size, field).toBe(values.length);
      }
    }
  });

  it('keeps section labels short (they are ours, not the article headings)', () => {
    for (const section of [...CIO_VS_CTO_SECTIONS, ...INWARD_OUTWARD_SECTIONS]) {
      expect(section.label.split(/\s+/).length, section.label).toBeLessThan(9);
    }
  });

  it('renders a citation as "title — section label"', () => {
    expect(formatCitation({ source: 'cio-vs-cto', section: '13' })).toBe(
      'CIO vs. CTO: What’s the Difference? — §13 Data security',
    );
    expect(formatCitation({ source: 'cio-vs-cto', section: 'step-2' })).toBe(
      'CIO vs. CTO: What’s the Difference? — Step 2, choosing the role that fits',
    );
    expect(sectionLabel({ source: 'inward-outward', section: 'cto-role' })).toBe('The CTO’s role and usual tasks');
  });

  it('orders sections as the article does and knows no made-up key', () => {
    expect(sectionOrder({ source: 'cio-vs-cto', section: '9' })).toBeLessThan(
      sectionOrder({ source: 'cio-vs-cto', section: '10' }),
    );
    expect(sectionOrder({ source: 'cio-vs-cto', section: '20' })).toBeLessThan(
      sectionOrder({ source: 'cio-vs-cto', section: 'step-1' }),
    );
    expect(findSection({ source: 'cio-vs-cto', section: '21' })).toBeUndefined();
    expect(findSection({ source: 'inward-outward', section: '17' })).toBeUndefined();
  });

  it('rejects a misspelt section key at compile time', () => {
    // @ts-expect-error -- 'step-10' is not a section of the article; tsc -b fails if this compiles
    const misspelt: Citation = { source: 'cio-vs-cto', section: 'step-10' };
    // @ts-expect-error -- the inward/outward article has no numbered sections
    const wrongSource: Citation = { source: 'inward-outward', section: '13' };
    expect(findSection(misspelt)).toBeUndefined();
    expect(findSection(wrongSource)).toBeUndefined();
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

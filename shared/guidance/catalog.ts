import type { Lane, Role } from '../model/index.js';
import { uniqueCitations, type Citation } from './sources.js';
import { contentStems } from './text.js';
import { TOPICS_BY_ID, type Topic } from './topics.js';

/** A ready-made responsibility with its default placement, for templates and "add from catalog". */
export interface CatalogEntry {
  /** Stable kebab-case id of the entry (not a responsibility id). */
  readonly id: string;
  readonly title: string;
  /** Default lane: the topic's owner, Shared for shared topics, Unassigned for contested ones. */
  readonly owner: Lane;
  /** The lead when `owner` is Shared. */
  readonly lead?: Role;
  readonly topicId: string;
  /** True when the sources disagree on this one: the team must choose. */
  readonly contested: boolean;
  readonly citations: readonly Citation[];
}

const ENTRIES: readonly (readonly [id: string, title: string, topicId: string])[] = [
  // CIO
  ['it-infrastructure', 'IT infrastructure and networks', 'it-operations'],
  ['data-centre-operations', 'Data centre and server operations', 'it-operations'],
  ['backup-recovery', 'Backup and disaster recovery', 'it-operations'],
  ['employee-help-desk', 'Employee help desk', 'service-desk'],
  ['employee-devices', 'Laptops, phones and employee devices', 'workplace-technology'],
  ['collaboration-tools', 'Email and collaboration tools', 'workplace-technology'],
  ['erp', 'ERP system', 'enterprise-systems'],
  ['crm-platform', 'CRM platform for the sales team', 'enterprise-systems'],
  ['hr-finance-systems', 'HR and finance systems', 'enterprise-systems'],
  ['internal-systems-integration', 'Integration of internal business systems', 'enterprise-systems'],
  ['information-security', 'Information security and cyber defence', 'internal-security'],
  ['identity-access', 'Identity and access management', 'identity-access'],
  ['it-governance', 'IT governance and policies', 'it-governance'],
  ['it-risk-compliance', 'IT risk and compliance', 'it-governance'],
  ['it-strategy', 'IT strategy aligned with business goals', 'it-strategy'],
  ['process-digitisation', 'Digitising internal business processes', 'process-improvement'],
  ['data-architecture', 'Data management and data architecture', 'data-management'],
  ['data-governance', 'Data governance and data quality', 'data-management'],
  ['it-cost-control', 'IT cost control and investment prioritisation', 'it-cost'],
  ['it-department', 'Leading the IT department and its staff', 'it-staff'],
  ['employee-technology-training', 'Technology training for employees', 'employee-training'],
  ['business-partnering', 'Partnering with business departments on their needs', 'internal-stakeholders'],
  ['tool-standardisation', 'Standardising internal tools and platforms', 'technology-standards'],
  // CTO
  ['product-development', 'Product development', 'product-development'],
  ['product-releases', 'Shipping new product features', 'product-development'],
  ['software-engineering', 'Software engineering practices', 'software-engineering'],
  ['delivery-pipeline', 'CI/CD and deployment pipeline', 'software-engineering'],
  ['research-development', 'Research and development (R&D)', 'research-development'],
  ['technology-roadmap', 'Technology roadmap', 'technology-roadmap'],
  ['emerging-technology', 'Emerging technology scouting', 'emerging-technology'],
  ['ai-in-products', 'AI and machine learning trends for our offering', 'emerging-technology'],
  ['public-website', 'Public website', 'customer-technology'],
  ['customer-mobile-apps', 'Customer mobile apps', 'customer-technology'],
  ['digital-customer-experience', 'Digital customer experience', 'customer-technology'],
  ['product-security', 'Product security and secure development', 'product-security'],
  ['analytics-products', 'Analytics and data products for customers', 'analytics-products'],
  ['technology-evangelism', 'Technology evangelism and industry events', 'external-relations'],
  ['investor-technology-briefings', 'Technology briefings for investors', 'external-relations'],
  ['new-markets', 'Technology-led expansion into new markets', 'new-markets'],
  ['engineering-team', 'Hiring and growing the engineering team', 'engineering-talent'],
  ['technology-assessment', 'Technology assessment and gap analysis', 'technology-assessment'],
  ['public-apis', 'Public APIs and developer platform', 'software-engineering'],
  // Shared
  ['automation-programme', 'Automation programme', 'automation'],
  ['management-dashboards', 'Business intelligence and management dashboards', 'business-intelligence'],
  ['it-vendor-management', 'IT vendor and contract management', 'it-vendors'],
  ['technology-partnerships', 'Strategic technology partnerships', 'technology-partnerships'],
  ['cloud-infrastructure', 'Cloud infrastructure for internal systems', 'it-operations'],
  ['product-architecture', 'Product architecture', 'product-architecture'],
  ['cio-cto-charter', 'CIO and CTO collaboration charter (RACI)', 'role-collaboration'],
  // Contested: placed in Unassigned until the team records a stance
  ['technology-budget', 'Technology budget', 'technology-budget'],
  ['technology-strategy', 'Overall technology strategy', 'technology-strategy'],
  ['enterprise-architecture', 'Enterprise architecture', 'enterprise-architecture'],
];

function topicOf(id: string): Topic {
  const topic = TOPICS_BY_ID.get(id);
  // Guarded by a unit test; a typo here is a programming error, not user input.
  if (!topic) throw new Error(`Catalog refers to unknown topic ${id}`);
  return topic;
}

function entry(id: string, title: string, topicId: string): CatalogEntry {
  const topic = topicOf(topicId);
  const { stance } = topic;
  const base = { id, title, topicId, citations: uniqueCitations(topic.citations) };
  if (stance.kind === 'owner') return { ...base, owner: stance.owner, contested: false };
  if (stance.kind === 'shared') return { ...base, owner: 'Shared', lead: stance.lead, contested: false };
  return { ...base, owner: 'Unassigned', contested: true };
}

/**
 * The starter catalog: responsibilities executives recognise, each with its default
 * placement and citations. Readonly data, in display order (CIO, CTO, Shared, contested).
 */
export const CATALOG: readonly CatalogEntry[] = ENTRIES.map(([id, title, topicId]) =>
  entry(id, title, topicId),
);

interface SearchIndex {
  readonly entry: CatalogEntry;
  readonly lowerTitle: string;
  readonly titleStems: readonly string[];
  readonly topicStems: readonly string[];
}

/**
 * Built on the first search, not when the module loads: stemming every entry's title and topic
 * signals took tens of milliseconds of every page load, before the board's first paint, for a
 * search only the add dialog runs.
 */
let searchIndex: readonly SearchIndex[] | null = null;

const buildSearchIndex = (): readonly SearchIndex[] =>
  CATALOG.map((item) => {
    const topic = topicOf(item.topicId);
    const topicStems = new Set(contentStems(topic.label));
    for (const signal of topic.signals) for (const value of contentStems(signal)) topicStems.add(value);
    return {
      entry: item,
      lowerTitle: item.title.toLowerCase(),
      // Keys and the title's own words, so a half-typed word finds "security" in a title whose
      // keys read "Information security" as one term.
      titleStems: [
        ...contentStems(item.title),
        ...item.title
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter((word) => word.length >= 3),
      ],
      topicStems: [...topicStems],
    };
  });

function bestWeight(query: string, candidates: readonly string[], exact: number): number {
  let weight = 0;
  for (const candidate of candidates) {
    if (candidate === query) return exact;
    // Prefix matches let results appear while the user is still typing ("secu" → security).
    if (query.length >= 3 && candidate.startsWith(query)) weight = exact * 0.7;
  }
  return weight;
}

/**
 * Searches the catalog by free text, best match first. Pure. Matches titles first, then the
 * words the guidance associates with each entry's topic, tolerating inflection, word order
 * and a partly typed last word. An empty query returns the whole catalog in display order;
 * no match returns an empty array.
 */
export function searchCatalog(query: string): CatalogEntry[] {
  const trimmed = query.trim().toLowerCase();
  if (!trimmed) return CATALOG.slice();
  const stems = contentStems(query);
  const words = trimmed.split(/[^a-z0-9&]+/).filter((word) => word.length >= 3);
  const scored: { entry: CatalogEntry; score: number; order: number }[] = [];
  searchIndex ??= buildSearchIndex();
  searchIndex.forEach((item, order) => {
    let score = item.lowerTitle.includes(trimmed) ? 6 : 0;
    for (const value of stems) {
      score += Math.max(bestWeight(value, item.titleStems, 3), bestWeight(value, item.topicStems, 1));
    }
    for (const word of words) {
      if (item.lowerTitle.includes(word)) score += 0.5;
    }
    if (score > 0) scored.push({ entry: item.entry, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((item) => item.entry);
}

import { CATALOG, type CatalogEntry } from '../../../shared/guidance/catalog.js';
import {
  responsibilityId,
  scenarioId,
  type Lane,
  type Role,
  type Scenario,
  type ScenarioContext,
} from '../../../shared/model/index.js';

/** A starting point for a new scenario: a company shape and catalog entries placed for it. */
export interface ScenarioTemplate {
  readonly id: string;
  readonly name: string;
  /** One sentence a CEO can choose by. */
  readonly description: string;
  readonly context: ScenarioContext;
  /** Catalog entry ids, in board order. */
  readonly entries: readonly string[];
  /** Places every entry with this role instead of its catalog default (a company with one executive). */
  readonly everythingTo?: Role;
}

const CATALOG_BY_ID = new Map(CATALOG.map((entry) => [entry.id, entry]));

/** The templates offered when creating a scenario, in menu order. */
export const TEMPLATES: readonly ScenarioTemplate[] = [
  {
    id: 'startup',
    name: 'Startup with one technology executive',
    description: 'A small product company where one CTO covers both the product and internal IT.',
    context: { companySize: 'small', focus: 'product', reportingLine: 'both-to-ceo' },
    everythingTo: 'CTO',
    entries: [
      'product-development', 'delivery-pipeline', 'public-website', 'cloud-infrastructure',
      'engineering-team', 'product-security', 'collaboration-tools', 'employee-devices',
      'identity-access', 'technology-roadmap', 'technology-budget',
    ],
  },
  {
    id: 'scale-up',
    name: 'Scale-up',
    description: 'A growing product company adding its first CIO next to an established CTO.',
    context: { companySize: 'medium', focus: 'product', reportingLine: 'both-to-ceo' },
    entries: [
      'employee-help-desk', 'collaboration-tools', 'hr-finance-systems', 'crm-platform', 'information-security',
      'it-vendor-management', 'product-development', 'product-releases', 'software-engineering',
      'delivery-pipeline', 'customer-mobile-apps', 'engineering-team', 'technology-roadmap',
      'cloud-infrastructure', 'product-architecture', 'research-development', 'emerging-technology',
      'product-security', 'cio-cto-charter', 'technology-budget', 'technology-strategy',
    ],
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    description: 'A large company with a full CIO organisation and a CTO for products and innovation.',
    context: { companySize: 'large', focus: 'balanced', reportingLine: 'both-to-ceo' },
    entries: [
      'it-infrastructure', 'data-centre-operations', 'backup-recovery', 'employee-help-desk', 'erp',
      'crm-platform', 'hr-finance-systems', 'information-security', 'identity-access', 'it-governance',
      'it-risk-compliance', 'it-strategy', 'data-governance', 'management-dashboards', 'it-cost-control',
      'it-vendor-management', 'it-department', 'product-development', 'research-development',
      'technology-roadmap', 'emerging-technology', 'digital-customer-experience', 'product-security',
      'technology-partnerships', 'automation-programme', 'cloud-infrastructure', 'cio-cto-charter',
      'technology-budget', 'technology-strategy', 'enterprise-architecture',
    ],
  },
  {
    id: 'product-led',
    name: 'Product-led company',
    description: 'Software is what the company sells; the CTO carries most of the technology agenda.',
    // Both report to the CEO: neither source describes a CIO under the CTO, so a template
    // should not start a team there (the check would warn at once).
    context: { companySize: 'medium', focus: 'product', reportingLine: 'both-to-ceo' },
    entries: [
      'employee-help-desk', 'employee-devices', 'hr-finance-systems', 'information-security',
      'product-development', 'product-releases', 'software-engineering', 'delivery-pipeline',
      'public-apis', 'customer-mobile-apps', 'analytics-products', 'ai-in-products', 'research-development',
      'product-security', 'engineering-team',
      'technology-evangelism', 'technology-roadmap', 'product-architecture', 'cloud-infrastructure',
      'technology-strategy',
    ],
  },
  {
    id: 'internal-it',
    name: 'Internal-IT-heavy company',
    description: 'Technology mainly runs the business (e.g. retail, logistics); the CIO leads.',
    context: { companySize: 'large', focus: 'information', reportingLine: 'cto-to-cio' },
    entries: [
      'it-infrastructure', 'data-centre-operations', 'backup-recovery', 'employee-help-desk',
      'employee-devices', 'collaboration-tools', 'erp', 'crm-platform', 'hr-finance-systems',
      'internal-systems-integration', 'information-security', 'identity-access', 'it-governance',
      'it-risk-compliance', 'process-digitisation', 'data-architecture', 'management-dashboards',
      'it-cost-control', 'it-vendor-management', 'employee-technology-training', 'public-website',
      'technology-assessment', 'automation-programme', 'technology-budget', 'enterprise-architecture',
    ],
  },
];

function placement(entry: CatalogEntry, template: ScenarioTemplate): { owner: Lane; lead?: Role } {
  if (template.everythingTo) return { owner: template.everythingTo };
  return entry.owner === 'Shared' ? { owner: 'Shared', lead: entry.lead ?? 'CIO' } : { owner: entry.owner };
}

/**
 * A new scenario from a template: fresh ids, catalog titles and placements (contested entries
 * wait in Unassigned for the team's decision). Entries missing from the catalog are skipped.
 */
export function scenarioFromTemplate(template: ScenarioTemplate, newId: () => string, now: string): Scenario {
  const responsibilities = template.entries.flatMap((entryId) => {
    const entry = CATALOG_BY_ID.get(entryId);
    if (!entry) return [];
    return [{ id: responsibilityId(newId()), title: entry.title, ...placement(entry, template) }];
  });
  return {
    id: scenarioId(newId()),
    name: template.name,
    context: template.context,
    responsibilities,
    waivers: [],
    stances: {},
    createdAt: now,
    updatedAt: now,
  };
}

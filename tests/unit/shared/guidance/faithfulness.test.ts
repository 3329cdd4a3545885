/**
 * One test per point under "Faithfulness" and "Consistency" in issue 14 (11 in its text):
 * each claim is checked against what the cited sections say.
 */
import { describe, expect, it } from 'vitest';
import {
  TOPICS_BY_ID,
  checkScenario,
  suggestOwner,
  suggestionJson,
  type CheckInput,
  type Citation,
} from '../../../../shared/guidance/index.js';
import { responsibilityId, type Lane, type Role, type ScenarioContext } from '../../../../shared/model/index.js';

function topic(id: string) {
  const found = TOPICS_BY_ID.get(id);
  if (!found) throw new Error(`no topic ${id}`);
  return found;
}

const cites = (citations: readonly Citation[], section: string): boolean =>
  citations.some((citation) => citation.section === section);

function plan(
  cards: readonly (readonly [title: string, owner: Lane, lead?: Role])[],
  context: Partial<ScenarioContext> = {},
  stances: Record<string, Role> = {},
): CheckInput {
  return {
    responsibilities: cards.map(([title, owner, lead], index) => ({
      id: responsibilityId(`r${index}`),
      title,
      owner,
      ...(lead ? { lead } : {}),
    })),
    context: { companySize: 'medium', focus: 'balanced', reportingLine: 'both-to-ceo', ...context },
    waivers: [],
    stances,
  };
}

describe('faithful claims', () => {
  it('1. no cloud/DevOps topic rests on sections that do not assign it; product SRE reads as CTO work', () => {
    expect(TOPICS_BY_ID.has('cloud-platform')).toBe(false);
    expect(suggestOwner('SRE for our SaaS platform').owner).toBe('CTO');
    expect(suggestOwner('Site reliability for the product').owner).toBe('CTO');
    // The filing of the cloud under infrastructure is Remit's, and said so apart.
    expect(topic('it-operations').rationale).not.toMatch(/cloud/i);
    expect(topic('it-operations').note).toMatch(/do not name cloud/);
  });

  it('2. product development leaves room for the CIO (§8), never shuts the CIO out', () => {
    const { rationale, citations } = topic('product-development');
    expect(rationale).not.toMatch(/out of the delivery path/);
    expect(rationale).toMatch(/CIO may be involved in product development/);
    expect(cites(citations, '8')).toBe(true);
  });

  it('3. product architecture says only what §19 says of the CIO', () => {
    const { rationale } = topic('product-architecture');
    expect(rationale).not.toMatch(/fits the company/);
    expect(rationale).toMatch(/IT infrastructure and systems in line with the business goals/);
  });

  it('4. a Shared card of a contested topic without a stance is asked for one, not told a side', () => {
    const result = checkScenario(plan([['Technology budget', 'Shared']]));
    const finding = result.findings.find((candidate) => candidate.ruleId === 'shared-without-lead');
    expect(finding?.message).not.toMatch(/points to the CIO|points to the CTO/);
    expect(finding?.message).toMatch(/record your stance/);
    expect(finding?.fix).toBeUndefined();
    expect(finding?.positions).toHaveLength(2);
    // With a stance, the stance names the lead.
    const withStance = checkScenario(plan([['Technology budget', 'Shared']], {}, { 'technology-budget': 'CTO' }));
    const led = withStance.findings.find((candidate) => candidate.ruleId === 'shared-without-lead');
    expect(led?.fix?.command).toEqual({ type: 'responsibility/set-lead', id: 'r0', lead: 'CTO' });
  });

  it('5. technology strategy: the CIO "plays an important role", and §20 backs the CTO side too', () => {
    const { stance } = topic('technology-strategy');
    if (stance.kind !== 'contested') throw new Error('expected contested');
    const [cio, cto] = stance.positions;
    expect(cio.summary).not.toMatch(/the lead on/);
    expect(cio.summary).toMatch(/important role/);
    expect(cites(cto.citations, '20')).toBe(true);
  });

  it('6. generalisations the sources do not make live in notes, never in cited rationales', () => {
    expect(topic('technology-budget').rationale).not.toMatch(/common way/i);
    expect(topic('technology-budget').note).toMatch(/not the sources/);
    expect(topic('technology-strategy').rationale).not.toMatch(/many companies/i);
    expect(topic('technology-strategy').note).toMatch(/not the sources/);
    const governance = topic('it-governance');
    expect(governance.rationale).not.toMatch(/compliance|GDPR|HIPAA|SOX|independent/i);
    expect(governance.note).toMatch(/do not discuss regulatory compliance/);
    const reporting = checkScenario(plan([['Help desk', 'CIO']], { reportingLine: 'cto-to-cio' }));
    expect(reporting.findings.map((finding) => finding.message).join(' ')).not.toMatch(/It can work/);
    const large = checkScenario(plan([['Help desk', 'CIO']], { companySize: 'large' }));
    const size = large.findings.find((finding) => finding.id === 'context-company-size:large');
    expect(size?.message).toMatch(/may need both/);
    expect(size?.message).not.toMatch(/expect/);
  });

  it('7. engineering talent does not cite §9; partnerships follow §12, which gives partnering to both', () => {
    expect(cites(topic('engineering-talent').citations, '9')).toBe(false);
    const partnerships = topic('technology-partnerships');
    expect(partnerships.stance.kind).toBe('shared');
    expect(cites(partnerships.citations, 'cio-role')).toBe(true);
  });

  it('8. analytics and vendors read both halves of their sections; the lead follows the wording', () => {
    expect(topic('business-intelligence').stance.kind).toBe('shared');
    expect(topic('business-intelligence').rationale).toMatch(/CTO develops and implements/);
    const vendors = topic('it-vendors');
    expect(vendors.stance.kind).toBe('shared');
    for (const section of ['15', '3', 'step-4']) expect(cites(vendors.citations, section)).toBe(true);
    expect(suggestOwner('Negotiate renewals with our IT vendors for the office').lead).toBe('CIO');
    expect(suggestOwner('Vendors of the components in the products we sell to customers').lead).toBe('CTO');
    const product = suggestOwner('Security of the customer-facing product');
    expect([product.owner, product.lead]).toEqual(['Shared', 'CTO']);
    const employees = suggestOwner('Data security for employees');
    expect(employees.lead ?? employees.owner).toBe('CIO');
    expect(suggestOwner('Data security').owner).toBe('Shared');
  });
});

describe('consistency', () => {
  it('a small company with only a CIO and a product focus is not told to give the CTO the work', () => {
    const result = checkScenario(
      plan([['Employee help desk', 'CIO'], ['Product development', 'CIO']], { companySize: 'small', focus: 'product' }),
    );
    const text = result.findings.map((finding) => finding.message).join(' ');
    expect(text).not.toMatch(/give the CTO the work|give the CTO nothing/i);
    expect(text).toMatch(/may need only one/);
  });

  it('a recorded reporting line that contradicts the context is a finding, with a fix', () => {
    const result = checkScenario(plan([['Help desk', 'CIO']], { reportingLine: 'both-to-ceo' }, { 'reporting-line': 'CIO' }));
    const finding = result.findings.find((candidate) => candidate.id.startsWith('context-reporting-line:stance-'));
    expect(finding?.severity).toBe('warning');
    expect(finding?.fix?.command).toEqual({ type: 'scenario/set-context', context: { reportingLine: 'cto-to-cio' } });
    const agreed = checkScenario(plan([['Help desk', 'CIO']], { reportingLine: 'cto-to-cio' }, { 'reporting-line': 'CIO' }));
    expect(agreed.findings.some((candidate) => candidate.id.startsWith('context-reporting-line:stance-'))).toBe(false);
  });

  it('an empty plan has no score in any company size', () => {
    for (const companySize of ['small', 'medium', 'large'] as const) {
      expect(checkScenario(plan([], { companySize })).score).toBeNull();
    }
  });

  it('suggest --json keeps each position of a contested topic with its own citations', () => {
    const json = suggestionJson(suggestOwner('Who owns the technology budget'));
    expect(json.owner).toBe('Contested');
    expect(json.citations).toEqual([]);
    expect(json.positions).toHaveLength(2);
    const [cio, cto] = json.positions ?? [];
    expect(cio?.citations.map((citation) => citation.source)).toContain('cio-vs-cto');
    expect(cto?.citations).toEqual([{ source: 'inward-outward', section: 'cto-role', label: expect.any(String) }]);
  });
});

describe('duplicates that understand the field', () => {
  const duplicates = (titles: readonly string[]) =>
    checkScenario(plan(titles.map((title) => [title, 'CIO'] as const))).findings.filter((finding) => finding.ruleId === 'duplicate');

  it.each([
    ['ERP', 'Enterprise resource planning system'],
    ['Service desk', 'IT help desk'],
    ['SSO', 'Single sign-on'],
    ['CI/CD pipeline', 'Continuous delivery pipeline'],
    ['Payroll system', 'Payrol system'],
  ])('%j and %j are one responsibility', (a, b) => {
    expect(duplicates([a, b])).toHaveLength(1);
  });

  it('says identical titles appear twice, not "in other words"', () => {
    const [finding] = duplicates(['Employee help desk', 'Employee help desk']);
    expect(finding?.message).toMatch(/appears twice/);
    expect(finding?.message).not.toMatch(/in other words/);
  });

  it.each([['Product security', 'Internal security'], ['Plan the summer party', 'Plan the winter party']])(
    '%j and %j are different',
    (a, b) => {
      expect(duplicates([a, b])).toHaveLength(0);
    },
  );
});

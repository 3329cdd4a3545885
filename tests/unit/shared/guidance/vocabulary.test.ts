import { describe, expect, it } from 'vitest';
import { FIELD_TERMS, TOPICS_BY_ID, suggestOwner } from '../../../../shared/guidance/index.js';

describe('the vocabulary of the field', () => {
  it('ties every term to a topic that exists', () => {
    for (const term of FIELD_TERMS) expect(TOPICS_BY_ID.has(term.topic), term.token).toBe(true);
  });

  it.each(FIELD_TERMS.flatMap((term) => term.forms.map((form) => [form, term.topic] as const)))(
    '%j alone reads as %s',
    (form, topic) => {
      expect(suggestOwner(form).topic?.id).toBe(topic);
      expect(suggestOwner(form.toUpperCase()).topic?.id).toBe(topic);
    },
  );

  it.each([
    ['HRIS', 'CIO'],
    ['IAM', 'CIO'],
    ['VDI', 'CIO'],
    ['ITIL', 'CIO'],
    ['BYOD', 'CIO'],
    ['SIEM', 'Shared/CIO'],
    ['ERP', 'CIO'],
    ['CRM', 'CIO'],
    ['ITSM', 'CIO'],
    ['SOC', 'Shared/CIO'],
    ['MDM', 'CIO'],
    ['SSO', 'CIO'],
    ['SDK', 'CTO'],
    ['A/B testing', 'CTO'],
    ['CI/CD', 'CTO'],
    ['SRE', 'CTO'],
    ['API', 'CTO'],
    ['ML', 'CTO'],
    ['LLM', 'CTO'],
    ['PaaS', 'CIO'],
  ])('%j in a title places it with the %s', (term, placement) => {
    // Security terms read as the internal half of data security, which cio-vs-cto §13 gives to
    // both roles: Shared, with the CIO leading.
    const suggestion = suggestOwner(`${term} for the next year`);
    const [owner, lead] = placement.split('/');
    expect(suggestion.owner).toBe(owner);
    expect(suggestion.lead).toBe(owner === 'Shared' ? lead : undefined);
    expect(suggestion.match).toBe('phrase');
  });
});

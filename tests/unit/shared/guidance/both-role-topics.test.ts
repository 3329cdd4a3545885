/**
 * Topics the sources give to both roles (cio-vs-cto §12 automation, §13 data security, §14
 * analytics, §15 vendor relations, §19 product architecture, §8 working together): a text on one
 * of them is Shared, led by the role whose half its wording names (issue 14, Must-have 4). Fresh
 * phrasings, none from a labelled set.
 */
import { describe, expect, it } from 'vitest';
import { checkScenario, getTopic, suggestOwner } from '../../../../shared/guidance/index.js';
import {
  DEFAULT_CONTEXT,
  responsibilityId,
  scenarioId,
  type Lane,
  type Responsibility,
  type Scenario,
} from '../../../../shared/model/index.js';

const HALVES: readonly (readonly [text: string, lead: 'CIO' | 'CTO'])[] = [
  // §13, internal half
  ['Ransomware drills for the finance office', 'CIO'],
  ['Harden the corporate network against cyber threats', 'CIO'],
  ['Information security policy for staff', 'CIO'],
  // §13, product half
  ['Secure development lifecycle for the app we sell', 'CTO'],
  ['Secure coding practices in the app', 'CTO'],
  // §14, internal half
  ['Dashboards for the operations managers', 'CIO'],
  ['KPI reporting for the leadership team', 'CIO'],
  // §14, product half
  ['Analytics module inside the product for our clients', 'CTO'],
  // §15, internal half
  ['Renew the contract with the outsourcer that runs our servers', 'CIO'],
  ['Vendor management for our office IT', 'CIO'],
  // §12
  ['Robotic process automation for the back office', 'CIO'],
];

describe('both-role topics', () => {
  it.each(HALVES)('%j → Shared, led by the %s', (text, lead) => {
    const suggestion = suggestOwner(text);
    expect(suggestion.owner, suggestion.topic?.id ?? '-').toBe('Shared');
    expect(suggestion.lead).toBe(lead);
  });

  it('says in the cited rationale that both roles hold security, analytics and automation', () => {
    for (const id of ['internal-security', 'product-security', 'analytics-products', 'business-intelligence', 'it-vendors', 'automation']) {
      const topic = getTopic(id);
      expect(topic?.stance.kind, id).toBe('shared');
      expect(topic?.rationale, id).toMatch(/both roles/);
    }
  });

  const card = (id: string, title: string, owner: Lane, lead?: 'CIO' | 'CTO'): Responsibility => ({
    id: responsibilityId(id),
    title,
    owner,
    ...(lead ? { lead } : {}),
  });
  const findingsFor = (item: Responsibility): string[] => {
    const scenario: Scenario = {
      id: scenarioId('s1'),
      name: 'Test plan',
      context: DEFAULT_CONTEXT,
      responsibilities: [item],
      waivers: [],
      stances: {},
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    return checkScenario(scenario).findings.filter((finding) => finding.responsibilityIds.includes(item.id)).map((finding) => `${finding.ruleId}:${finding.severity}`);
  };

  it('leaves a security half alone in its own lead’s lane or Shared with that lead, and flags it in the other lane', () => {
    expect(findingsFor(card('a', 'Information security policy for staff', 'CIO'))).toEqual([]);
    expect(findingsFor(card('b', 'Information security policy for staff', 'Shared', 'CIO'))).toEqual([]);
    expect(findingsFor(card('c', 'Information security policy for staff', 'CTO'))).toEqual([expect.stringMatching(/^misplaced:(error|warning)$/)]);
    expect(findingsFor(card('d', 'Secure development lifecycle for the app we sell', 'CTO'))).toEqual([]);
    expect(findingsFor(card('e', 'Secure development lifecycle for the app we sell', 'CIO'))).toEqual([expect.stringMatching(/^misplaced:(error|warning)$/)]);
    expect(findingsFor(card('f', 'Information security policy for staff', 'Shared', 'CTO'))).toEqual(['lead-mismatch:info']);
  });

  it('gives at most advice for another both-role topic in its lead’s lane', () => {
    const found = findingsFor(card('g', 'Analytics module inside the product for our clients', 'CTO'));
    expect(found.every((entry) => entry.endsWith(':info'))).toBe(true);
  });
});

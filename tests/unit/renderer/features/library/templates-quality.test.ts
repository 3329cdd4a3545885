import { describe, expect, it } from 'vitest';
import { CATALOG, checkScenario, suggestOwner } from '../../../../../shared/guidance/index.js';
import { TEMPLATES, scenarioFromTemplate } from '../../../../../renderer/features/library/templates.js';
import { createStarterScenario } from '../../../../../renderer/state/starter-scenario.js';

function ids(): () => string {
  let next = 0;
  return () => `id-${(next += 1)}`;
}

describe('the plans the app offers, read as a CEO meets them', () => {
  it.each(TEMPLATES.map((template) => [template.name, template] as const))(
    'template %s scores well and is not told off for its own design',
    (_name, template) => {
      const scenario = scenarioFromTemplate(template, ids(), '2025-01-01T00:00:00.000Z');
      const result = checkScenario(scenario);
      expect(result.score).toBeGreaterThanOrEqual(80);
      expect(result.counts.error).toBe(0);
      expect(result.counts.warning).toBe(0);
      const rules = new Set(result.findings.map((finding) => finding.ruleId));
      for (const rule of ['misplaced', 'lead-mismatch', 'role-drift', 'duplicate', 'shared-without-lead'] as const) {
        expect(rules.has(rule)).toBe(false);
      }
      if (template.everythingTo) {
        // One executive holds everything on purpose: no fix may send a card to the absent role.
        const absent = template.everythingTo === 'CIO' ? 'CTO' : 'CIO';
        for (const finding of result.findings) {
          const command = finding.fix?.command;
          if (command?.type === 'responsibility/move') expect(command.to).not.toBe(absent);
        }
      }
    },
  );

  it('the starter scenario has guidance for every card, and its shared data-security card is aligned', () => {
    const scenario = createStarterScenario(ids(), '2025-01-01T00:00:00.000Z');
    const result = checkScenario(scenario);
    for (const item of scenario.responsibilities) {
      expect(result.byResponsibility.get(item.id)?.suggestion.owner, item.title).not.toBe('Unknown');
    }
    const security = scenario.responsibilities.find((item) => item.title === 'Data security');
    expect(security && result.byResponsibility.get(security.id)?.status).toBe('aligned');
    expect(result.counts.error).toBe(0);
  });

  it('every catalog entry reads as the topic and placement it is filed under', () => {
    for (const entry of CATALOG) {
      const suggestion = suggestOwner(entry.title);
      const expected =
        entry.owner === 'Unassigned' ? 'Contested' : entry.owner === 'Shared' ? `Shared/${entry.lead}` : entry.owner;
      const got = suggestion.owner === 'Shared' ? `Shared/${suggestion.lead}` : suggestion.owner;
      expect(got, entry.title).toBe(expected);
    }
  });
});

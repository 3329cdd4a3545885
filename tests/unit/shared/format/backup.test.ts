import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../../../shared/format/backup.js';
import { decodeScenario, FILE_LIMITS, parseScenarioFile, serializeScenario } from '../../../../shared/format/index.js';
import { checkScenario } from '../../../../shared/guidance/index.js';
import { scenarioId, type Scenario, type StoredData } from '../../../../shared/model/index.js';
import { scenarioOf } from '../commands/fixtures.js';

const plan: Scenario = {
  ...scenarioOf([['Help desk', 'CIO'], ['Automation programme', 'Shared'], ['Platform', 'Shared', 'CTO']]),
  id: scenarioId('plan'),
  waivers: [{ findingId: 'f1', rationale: 'agreed', at: '2026-01-01T00:00:00.000Z' }],
  stances: { 'technology-budget': 'CIO' },
};

function backupOf(...scenarios: Scenario[]): StoredData {
  return { scenarios, trash: [], snapshots: [], settings: {} };
}

/** The backup text with `change` applied to its first scenario's JSON. */
function changed(change: (scenario: Record<string, unknown>) => void): string {
  const json = JSON.parse(serializeBackup(backupOf(plan), '2026-01-04T00:00:00.000Z')) as {
    scenarios: Record<string, unknown>[];
  };
  change(json.scenarios[0] as Record<string, unknown>);
  return JSON.stringify(json);
}

function responsibilities(scenario: Record<string, unknown>): Record<string, unknown>[] {
  return scenario.responsibilities as Record<string, unknown>[];
}

describe('backup: a Shared card without a lead', () => {
  it('survives export and restore unchanged, and the guidance flags it with a fix', () => {
    const text = serializeBackup(backupOf(plan), '2026-01-04T00:00:00.000Z');
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.scenarios).toEqual([plan]);
    const restored = result.backup.scenarios[0] as Scenario;
    expect(restored.responsibilities[1]).not.toHaveProperty('lead');
    const finding = checkScenario(restored).findings.find((item) => item.ruleId === 'shared-without-lead');
    expect(finding?.responsibilityIds).toEqual(['automation programme']);
    expect(finding?.fix?.command).toMatchObject({ type: 'responsibility/set-lead', id: 'automation programme' });
  });

  it('is accepted by the scenario file and the backup alike', () => {
    expect(parseScenarioFile(serializeScenario(plan), { newId: () => 'n', now: '2026-01-01T00:00:00.000Z' }).ok).toBe(true);
    expect(decodeScenario(JSON.parse(JSON.stringify(plan)) as unknown, { source: 'backup' }).ok).toBe(true);
  });
});

describe('backup: the scenario file schema with stricter rules', () => {
  it.each([
    ['a responsibility without an id', (s: Record<string, unknown>) => { delete responsibilities(s)[0]?.id; }, 'scenarios[0].responsibilities[0].id'],
    ['an unknown field on a responsibility', (s: Record<string, unknown>) => void ((responsibilities(s)[0] as Record<string, unknown>).colour = 'red'), 'scenarios[0].responsibilities[0]'],
    ['an unknown field in the context', (s: Record<string, unknown>) => void ((s.context as Record<string, unknown>).industry = 'retail'), 'scenarios[0].context'],
    ['a scenario without timestamps', (s: Record<string, unknown>) => { delete s.updatedAt; }, 'scenarios[0].updatedAt'],
    ['an empty waiver rationale', (s: Record<string, unknown>) => void ((s.waivers as Record<string, unknown>[])[0]!.rationale = '  '), 'scenarios[0].waivers[0].rationale'],
    ['a title longer than a scenario file allows', (s: Record<string, unknown>) => void (responsibilities(s)[0]!.title = 'x'.repeat(FILE_LIMITS.title + 1)), 'scenarios[0].responsibilities[0].title'],
    ['duplicate responsibility ids', (s: Record<string, unknown>) => void (responsibilities(s)[1]!.id = 'help desk'), 'scenarios[0].responsibilities[1].id'],
    ['a key that could pollute prototypes', (s: Record<string, unknown>) => void (s.stances = JSON.parse('{"constructor":"CIO"}') as unknown), 'scenarios[0].stances.constructor'],
  ])('refuses %s, naming where', (_name, change, path) => {
    const result = parseBackup(changed(change));
    expect(result).toMatchObject({ ok: false, error: { path } });
    expect(!result.ok && result.error.message.length).toBeGreaterThan(15);
  });

  it('drops a lead outside the Shared lane, as backups always have (a scenario file refuses it)', () => {
    const result = parseBackup(changed((s) => void (responsibilities(s)[0]!.lead = 'CTO')));
    expect(result.ok && result.backup.scenarios[0]?.responsibilities[0]).toEqual({ id: 'help desk', title: 'Help desk', owner: 'CIO' });
  });

  it('never writes a lead outside the Shared lane', () => {
    const odd = { ...plan, responsibilities: [{ ...plan.responsibilities[0]!, lead: 'CTO' as const }] };
    expect(serializeBackup(backupOf(odd), '2026-01-04T00:00:00.000Z')).not.toContain('"lead"');
  });
});

describe('scenario file: the same hostile-structure checks as a backup', () => {
  const nested = (depth: number): string => {
    const value = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    return serializeScenario(plan).replace('"name"', `"extra":${value},"name"`);
  };
  const options = { newId: () => 'n', now: '2026-01-01T00:00:00.000Z' };

  it('refuses nesting deeper than any Remit file, naming where', () => {
    const result = parseScenarioFile(nested(40), options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^extra(\.a)+: nested more than 32 levels deep/);
  });

  it('still reads ordinary unknown fields (forward compatibility)', () => {
    expect(parseScenarioFile(nested(5), options).ok).toBe(true);
  });

  it('refuses prototype keys at any depth', () => {
    const text = serializeScenario(plan).replace('"title": "Platform"', '"title": "Platform", "x": {"y": {"__proto__": 1}}');
    expect(parseScenarioFile(text, options)).toMatchObject({ ok: false, error: { path: 'responsibilities[2].x.y.__proto__' } });
  });
});

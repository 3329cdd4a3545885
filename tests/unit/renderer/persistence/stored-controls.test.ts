import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, serializeScenario } from '../../../../shared/format/index.js';
import { RemitDatabase } from '../../../../renderer/persistence/database.js';
import { ScenarioRepository, toRow } from '../../../../renderer/persistence/repository.js';
import { scenarioOf } from '../../shared/commands/fixtures.js';

// Older versions stored titles, names and notes with control characters that an import now
// refuses: such data must still load (repaired), never become unreadable.
describe('stored text with control characters', () => {
  const scenario = scenarioOf([['Pay\u001b[2Jroll', 'CIO']]);
  const damaged = {
    ...toRow(scenario),
    name: 'Plan\u0000\u0085',
    responsibilities: [{ ...toRow(scenario).responsibilities[0]!, id: 'payroll', note: 'line one\nline\u007f two\ud800' }],
  };

  it('loads, repaired, from the database', async () => {
    const database = new RemitDatabase(`controls-${Math.random()}`);
    await database.scenarios.put(damaged);
    const loaded = await new ScenarioRepository(database).load(scenario.id);
    expect(loaded?.name).toBe('Plan');
    expect(loaded?.responsibilities[0]?.title).toBe('Pay[2Jroll');
    expect(loaded?.responsibilities[0]?.note).toBe('line one\nline two');
  });

  it('is refused when the same text arrives in a file', () => {
    const text = serializeScenario({ ...scenario, name: 'Plan\u0085' });
    const result = parseScenarioFile(text, { newId: () => 'n', now: '2026-01-01T00:00:00.000Z' });
    expect(result).toMatchObject({ ok: false, error: { path: 'name' } });
  });

  it('round-trips once repaired: what loads, exports and imports again', async () => {
    const database = new RemitDatabase(`controls-${Math.random()}`);
    await database.scenarios.put(damaged);
    const loaded = await new ScenarioRepository(database).load(scenario.id);
    const again = parseScenarioFile(serializeScenario(loaded!), { newId: () => 'n', now: '2026-01-01T00:00:00.000Z' });
    expect(again.ok).toBe(true);
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importOpenedFile } from '../../../../../renderer/features/library/library-actions.js';
import { RemitDatabase } from '../../../../../renderer/persistence/database.js';
import { ScenarioRepository } from '../../../../../renderer/persistence/repository.js';
import { LibrarySession } from '../../../../../renderer/state/library-session.js';
import { createStarterScenario } from '../../../../../renderer/state/starter-scenario.js';
import { hostileCorpus } from '../../../../support/hostile-corpus.js';

// The hostile corpus through the renderer's import path (issue 17): the bytes decoded as the
// page decodes a picked or opened file (strict UTF-8), then Import as a new scenario over a real
// library session on fake-indexeddb. A refused file gets one clear, safe message and leaves
// the library exactly as it was; nothing takes more than the CPU budget.

const CPU_BUDGET_MS = 1_000;
// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONG_RUN = /(.)\1{199}/u;

function clock() {
  let id = 0;
  let tick = 0;
  return {
    newId: () => `id-${++id}`,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++tick)).toISOString(),
  };
}

describe('the import path on the hostile corpus', () => {
  it('refuses every malformed file with one safe message and an unchanged library, within budget', { timeout: 600_000 }, async () => {
    const time = clock();
    const repository = new ScenarioRepository(new RemitDatabase(`hostile-import-${Math.random()}`));
    const session = await LibrarySession.open(repository, time, () => createStarterScenario(time.newId, time.now()));
    const snapshot = async () => JSON.stringify(await repository.exportAll());
    let refused = 0;
    let accepted = 0;
    for (const item of hostileCorpus()) {
      const before = await snapshot();
      const start = process.resourceUsage();
      let text: string | null;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(item.bytes);
      } catch {
        // The page refuses it before any parsing ("not valid UTF-8 text").
        text = null;
      }
      const outcome = text === null ? null : await importOpenedFile(session, { name: 'hostile.remit.json', text });
      const end = process.resourceUsage();
      const cpuMs = (end.userCPUTime + end.systemCPUTime - start.userCPUTime - start.systemCPUTime) / 1000;
      expect(cpuMs, item.name).toBeLessThan(CPU_BUDGET_MS);
      expect(outcome?.kind, item.name).not.toBe('cancelled');
      if (outcome?.kind === 'done') {
        accepted += 1;
        continue;
      }
      refused += 1;
      if (outcome?.kind === 'error') {
        expect(outcome.message, item.name).toMatch(/^Could not read “hostile\.remit\.json”: .+ Nothing was changed\.$/s);
        expect(outcome.message, item.name).not.toMatch(RAW_CONTROL);
        expect(outcome.message, item.name).not.toMatch(LONG_RUN);
        expect(outcome.message.length, item.name).toBeLessThan(800);
      }
      expect(await snapshot(), item.name).toBe(before);
    }
    expect(refused + accepted).toBeGreaterThanOrEqual(500);
    expect(refused).toBeGreaterThan(accepted * 4);
    // Nothing leaked onto the prototypes the corpus aimed at.
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    session.dispose();
  });
});

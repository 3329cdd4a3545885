import { describe, expect, it } from 'vitest';
import { compareScenarios, comparisonToCsv } from '../../../../shared/compare/index.js';
import { checkScenario } from '../../../../shared/guidance/index.js';
import type { Scenario } from '../../../../shared/model/index.js';
import { STATUS_LABEL } from '../../../../shared/status/index.js';
import { deriveCardGuidance } from '../../../../renderer/state/card-guidance.js';
import { TEMPLATES, scenarioFromTemplate } from '../../../../renderer/features/library/templates.js';
import { buildPrintModel } from '../../../../renderer/features/print/print-model.js';
import { createStarterScenario } from '../../../../renderer/state/starter-scenario.js';

/** The fields of one CSV record (RFC 4180 quoting; no line breaks inside these plans' fields). */
function fields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((match) => (match[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'));
}

let next = 0;
const newId = () => `id-${(next += 1)}`;
const NOW = '2026-01-01T00:00:00.000Z';

/** The starter plan, every template, and plans with duplicates, waivers and a moved card. */
function plans(): Scenario[] {
  const starter = createStarterScenario(newId, NOW);
  const fromTemplates = TEMPLATES.map((template) => scenarioFromTemplate(template, newId, NOW));
  const duplicates: Scenario = {
    ...starter,
    responsibilities: [...starter.responsibilities, ...starter.responsibilities.map((item) => ({ ...item, id: newId() as typeof item.id }))],
  };
  const firstFinding = checkScenario(starter).findings.find((finding) => finding.responsibilityIds.length > 0);
  const waived: Scenario = {
    ...starter,
    waivers: firstFinding ? [{ findingId: firstFinding.id, rationale: 'On purpose.', at: NOW }] : [],
  };
  return [starter, ...fromTemplates, duplicates, waived];
}

describe('one vocabulary: board, PDF, Compare and CSV agree on every card', () => {
  it.each(plans().map((plan, index) => [index, plan] as const))('plan %i', (_index, plan) => {
    const check = checkScenario(plan);
    const board = deriveCardGuidance(plan.responsibilities, check);
    const print = buildPrintModel(plan, check);
    const printed = new Map(Object.values(print.lanes).flat().map((card) => [card.id, card.status]));
    const comparison = compareScenarios([plan, plan]);
    const counts = comparison.scenarios[0]?.stats.cards;
    const csv = comparisonToCsv(comparison).split('\r\n');

    const boardCounts: Record<string, number> = {};
    for (const item of plan.responsibilities) {
      const status = board.get(item.id)?.status;
      expect(status).toBeDefined();
      expect(printed.get(item.id)).toBe(status);
      if (status) boardCounts[status] = (boardCounts[status] ?? 0) + 1;
    }
    for (const [status, count] of Object.entries(counts ?? {})) expect(boardCounts[status] ?? 0).toBe(count);
    // A card with an open finding never reads Aligned anywhere.
    for (const finding of check.findings.filter((entry) => !entry.waived)) {
      for (const id of finding.responsibilityIds) expect(board.get(id)?.status).not.toBe('aligned');
    }
    const csvWords = new Set(csv.slice(1, -1).map((line) => fields(line)[4]));
    for (const word of csvWords) expect(Object.values(STATUS_LABEL)).toContain(word);
  });
});

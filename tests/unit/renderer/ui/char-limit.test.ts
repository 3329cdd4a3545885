import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, parseScenarioFile, serializeScenario } from '../../../../shared/format/index.js';
import { DEFAULT_CONTEXT, responsibilityId, scenarioId, type Scenario } from '../../../../shared/model/index.js';
import { TEXT_LIMITS, countShown, tooLongMessage } from '../../../../renderer/ui/character-count.js';

function withText(title: string, note: string): Scenario {
  return {
    id: scenarioId('s'),
    name: 'Limits',
    context: DEFAULT_CONTEXT,
    responsibilities: [{ id: responsibilityId('r'), title, owner: 'CIO', note }],
    waivers: [],
    stances: {},
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

const options = { newId: () => 'new', now: '2025-01-01T00:00:00.000Z' };

describe('editor text limits', () => {
  it('are the file formats’ limits', () => {
    expect(TEXT_LIMITS.title).toBe(FILE_LIMITS.title);
    expect(TEXT_LIMITS.note).toBe(FILE_LIMITS.note);
    expect(TEXT_LIMITS.rationale).toBe(FILE_LIMITS.rationale);
  });

  it('let the longest title and note the editor accepts export and re-import', () => {
    const longest = withText('t'.repeat(TEXT_LIMITS.title), 'n'.repeat(TEXT_LIMITS.note));
    const parsed = parseScenarioFile(serializeScenario(longest), options);
    expect(parsed.ok).toBe(true);
    // One character more is what the editor now refuses; the file format refuses it too.
    const over = withText('t', 'n'.repeat(TEXT_LIMITS.note + 1));
    expect(parseScenarioFile(serializeScenario(over), options).ok).toBe(false);
  });

  it('shows the counter only near the limit and words an over-long value plainly', () => {
    expect(countShown(100, 20_000)).toBe(false);
    expect(countShown(16_000, 20_000)).toBe(true);
    expect(countShown(399, 500)).toBe(false);
    expect(countShown(400, 500)).toBe(true);
    expect(tooLongMessage('Note', 20_500, 20_000)).toBe(
      'Note is 20,500 characters; the limit is 20,000. Shorten it to save.',
    );
  });
});

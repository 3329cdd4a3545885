import { describe, expect, it } from 'vitest';
import {
  TOPICS,
  checkScenario,
  rankCitations,
  type Citation,
} from '../../../../shared/guidance/index.js';
import { DEFAULT_CONTEXT, responsibilityId } from '../../../../shared/model/index.js';

/** Broad sections: the how-to-choose steps and the openings. */
function broad(citation: Citation): boolean {
  return citation.source === 'cio-vs-cto'
    ? citation.section.startsWith('step-') || ['intro', 'how-to-choose', 'which-better'].includes(citation.section)
    : citation.section === 'intro';
}

describe('citation ranking', () => {
  it('puts role sections before the how-to-choose steps and keeps the given order within a tier', () => {
    const ranked = rankCitations([
      { source: 'cio-vs-cto', section: 'step-1' },
      { source: 'cio-vs-cto', section: '20' },
      { source: 'cio-vs-cto', section: '17' },
      { source: 'inward-outward', section: 'thesis' },
      { source: 'cio-vs-cto', section: 'intro' },
      { source: 'cio-vs-cto', section: '13' },
    ]);
    expect(ranked.map((citation) => citation.section)).toEqual(['17', 'thesis', '13', '20', 'step-1', 'intro']);
  });

  it.each(TOPICS.map((topic) => [topic.id, topic] as const))(
    '%s cites a specific section first whenever it has one',
    (_id, topic) => {
      const lists =
        topic.stance.kind === 'contested'
          ? [topic.citations, ...topic.stance.positions.map((position) => position.citations)]
          : [topic.citations];
      for (const citations of lists) {
        const first = citations[0];
        if (first && broad(first)) expect(citations.every(broad)).toBe(true);
      }
    },
  );

  it('a public website misplaced with the CIO cites the sections on customer-facing technology first', () => {
    const result = checkScenario({
      responsibilities: [{ id: responsibilityId('w'), title: 'Public website', owner: 'CIO' }],
      context: DEFAULT_CONTEXT,
      waivers: [],
      stances: {},
    });
    const finding = result.findings.find((item) => item.ruleId === 'misplaced');
    expect(finding?.citations.slice(0, 2)).toEqual([
      { source: 'cio-vs-cto', section: '17' },
      { source: 'inward-outward', section: 'cto-role' },
    ]);
  });
});

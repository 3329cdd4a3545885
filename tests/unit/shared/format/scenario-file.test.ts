import { describe, expect, it } from 'vitest';
import {
  MAX_SCENARIO_FILE_BYTES,
  parseScenarioFile,
  serializeScenario,
  toScenarioFile,
  type ParseOptions,
} from '../../../../shared/format/index.js';

function options(): ParseOptions {
  let next = 0;
  return { newId: () => `gen-${(next += 1)}`, now: '2025-03-01T12:00:00.000Z' };
}

const MINIMAL = {
  format: 'remit.scenario',
  version: 1,
  name: 'Acme 2025',
  context: { companySize: 'medium', focus: 'balanced', reportingLine: 'both-to-ceo' },
  responsibilities: [
    { title: 'Employee help desk', owner: 'CIO' },
    { title: 'Product architecture', owner: 'Shared', lead: 'CTO', note: 'Review yearly' },
    { title: 'Technology budget', owner: 'Unassigned' },
  ],
};

function withChange(change: (file: Record<string, unknown>) => void): string {
  const file = structuredClone(MINIMAL) as unknown as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

function responsibility(index: number, value: unknown): (file: Record<string, unknown>) => void {
  return (file) => {
    (file.responsibilities as unknown[])[index] = value;
  };
}

describe('parseScenarioFile: accepts', () => {
  it('a minimal file, filling ids and timestamps from the injected options', () => {
    const result = parseScenarioFile(JSON.stringify(MINIMAL), options());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { scenario } = result;
    expect(scenario.name).toBe('Acme 2025');
    expect(scenario.responsibilities.map((item) => item.id)).toEqual(['gen-1', 'gen-2', 'gen-3']);
    expect(scenario.id).toBe('gen-4');
    expect(scenario.createdAt).toBe('2025-03-01T12:00:00.000Z');
    expect(scenario.responsibilities[1]).toEqual({
      id: 'gen-2',
      title: 'Product architecture',
      owner: 'Shared',
      lead: 'CTO',
      note: 'Review yearly',
    });
    expect(scenario.waivers).toEqual([]);
    expect(scenario.stances).toEqual({});
  });

  it('ids, waivers, stances and timestamps when present, and a Shared card without a lead', () => {
    const text = withChange((file) => {
      file.id = 'plan-1';
      file.createdAt = '2025-01-01T00:00:00Z';
      file.updatedAt = '2025-02-01T00:00:00+01:00';
      file.responsibilities = [{ id: 'r1', title: 'Automation', owner: 'Shared' }];
      file.waivers = [{ findingId: 'misplaced:x:r1', rationale: 'On purpose', at: '2025-01-05T10:00:00Z' }];
      file.stances = { 'technology-budget': 'CTO' };
    });
    const result = parseScenarioFile(text, options());
    expect(result.ok && result.scenario).toMatchObject({
      id: 'plan-1',
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-02-01T00:00:00+01:00',
      responsibilities: [{ id: 'r1', title: 'Automation', owner: 'Shared' }],
      waivers: [{ findingId: 'misplaced:x:r1', rationale: 'On purpose', at: '2025-01-05T10:00:00Z' }],
      stances: { 'technology-budget': 'CTO' },
    });
  });

  it('a byte-order mark and unknown extra fields', () => {
    const text = `\uFEFF${withChange((file) => {
      file.comment = 'from a spreadsheet';
    })}`;
    expect(parseScenarioFile(text, options()).ok).toBe(true);
  });

  it('never hands out an id that the file already uses', () => {
    const text = withChange((file) => {
      file.responsibilities = [
        { title: 'A', owner: 'CIO' },
        { id: 'gen-1', title: 'B', owner: 'CTO' },
      ];
    });
    const result = parseScenarioFile(text, options());
    expect(result.ok && result.scenario.responsibilities.map((item) => item.id)).toEqual(['gen-2', 'gen-1']);
  });
});

describe('parseScenarioFile: rejects with a message naming the field', () => {
  it.each([
    [
      'an unknown owner',
      withChange(responsibility(2, { title: 'X', owner: 'CEO' })),
      'responsibilities[2].owner',
      'expected one of CIO, CTO, Shared, Unassigned',
    ],
    [
      'a missing title',
      withChange(responsibility(0, { owner: 'CIO' })),
      'responsibilities[0].title',
      'is required',
    ],
    [
      'a blank title',
      withChange(responsibility(0, { title: '   ', owner: 'CIO' })),
      'responsibilities[0].title',
      'must not be empty',
    ],
    [
      'a title of the wrong type',
      withChange(responsibility(1, { title: 42, owner: 'CIO' })),
      'responsibilities[1].title',
      'expected string, got a number',
    ],
    [
      'a lead outside Shared',
      withChange(responsibility(0, { title: 'X', owner: 'CIO', lead: 'CTO' })),
      'responsibilities[0].lead',
      'only a Shared responsibility has a lead',
    ],
    [
      'an unknown lead',
      withChange(responsibility(1, { title: 'X', owner: 'Shared', lead: 'CEO' })),
      'responsibilities[1].lead',
      'expected one of CIO, CTO',
    ],
    ['a missing name', withChange((file) => delete file.name), 'name', 'is required'],
    ['a missing context', withChange((file) => delete file.context), 'context', 'is required'],
    [
      'an unknown company size',
      withChange((file) => ((file.context as Record<string, unknown>).companySize = 'huge')),
      'context.companySize',
      'expected one of small, medium, large',
    ],
    [
      'an unknown reporting line',
      withChange((file) => ((file.context as Record<string, unknown>).reportingLine = 'cio-to-ceo')),
      'context.reportingLine',
      'expected one of',
    ],
    [
      'responsibilities that are not a list',
      withChange((file) => (file.responsibilities = {})),
      'responsibilities',
      'expected array, got an object',
    ],
    [
      'an unknown format',
      withChange((file) => (file.format = 'trello.board')),
      'format',
      'expected "remit.scenario"',
    ],
    ['a missing format', withChange((file) => delete file.format), 'format', 'is required'],
    ['a newer version', withChange((file) => (file.version = 2)), 'version', 'written by a newer Remit'],
    ['a nonsense version', withChange((file) => (file.version = '1')), 'version', 'expected 1'],
    [
      'duplicate ids',
      withChange(
        (file) =>
          (file.responsibilities = [
            { id: 'a', title: 'A', owner: 'CIO' },
            { id: 'a', title: 'B', owner: 'CTO' },
          ]),
      ),
      'responsibilities[1].id',
      'duplicate id "a" (also at responsibilities[0])',
    ],
    [
      'duplicate waivers',
      withChange(
        (file) =>
          (file.waivers = [
            { findingId: 'f', rationale: 'r', at: '2025-01-01T00:00:00Z' },
            { findingId: 'f', rationale: 's', at: '2025-01-01T00:00:00Z' },
          ]),
      ),
      'waivers[1].findingId',
      'duplicate',
    ],
    [
      'a waiver with a bad date',
      withChange((file) => (file.waivers = [{ findingId: 'f', rationale: 'r', at: 'last week' }])),
      'waivers[0].at',
      'ISO 8601',
    ],
    [
      'a stance that is not a role',
      withChange((file) => (file.stances = { 'technology-budget': 'CEO' })),
      'stances.technology-budget',
      'expected one of CIO, CTO',
    ],
    ['invalid JSON', '{"format": "remit.scenario",', '', 'not valid JSON'],
    ['a JSON list', '[]', '', 'expected a JSON object, got a list'],
    ['JSON null', 'null', '', 'expected a JSON object, got null'],
  ])('%s', (_label, text, path, detail) => {
    const result = parseScenarioFile(text, options());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path).toBe(path);
    expect(result.error.message).toContain(detail);
    if (path) expect(result.error.message.startsWith(`${path}: `)).toBe(true);
  });

  it.each([
    ['__proto__ at the top', '{"__proto__": {"polluted": true}, "format": "remit.scenario"}', '__proto__'],
    [
      'constructor in a card',
      withChange(responsibility(1, { title: 'X', owner: 'CIO', constructor: {} })),
      'responsibilities[1].constructor',
    ],
    [
      'prototype in the context',
      withChange((file) => ((file.context as Record<string, unknown>).prototype = 1)),
      'context.prototype',
    ],
    [
      '__proto__ in stances',
      withChange((file) => (file.stances = JSON.parse('{"__proto__": "CIO"}') as unknown)),
      'stances.__proto__',
    ],
  ])('prototype-polluting keys anywhere: %s', (_label, text, path) => {
    const result = parseScenarioFile(text, options());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toBe(path);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('input over 10 MB', () => {
    const big = withChange((file) => (file.padding = 'x'.repeat(MAX_SCENARIO_FILE_BYTES)));
    const result = parseScenarioFile(big, options());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('larger than 10 MB');
  });
});

describe('serializeScenario', () => {
  it('round-trips through parseScenarioFile unchanged', () => {
    const first = parseScenarioFile(JSON.stringify(MINIMAL), options());
    if (!first.ok) throw new Error(first.error.message);
    const text = serializeScenario(first.scenario);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('\n  "format": "remit.scenario",');
    const second = parseScenarioFile(text, options());
    expect(second.ok && second.scenario).toEqual(first.scenario);
  });

  it('writes the documented header fields first', () => {
    const first = parseScenarioFile(JSON.stringify(MINIMAL), options());
    if (!first.ok) throw new Error(first.error.message);
    expect(Object.keys(toScenarioFile(first.scenario)).slice(0, 3)).toEqual(['format', 'version', 'id']);
  });
});

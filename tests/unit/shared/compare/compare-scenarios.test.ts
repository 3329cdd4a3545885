import { describe, expect, it } from 'vitest';
import {
  compareScenarios,
  comparisonToCsv,
  csvField,
  diceSimilarity,
  listNames,
  toCsv,
  type Change,
  type Comparison,
} from '../../../../shared/compare/index.js';
import { contentStems } from '../../../../shared/guidance/index.js';
import {
  DEFAULT_CONTEXT,
  responsibilityId,
  scenarioId,
  type Lane,
  type Responsibility,
  type Role,
  type Scenario,
} from '../../../../shared/model/index.js';

type ItemSpec = readonly [id: string, title: string, owner: Lane, lead?: Role, note?: string];

function item([id, title, owner, lead, note]: ItemSpec): Responsibility {
  return {
    id: responsibilityId(id),
    title,
    owner,
    ...(lead ? { lead } : {}),
    ...(note ? { note } : {}),
  };
}

function scenario(name: string, items: readonly ItemSpec[], extra: Partial<Scenario> = {}): Scenario {
  return {
    id: scenarioId(name.toLowerCase().replace(/\W+/g, '-')),
    name,
    context: DEFAULT_CONTEXT,
    responsibilities: items.map(item),
    waivers: [],
    stances: {},
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  };
}

/** The row whose title (in any scenario) is `title`. */
function rowOf(comparison: Comparison, title: string) {
  const row = comparison.rows.find((candidate) => candidate.cells.some((cell) => cell?.item.title === title));
  if (!row) throw new Error(`no row for ${title}`);
  return row;
}

function kinds(changes: readonly Change[] | undefined): string[] {
  return (changes ?? []).map((change) => change.kind);
}

const BASE: readonly ItemSpec[] = [
  ['a', 'Employee help desk', 'CIO'],
  ['b', 'ERP system', 'CIO'],
  ['c', 'Product development', 'CTO'],
  ['d', 'Cloud and DevOps platform', 'Shared', 'CTO'],
  ['e', 'Technology budget', 'Unassigned'],
];

describe('compareScenarios: the diff', () => {
  it('finds no change between a scenario and itself, and says so', () => {
    const a = scenario('Plan A', BASE);
    const comparison = compareScenarios([a, { ...a, name: 'Plan A copy' }]);
    expect(comparison.rows).toHaveLength(5);
    expect(comparison.rows.every((row) => !row.changed)).toBe(true);
    const pair = comparison.pairs[0];
    expect(pair?.counts.unchanged).toBe(5);
    expect(pair?.reorderedLanes).toEqual([]);
    expect(pair?.summary[0]).toBe('Same responsibilities, owners, leads and notes as “Plan A”.');
    expect(pair?.guidance.appeared).toEqual([]);
    expect(pair?.guidance.disappeared).toEqual([]);
  });

  it('treats a reorder only as no change to any responsibility, and notes the lane order', () => {
    const a = scenario('Plan A', [...BASE, ['f', 'HR and finance systems', 'CIO']]);
    const reordered = scenario('Plan B', [BASE[1], ['f', 'HR and finance systems', 'CIO'], BASE[0], BASE[2], BASE[3], BASE[4]] as ItemSpec[]);
    const comparison = compareScenarios([a, reordered]);
    expect(comparison.rows.filter((row) => row.changed)).toEqual([]);
    expect(comparison.pairs[0]?.counts.unchanged).toBe(6);
    expect(comparison.pairs[0]?.reorderedLanes).toEqual(['CIO']);
    expect(comparison.pairs[0]?.summary).toContain('Cards are in another order in the CIO lane.');
  });

  it('reports moves with from and to, sole ↔ shared, lead and note changes', () => {
    const a = scenario('Plan A', BASE);
    const b = scenario('Plan B', [
      ['a', 'Employee help desk', 'CTO'],
      ['b', 'ERP system', 'Shared', 'CIO'],
      ['c', 'Product development', 'CTO', undefined, 'Agreed with the board'],
      ['d', 'Cloud and DevOps platform', 'Shared', 'CIO'],
      ['e', 'Technology budget', 'CIO'],
    ]);
    const comparison = compareScenarios([a, b]);
    expect(rowOf(comparison, 'Employee help desk').changes[1]).toEqual([{ kind: 'moved', from: 'CIO', to: 'CTO' }]);
    expect(rowOf(comparison, 'ERP system').changes[1]).toEqual([{ kind: 'became-shared', from: 'CIO', to: 'Shared', lead: 'CIO' }]);
    expect(rowOf(comparison, 'Product development').changes[1]).toEqual([
      { kind: 'note-changed', from: undefined, to: 'Agreed with the board' },
    ]);
    expect(rowOf(comparison, 'Cloud and DevOps platform').changes[1]).toEqual([{ kind: 'lead-changed', from: 'CTO', to: 'CIO' }]);
    expect(rowOf(comparison, 'Technology budget').changes[1]).toEqual([{ kind: 'moved', from: 'Unassigned', to: 'CIO' }]);
    const back = compareScenarios([b, a]);
    expect(rowOf(back, 'ERP system').changes[1]).toEqual([{ kind: 'became-sole', from: 'Shared', to: 'CIO' }]);
    const summary = comparison.pairs[0]?.summary ?? [];
    expect(summary[0]).toBe('1 responsibility moves to the CIO: “Technology budget”.');
    expect(summary).toContain('1 responsibility moves to the CTO: “Employee help desk”.');
    expect(summary).toContain('1 responsibility becomes shared: “ERP system”.');
    expect(summary).toContain('The CIO takes the lead on 1 shared responsibility: “Cloud and DevOps platform”.');
    expect(summary).toContain('Notes change on 1 responsibility: “Product development”.');
  });

  it('pairs a renamed and moved card by id and reports both changes', () => {
    const a = scenario('Plan A', BASE);
    const b = scenario('Plan B', [
      ['a', 'Service desk for staff', 'Shared', 'CIO'],
      ...BASE.slice(1),
    ]);
    const comparison = compareScenarios([a, b]);
    const row = rowOf(comparison, 'Employee help desk');
    expect(row.cells[1]?.match).toBe('id');
    expect(row.fuzzy).toBe(false);
    expect(row.changes[1]).toEqual([
      { kind: 'became-shared', from: 'CIO', to: 'Shared', lead: 'CIO' },
      { kind: 'renamed', from: 'Employee help desk', to: 'Service desk for staff' },
    ]);
    expect(comparison.rows).toHaveLength(5);
  });

  it('pairs independently built scenarios by title: exact words first, then fuzzy with the similarity', () => {
    const a = scenario('Plan A', BASE);
    const b = scenario('Plan B', [
      ['x1', 'Help desk for employees', 'CIO'],
      ['x2', 'ERP systems', 'CTO'],
      ['x3', 'Product development squads', 'CTO'],
      ['x4', 'Quarterly offsite', 'CIO'],
    ]);
    const comparison = compareScenarios([a, b]);
    const help = rowOf(comparison, 'Employee help desk');
    expect(help.cells[1]?.item.title).toBe('Help desk for employees');
    expect(help.cells[1]?.match).toBe('title');
    expect(help.changes[1]).toEqual([{ kind: 'renamed', from: 'Employee help desk', to: 'Help desk for employees' }]);
    const erp = rowOf(comparison, 'ERP system');
    expect(erp.cells[1]?.match).toBe('title');
    expect(kinds(erp.changes[1])).toEqual(['moved', 'renamed']);
    const product = rowOf(comparison, 'Product development');
    expect(product.cells[1]?.match).toBe('fuzzy');
    expect(product.fuzzy).toBe(true);
    const expected = diceSimilarity(contentStems('Product development'), contentStems('Product development squads'));
    expect(expected).toBeGreaterThanOrEqual(0.6);
    expect(expected).toBeLessThan(1);
    expect(product.cells[1]?.similarity).toBeCloseTo(expected, 10);
    expect(kinds(rowOf(comparison, 'Quarterly offsite').changes[1])).toEqual(['added']);
    expect(kinds(rowOf(comparison, 'Technology budget').changes[1])).toEqual(['removed']);
    expect(kinds(rowOf(comparison, 'Cloud and DevOps platform').changes[1])).toEqual(['removed']);
    expect(comparison.pairs[0]?.summary.some((sentence) => sentence.startsWith('1 pairing rests on similar titles only'))).toBe(true);
  });

  it('prefers an id match over a better title match, and never pairs dissimilar titles', () => {
    const a = scenario('Plan A', [['a', 'Employee help desk', 'CIO'], ['b', 'Public website', 'CTO']]);
    const b = scenario('Plan B', [['b', 'Employee help desk', 'CTO'], ['z', 'Research and development', 'CTO']]);
    const comparison = compareScenarios([a, b]);
    const website = rowOf(comparison, 'Public website');
    expect(website.cells[1]?.item.title).toBe('Employee help desk');
    expect(website.cells[1]?.match).toBe('id');
    expect(kinds(rowOf(comparison, 'Research and development').changes[1])).toEqual(['added']);
    expect(comparison.rows.filter((row) => row.cells[0] && !row.cells[1])).toHaveLength(1);
  });

  it('pairs duplicate titles one to one, in order, and leaves the extra one added', () => {
    const a = scenario('Plan A', [['a', 'Public website', 'CTO'], ['b', 'Public website', 'CIO']]);
    const b = scenario('Plan B', [['p', 'Public website', 'CIO'], ['q', 'public websites', 'CTO'], ['r', 'Public website', 'Unassigned']]);
    const comparison = compareScenarios([a, b]);
    expect(comparison.rows).toHaveLength(3);
    const first = comparison.rows.find((row) => row.cells[0]?.item.id === 'a');
    const second = comparison.rows.find((row) => row.cells[0]?.item.id === 'b');
    expect(first?.cells[1]?.item.id).toBe('p');
    expect(second?.cells[1]?.item.id).toBe('q');
    expect(kinds(first?.changes[1])).toEqual(['moved']);
    expect(comparison.rows.find((row) => row.cells[1]?.item.id === 'r')?.changes[1]).toEqual([{ kind: 'added' }]);
  });

  it('handles empty scenarios on either side', () => {
    const empty = scenario('Empty', []);
    const a = scenario('Plan A', BASE);
    const both = compareScenarios([empty, { ...empty, name: 'Empty too' }]);
    expect(both.rows).toEqual([]);
    expect(both.pairs[0]?.counts.unchanged).toBe(0);
    expect(both.pairs[0]?.summary[0]).toBe('Same responsibilities, owners, leads and notes as “Empty”.');
    const grow = compareScenarios([empty, a]);
    expect(grow.pairs[0]?.counts.added).toBe(5);
    expect(grow.pairs[0]?.summary[0]).toMatch(/^5 responsibilities are added: “Employee help desk”, “ERP system”, “Cloud and DevOps platform” and 2 more\.$/);
    const shrink = compareScenarios([a, empty]);
    expect(shrink.pairs[0]?.counts.removed).toBe(5);
  });

  it('compares four scenarios against the first, aligning every row', () => {
    const a = scenario('A', BASE);
    const b = scenario('B', [['a', 'Employee help desk', 'CTO'], ...BASE.slice(1)]);
    const c = scenario('C', [...BASE.slice(0, 4), ['f', 'Public website', 'CTO']]);
    const d = scenario('D', [['y', 'Employee help-desk', 'CIO'], ['f2', 'Public website', 'CIO']]);
    const comparison = compareScenarios([a, b, c, d]);
    expect(comparison.pairs.map((pair) => pair.index)).toEqual([1, 2, 3]);
    const help = rowOf(comparison, 'Employee help desk');
    expect(help.cells.map((cell) => cell?.item.owner ?? null)).toEqual(['CIO', 'CTO', 'CIO', 'CIO']);
    expect(kinds(help.changes[1])).toEqual(['moved']);
    expect(kinds(help.changes[2])).toEqual([]);
    expect(help.cells[3]?.match).toBe('title');
    // The website first appears in C; D's copy joins the same row by title.
    const website = rowOf(comparison, 'Public website');
    expect(website.cells.map((cell) => cell?.item.owner ?? null)).toEqual([null, null, 'CTO', 'CIO']);
    expect(kinds(website.changes[2])).toEqual(['added']);
    expect(kinds(website.changes[3])).toEqual(['added']);
    expect(kinds(rowOf(comparison, 'Technology budget').changes[2])).toEqual(['removed']);
    expect(comparison.rows).toHaveLength(6);
    for (const [index, entry] of comparison.scenarios.entries()) {
      for (const responsibility of entry.scenario.responsibilities) {
        const row = comparison.rowIndex[index]?.get(responsibility.id);
        expect(comparison.rows[row ?? -1]?.cells[index]?.item).toBe(responsibility);
      }
    }
  });

  it('orders rows by lane, then by position', () => {
    const comparison = compareScenarios([scenario('A', BASE)]);
    expect(comparison.rows.map((row) => row.title)).toEqual([
      'Employee help desk',
      'ERP system',
      'Cloud and DevOps platform',
      'Product development',
      'Technology budget',
    ]);
  });

  it('refuses zero or more than four scenarios', () => {
    expect(() => compareScenarios([])).toThrow(RangeError);
    const a = scenario('A', BASE);
    expect(() => compareScenarios([a, a, a, a, a])).toThrow(/1 to 4/);
  });

  it('is deterministic', () => {
    const a = scenario('A', BASE);
    const b = scenario('B', [['x', 'Help desk', 'CTO'], ['y', 'Product development work', 'CIO']]);
    const first = compareScenarios([a, b]);
    const second = compareScenarios([structuredClone(a), structuredClone(b)]);
    expect(second.rows.map((row) => [row.key, row.title, row.changes])).toEqual(first.rows.map((row) => [row.key, row.title, row.changes]));
    expect(second.pairs[0]?.summary).toEqual(first.pairs[0]?.summary);
  });
});

describe('compareScenarios: the guidance delta', () => {
  it('scores each scenario, fills the matrix and lists findings that appear and disappear with citations', () => {
    const a = scenario('Plan A', BASE);
    const b = scenario('Plan B', [
      ['b', 'ERP system', 'CIO'],
      ['c', 'Product development', 'CIO'],
      ['d', 'Cloud and DevOps platform', 'Shared', 'CTO'],
      ['e', 'Technology budget', 'Unassigned'],
    ]);
    const comparison = compareScenarios([a, b]);
    const [first, second] = comparison.scenarios;
    expect(first?.stats.score).toBe(first?.check.score);
    expect(second?.stats.conflicts).toBeGreaterThan(first?.stats.conflicts ?? 0);
    const delta = comparison.pairs[0]?.guidance;
    expect(delta?.scoreChange).toBe((second?.stats.score ?? 0) - (first?.stats.score ?? 0));
    const misplaced = delta?.appeared.find((change) => change.finding.ruleId === 'misplaced');
    expect(misplaced?.titles).toEqual(['Product development']);
    expect(misplaced?.finding.citations.length).toBeGreaterThan(0);
    const gap = delta?.appeared.find((change) => change.finding.ruleId === 'coverage-gap');
    expect(gap?.finding.topic?.id).toBe('service-desk');
    const summary = comparison.pairs[0]?.summary ?? [];
    expect(summary).toContain('1 responsibility is removed: “Employee help desk”.');
    expect(summary.some((sentence) => /^1 new conflict: “Product development”/.test(sentence))).toBe(true);
    expect(summary.some((sentence) => sentence.startsWith('1 new gap: Service desk'))).toBe(true);
    expect(summary.at(-1)).toMatch(/^Guidance score \d+ → \d+ \(−\d+\)\.$/);
    const reverse = compareScenarios([b, a]).pairs[0]?.summary ?? [];
    expect(reverse.some((sentence) => /^1 conflict resolved/.test(sentence))).toBe(true);
    expect(reverse.some((sentence) => sentence.startsWith('1 gap closed: Service desk'))).toBe(true);
  });

  it('matches card findings across independently built scenarios by row, not by id', () => {
    const a = scenario('Plan A', [['a', 'Product development', 'CIO']]);
    const b = scenario('Plan B', [['zz', 'Product development', 'CIO']]);
    const delta = compareScenarios([a, b]).pairs[0]?.guidance;
    expect(delta?.appeared).toEqual([]);
    expect(delta?.disappeared).toEqual([]);
  });

  it('counts a waived finding as waived, not resolved', () => {
    const a = scenario('Plan A', [['c', 'Product development', 'CIO']]);
    const findingId = compareScenarios([a]).scenarios[0]?.check.findings.find((f) => f.ruleId === 'misplaced')?.id;
    expect(findingId).toBeDefined();
    const b = { ...a, name: 'Plan B', waivers: [{ findingId: findingId ?? '', rationale: 'Interim', at: '2025-01-02T00:00:00.000Z' }] };
    const comparison = compareScenarios([a, b]);
    expect(comparison.scenarios[1]?.stats.waivers).toBe(1);
    const disappeared = comparison.pairs[0]?.guidance.disappeared.find((change) => change.finding.id === findingId);
    expect(disappeared?.resolution).toBe('waived');
    expect(comparison.pairs[0]?.summary).toContain('1 finding is waived rather than fixed.');
  });
});

describe('fuzzy matching at scale', () => {
  it('pairs 1,000 renamed cards in independently built scenarios', () => {
    const subjects = ['payroll', 'warehouse', 'storefront', 'ledger', 'fleet', 'kiosk', 'portal', 'catalogue'];
    const items: ItemSpec[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const word = subjects[i % subjects.length] ?? '';
      items.push([`a${i}`, `Run ${word} system zone${i} alpha${i}`, 'CIO']);
    }
    const renamed = items.map(([, title], i) => [`b${i}`, `${title} beta`, i % 2 ? 'CTO' : 'CIO'] as ItemSpec);
    const comparison = compareScenarios([scenario('A', items), scenario('B', renamed)]);
    expect(comparison.rows).toHaveLength(1000);
    expect(comparison.rows.every((row) => row.cells[1]?.match === 'fuzzy')).toBe(true);
    expect(comparison.rows.every((row) => row.cells[1]?.item.title === `${row.cells[0]?.item.title} beta`)).toBe(true);
    expect(comparison.pairs[0]?.counts.moved).toBe(500);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and guards against formula injection', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('=1,2')).toBe('"\'=1,2"');
    expect(csvField(-3)).toBe('-3');
    expect(toCsv([['a', 'b', 'c'], ['d']])).toBe('a,b,c\r\nd,,\r\n');
  });

  it('exports one tidy table: a record per responsibility per scenario with owner, lead, status and change', () => {
    const a = scenario('Plan A', BASE);
    const b = scenario('=Plan B', [['a', 'Employee help desk', 'CTO', undefined, 'Moved, "for now"'], ...BASE.slice(1)]);
    const comparison = compareScenarios([a, b]);
    const csv = comparisonToCsv(comparison);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Scenario,Responsibility,Owner,Lead,Status,Change,Note');
    expect(lines).toContain('Plan A,Employee help desk,CIO,,Aligned,Baseline,');
    expect(lines.some((line) => /^'=Plan B,Employee help desk,CTO,,(Error|Warning),Moved CIO → CTO; Note added,"Moved, ""for now"""$/.test(line))).toBe(true);
    expect(lines.some((line) => /^'=Plan B,Cloud and DevOps platform,Shared,CTO,\w[\w ]*,Unchanged,$/.test(line))).toBe(true);
    // Every responsibility once per scenario, all records equally wide, a final CRLF.
    expect(lines.length - 2).toBe(comparison.rows.length * 2);
    expect(csv.endsWith('\r\n')).toBe(true);
    const widths = new Set(lines.slice(0, -1).map((line) => line.replace(/"([^"]|"")*"/g, 'x').split(',').length));
    expect(widths).toEqual(new Set([7]));
  });

  it('records a responsibility a later scenario removed', () => {
    const a = scenario('Plan A', BASE);
    const b = scenario('Plan B', BASE.slice(1));
    const lines = comparisonToCsv(compareScenarios([a, b])).split('\r\n');
    expect(lines).toContain('Plan B,Employee help desk,,,,Removed,');
  });
});

describe('listNames', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
    [['A', 'B', 'C', 'D', 'E'], 'A, B, C and 2 more'],
  ])('%j → %s', (names, expected) => {
    expect(listNames(names)).toBe(expected);
  });
});

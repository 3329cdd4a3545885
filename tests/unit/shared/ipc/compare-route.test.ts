import { describe, expect, it } from 'vitest';
import { printUrl } from '../../../../electron/main/pdf-export.js';
import {
  isComparedList,
  parsePrintRouteHash,
  printRouteHash,
  type ComparedRef,
  type PdfOptions,
} from '../../../../shared/ipc/print-route.js';
import { exportPdfRequestSchema } from '../../../../shared/ipc/schemas.js';

const options: PdfOptions = { paper: 'letter', orientation: 'landscape', appendix: false };
const a: ComparedRef = { kind: 'scenario', scenarioId: '3f1c2a9e-0000-4000-8000-000000000001' };
const b: ComparedRef = { kind: 'scenario', scenarioId: 'b' };
const version: ComparedRef = { kind: 'version', scenarioId: '3f1c2a9e-0000-4000-8000-000000000001', versionId: 'v-1' };

describe('print route for a comparison', () => {
  it.each<[string, readonly ComparedRef[]]>([
    ['two scenarios', [a, b]],
    ['a scenario and its version', [a, version]],
    ['four, ids with the separators and escapes in them', [
      { kind: 'scenario', scenarioId: 'x,y' },
      { kind: 'scenario', scenarioId: 'a:b' },
      { kind: 'version', scenarioId: 'p q&r=s', versionId: '%41,:+' },
      { kind: 'scenario', scenarioId: 'ünï ☃' },
    ]],
  ])('round-trips %s', (_label, compare) => {
    const hash = printRouteHash({ scenarioId: '', compare, options });
    expect(hash).not.toContain('scenario=');
    expect(parsePrintRouteHash(hash)).toEqual({ scenarioId: '', compare, options });
  });

  it('keeps the scenario route as it was (no compare key)', () => {
    const route = { scenarioId: 'plan-1', options: { ...options, appendix: true } };
    expect(parsePrintRouteHash(printRouteHash(route))).toEqual(route);
  });

  it.each([
    ['one entry', 'compare=s%3Aa'],
    ['five entries', `compare=${encodeURIComponent('s:a,s:b,s:c,s:d,s:e')}`],
    ['an unknown kind', `compare=${encodeURIComponent('s:a,x:b')}`],
    ['a version without its scenario', `compare=${encodeURIComponent('s:a,v:b')}`],
    ['an extra part', `compare=${encodeURIComponent('s:a,s:b:c')}`],
    ['an empty id', `compare=${encodeURIComponent('s:a,s:')}`],
    ['a control character in an id', `compare=${encodeURIComponent(`s:a,s:${encodeURIComponent('b\n')}`)}`],
    ['nothing', 'compare='],
  ])('marks %s as an unusable comparison (empty list), never as a scenario print', (_label, query) => {
    const route = parsePrintRouteHash(`#/print?${query}&scenario=plan-1`);
    expect(route?.compare).toEqual([]);
    expect(route?.scenarioId).toBe('');
  });

  it('checks lists: 2 to 4 entries with printable ids', () => {
    expect(isComparedList([a, b])).toBe(true);
    expect(isComparedList([a])).toBe(false);
    expect(isComparedList([a, b, a, b, a])).toBe(false);
    expect(isComparedList([a, { kind: 'version', scenarioId: 'a', versionId: '' }])).toBe(false);
  });

  it('builds the hidden window URL for a comparison that the renderer parses back', () => {
    const url = new URL(printUrl({ compare: [a, version], options }));
    expect(url.href.startsWith('app://remit/index.html#/print?compare=')).toBe(true);
    expect(parsePrintRouteHash(url.hash)).toEqual({ scenarioId: '', compare: [a, version], options });
  });
});

describe('export:pdf request schema for a comparison', () => {
  const request = { compare: [a, version], suggestedName: 'Comparison A vs B.pdf', options };

  it('accepts 2 to 4 scenarios or versions', () => {
    expect(exportPdfRequestSchema.safeParse(request).success).toBe(true);
    expect(exportPdfRequestSchema.safeParse({ ...request, compare: [a, b, version, b] }).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['one entry', { ...request, compare: [a] }],
    ['five entries', { ...request, compare: [a, b, a, b, a] }],
    ['a scenario id as well', { ...request, scenarioId: 'b' }],
    ['an unknown kind', { ...request, compare: [a, { kind: 'file', scenarioId: 'x' }] }],
    ['a version without its id', { ...request, compare: [a, { kind: 'version', scenarioId: 'x' }] }],
    ['an extra field in an entry', { ...request, compare: [a, { ...b, path: '/etc' }] }],
    ['an empty id', { ...request, compare: [a, { kind: 'scenario', scenarioId: '' }] }],
    ['a folder in the name', { ...request, suggestedName: '../Comparison.pdf' }],
    ['an extra field', { ...request, extra: true }],
    ['not a list', { ...request, compare: 's:a,s:b' }],
  ])('refuses %s', (_label, value) => {
    expect(exportPdfRequestSchema.safeParse(value).success).toBe(false);
  });
});

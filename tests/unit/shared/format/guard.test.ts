import { describe, expect, it } from 'vitest';
import {
  BACKUP_STRUCTURE_LIMITS,
  SCENARIO_STRUCTURE_LIMITS,
  findHostileStructure,
  formatPath,
  scanJsonText,
  type StructureLimits,
} from '../../../../shared/format/guard.js';

const small: StructureLimits = { maxDepth: 3, maxEntries: 4, maxNodes: 20 };

describe('scanJsonText: counts on the raw text, before JSON.parse', () => {
  it.each([
    ['a flat object', '{"a":1,"b":"x","c":[1,2,3]}'],
    ['strings holding brackets, commas and escaped quotes', '{"a":"[[[[,,,,{{{{\\"]]]]","b":["\\\\",",",":"]}'],
    ['nesting exactly at the limit', '{"a":{"b":{"c":[1]}}}'],
    ['an array exactly at the limit', '[1,2,3,[true,false,null,-1]]'],
    ['whitespace everywhere', ' { "a" : [ 1 , 2 ] ,\n\t"b" : { } } '],
  ])('accepts %s', (_label, text) => {
    expect(scanJsonText(text, small)).toBeNull();
    // The walk over the parsed value agrees with the scan of its text.
    expect(findHostileStructure(JSON.parse(text), [], small)).toBeNull();
  });

  it.each([
    ['too deep', '{"a":{"b":{"c":{"d":{}}}}}', 'too-deep', 'a.b.c.d'],
    ['too deep in an array', '[[[[[1]]]]]', 'too-deep', '[0][0][0][0]'],
    ['an array too long', '{"a":[1,2,3,4,5]}', 'too-many-entries', 'a'],
    ['an array of objects too long', '{"a":[{},{},{},{},{}]}', 'too-many-entries', 'a'],
    ['an object with too many keys', '{"x":{"a":1,"b":2,"c":3,"d":4,"e":5}}', 'too-many-entries', 'x'],
    ['too many values in all', '{"a":[1,2,3,4],"b":[1,2,3,4],"c":[1,2,3,4],"d":[1,2,3,[1]]}', 'too-many-values', 'd[3]'],
  ])('refuses %s, naming where', (_label, text, kind, path) => {
    const scanned = scanJsonText(text, small);
    expect(scanned?.kind).toBe(kind);
    expect(formatPath(scanned?.path ?? [])).toBe(path);
    const walked = findHostileStructure(JSON.parse(text), [], small);
    expect(walked?.kind).toBe(kind);
  });

  it('stops at the first problem without reading millions of values', () => {
    const text = `{"responsibilities":[${'0,'.repeat(2_000_000)}0]}`;
    expect(scanJsonText(text, SCENARIO_STRUCTURE_LIMITS)).toMatchObject({ kind: 'too-many-entries', path: ['responsibilities'] });
  });

  it('never reports a problem in malformed text that is not there, and never throws', () => {
    for (const text of ['', ']', '}}}', '{"a":', '"unterminated', '[1,,2]', '{,}', '\\', '"\\']) {
      expect(() => scanJsonText(text, small)).not.toThrow();
    }
  });
});

describe('findHostileStructure: on parsed values', () => {
  it('refuses prototype keys at any depth, with the path', () => {
    const value = JSON.parse('{"a":[{"b":{"__proto__":{}}}]}') as unknown;
    expect(findHostileStructure(value)).toEqual({ kind: 'forbidden-key', key: '__proto__', path: ['a', 0, 'b', '__proto__'] });
  });

  it('checks an array\'s length before entering it', () => {
    const value = { list: new Array<number>(BACKUP_STRUCTURE_LIMITS.maxEntries + 1).fill(0) };
    expect(findHostileStructure(value)).toMatchObject({ kind: 'too-many-entries', path: ['list'] });
  });

  it('prefixes the base path', () => {
    expect(findHostileStructure({ constructor: 1 }, ['scenarios', 2])?.path).toEqual(['scenarios', 2, 'constructor']);
  });
});

describe('formatPath', () => {
  it('cuts long keys and escapes their control characters', () => {
    const path = formatPath(['k'.repeat(500), 0, 'a\u001b[2Jb\u202e']);
    expect(path.length).toBeLessThan(120);
    expect(path).toContain('a\\u001B[2Jb\\u202E');
  });
});

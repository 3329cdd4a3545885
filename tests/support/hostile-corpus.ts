/**
 * A deterministic corpus of hostile scenario files (issue 17): truncated, invalid UTF-8,
 * BOMs and UTF-16, deep nesting, huge arrays and strings under the 10 MB limit, control and
 * bidi characters in every text field, prototype keys at every level, wrong types, and seeded
 * random mutations of a valid file. Special files (a FIFO, a /dev/zero symlink) are made by the
 * tests themselves at run time. Each case is bytes, as a file on disk holds them.
 */

/** One hostile input. `big` cases are the expensive ones (megabytes). */
export interface HostileCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly big?: boolean;
}

const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** A valid scenario file every mutation starts from. */
export const VALID_SCENARIO = {
  format: 'remit.scenario',
  version: 1,
  id: 'plan-1',
  name: 'Board plan',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  context: { companySize: 'medium', focus: 'balanced', reportingLine: 'both-to-ceo' },
  responsibilities: [
    { id: 'r1', title: 'Run the employee service desk', owner: 'CIO' },
    { id: 'r2', title: 'Product architecture', owner: 'CTO', note: 'Owned with the platform team.' },
    { id: 'r3', title: 'Security operations', owner: 'Shared', lead: 'CIO' },
  ],
  waivers: [{ findingId: 'f1', rationale: 'Agreed with the board.', at: '2026-01-03T00:00:00.000Z' }],
  stances: { 'service-desk': 'CIO' },
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function clone(): { [key: string]: Json } {
  return JSON.parse(JSON.stringify(VALID_SCENARIO)) as { [key: string]: Json };
}

/** Small seeded generator (mulberry32), so the corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where text fields live in the valid file: a path and a setter. */
const TEXT_FIELDS: readonly [string, (file: { [key: string]: Json }, value: string) => void][] = [
  ['name', (file, value) => void (file.name = value)],
  ['title', (file, value) => void ((file.responsibilities as { [key: string]: Json }[])[0]!.title = value)],
  ['note', (file, value) => void ((file.responsibilities as { [key: string]: Json }[])[1]!.note = value)],
  ['card id', (file, value) => void ((file.responsibilities as { [key: string]: Json }[])[2]!.id = value)],
  ['rationale', (file, value) => void ((file.waivers as { [key: string]: Json }[])[0]!.rationale = value)],
  ['stance key', (file, value) => void (file.stances = { [value]: 'CIO' })],
  ['format', (file, value) => void (file.format = value)],
  ['version', (file, value) => void (file.version = value)],
];

const CONTROL_SAMPLES: readonly [string, string][] = [
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['BS', '\u0008'],
  ['ESC CSI clear', '\u001b[2J\u001b[H'],
  ['ESC OSC title', '\u001b]0;pwned\u0007'],
  ['CR redraw', 'ok\rFAKE'],
  ['DEL', '\u007f'],
  ['C1 NEL', '\u0085'],
  ['C1 CSI', '\u009b31m'],
  ['RLO', '\u202egnp.exe'],
  ['LRI/PDI', '\u2066x\u2069'],
  ['line separator', 'a\u2028b'],
  ['lone high surrogate', '\ud800'],
  ['lone low surrogate', '\udc00x'],
  ['vertical tab', '\u000b'],
  ['form feed', '\u000c'],
];

function deepArray(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function deepObject(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** The whole corpus, at least 500 cases. */
export function hostileCorpus(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (name: string, bytes: Uint8Array | string, big = false) =>
    cases.push({ name, bytes: typeof bytes === 'string' ? utf8(bytes) : bytes, ...(big ? { big } : {}) });
  const valid = JSON.stringify(VALID_SCENARIO, null, 2);
  const head = JSON.stringify({ ...VALID_SCENARIO, responsibilities: [] }).slice(0, -1);

  // Truncated at 120 points spread over the file (every prefix is refused as invalid JSON).
  for (let step = 0; step < 120; step += 1) {
    const at = Math.floor(((step + 1) * (valid.length - 1)) / 121);
    add(`truncated at byte ${at}`, valid.slice(0, at));
  }

  // Invalid UTF-8 and other encodings.
  const bad: [string, number[]][] = [
    ['lone continuation byte', [0x80]],
    ['Latin-1 é', [0xe9]],
    ['overlong slash', [0xc0, 0xaf]],
    ['truncated 3-byte sequence', [0xe2, 0x82]],
    ['surrogate encoded in UTF-8', [0xed, 0xa0, 0x80]],
    ['code point over U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['0xFF byte', [0xff]],
    ['0xFE byte', [0xfe]],
  ];
  const validBytes = utf8(valid);
  for (const [label, bytes] of bad) {
    for (const where of [1, Math.floor(validBytes.length / 2), validBytes.length - 2]) {
      const mutated = new Uint8Array(validBytes.length + bytes.length);
      mutated.set(validBytes.subarray(0, where));
      mutated.set(bytes, where);
      mutated.set(validBytes.subarray(where), where + bytes.length);
      add(`invalid UTF-8 (${label}) at byte ${where}`, mutated);
    }
  }
  const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
    const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    let offset = 0;
    const put = (code: number) => {
      out[offset++] = bigEndian ? code >> 8 : code & 0xff;
      out[offset++] = bigEndian ? code & 0xff : code >> 8;
    };
    if (bom) put(0xfeff);
    for (let index = 0; index < text.length; index += 1) put(text.charCodeAt(index));
    return out;
  };
  add('UTF-16 LE with BOM', utf16(valid, false, true));
  add('UTF-16 BE with BOM', utf16(valid, true, true));
  add('UTF-16 LE without BOM', utf16(valid, false, false));
  add('UTF-8 BOM twice', `\ufeff\ufeff${valid}`);
  add('UTF-8 BOM then garbage', '\ufeffnot json');
  add('UTF-32 LE BOM', new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0]));
  add('empty file', '');
  add('only whitespace', ' \n\t\r ');
  add('only a BOM', '\ufeff');
  add('NUL bytes', new Uint8Array(64));

  // Deep nesting, top level and inside an unknown field.
  for (const depth of [33, 34, 64, 1_000, 100_000, 1_000_000]) {
    add(`array nested ${depth} deep`, deepArray(depth), depth >= 100_000);
    add(`object nested ${depth} deep in an unknown field`, `${head},"responsibilities":[],"extra":${deepObject(depth)}}`, depth >= 100_000);
  }
  add('nesting inside a card', `${head},"responsibilities":[{"title":"x","owner":"CIO","x":${deepArray(200)}}]}`);

  // Huge arrays and strings under the 10 MB limit.
  const zeros = (count: number) => Array(count).fill('0').join(',');
  add('5 M zeros in responsibilities', `${head},"responsibilities":[${zeros(5_000_000)}]}`, true);
  add('5 M zeros in an unknown field', `${head},"responsibilities":[],"junk":[${zeros(5_000_000)}]}`, true);
  add('3.4 M empty objects', `${head},"responsibilities":[${Array(3_400_000).fill('{}').join(',')}]}`, true);
  add('250 arrays of 19,999 zeros', `${head},"responsibilities":[],${Array.from({ length: 250 }, (_, index) => `"f${index}":[${zeros(19_999)}]`).join(',')}}`, true);
  add('2 M empty strings', `${head},"responsibilities":[],"s":[${Array(2_000_000).fill('""').join(',')}]}`, true);
  add('1 M keys in one object', `${head},"responsibilities":[],"k":{${Array.from({ length: 1_000_000 }, (_, index) => `"${index}":0`).join(',')}}}`, true);
  add('20,001 cards', JSON.stringify({ ...VALID_SCENARIO, responsibilities: Array.from({ length: 20_001 }, (_, index) => ({ title: `t${index}`, owner: 'CIO' })) }), true);
  add('file of 10 MB + 1 byte', `${head},"responsibilities":[],"pad":"${'x'.repeat(10 * 1024 * 1024)}"}`, true);
  for (const [field, set] of TEXT_FIELDS) {
    const file = clone();
    set(file, 'x'.repeat(1_000_000));
    add(`1 MB string in ${field}`, JSON.stringify(file));
    const unicode = clone();
    set(unicode, '😀'.repeat(300_000));
    add(`1.2 MB of emoji in ${field}`, JSON.stringify(unicode));
  }
  add('1 MB unknown key', `${head},"responsibilities":[],"${'k'.repeat(1_000_000)}":1}`);
  add('1 MB key holding __proto__', `${head},"responsibilities":[],"${'k'.repeat(1_000_000)}":{"__proto__":1}}`);

  // Control and bidi characters in every text field, and in unknown keys.
  for (const [field, set] of TEXT_FIELDS) {
    for (const [label, sample] of CONTROL_SAMPLES) {
      const file = clone();
      set(file, `Payroll ${sample} end`);
      add(`${label} in ${field}`, JSON.stringify(file));
    }
  }
  for (const [label, sample] of CONTROL_SAMPLES) {
    add(`${label} in an unknown key`, `${head},"responsibilities":[],${JSON.stringify(`k${sample}`)}:{"__proto__":1}}`);
    add(`${label} raw in the JSON text`, `${head},"responsibilities":[],"a":"${sample}"}`);
  }

  // Prototype keys at every level.
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    const at: [string, (file: { [key: string]: Json }) => void][] = [
      ['the top level', (file) => Object.defineProperty(file, key, { value: { polluted: true }, enumerable: true })],
      ['context', (file) => Object.defineProperty(file.context as object, key, { value: { polluted: true }, enumerable: true })],
      ['a card', (file) => Object.defineProperty((file.responsibilities as object[])[0]!, key, { value: { polluted: true }, enumerable: true })],
      ['a waiver', (file) => Object.defineProperty((file.waivers as object[])[0]!, key, { value: { polluted: true }, enumerable: true })],
      ['stances', (file) => Object.defineProperty(file.stances as object, key, { value: 'CIO', enumerable: true })],
      ['an unknown field', (file) => void (file.extra = { deeper: JSON.parse(`{"${key}":{"polluted":true}}`) as Json })],
    ];
    for (const [where, put] of at) {
      const file = clone();
      put(file);
      add(`${key} in ${where}`, JSON.stringify(file));
    }
  }

  // Wrong types and values in every field.
  const wrongValues: Json[] = [null, true, 0, -1, 1e308, 'text', [], {}, [1, 2], { a: 1 }];
  const fields: [string, (file: { [key: string]: Json }, value: Json) => void][] = [
    ['format', (file, value) => void (file.format = value)],
    ['version', (file, value) => void (file.version = value)],
    ['name', (file, value) => void (file.name = value)],
    ['context', (file, value) => void (file.context = value)],
    ['responsibilities', (file, value) => void (file.responsibilities = value)],
    ['owner', (file, value) => void ((file.responsibilities as { [key: string]: Json }[])[0]!.owner = value)],
    ['lead', (file, value) => void ((file.responsibilities as { [key: string]: Json }[])[2]!.lead = value)],
    ['waivers', (file, value) => void (file.waivers = value)],
    ['stances', (file, value) => void (file.stances = value)],
    ['createdAt', (file, value) => void (file.createdAt = value)],
  ];
  for (const [field, set] of fields) {
    for (const value of wrongValues) {
      const file = clone();
      set(file, value);
      add(`${field} = ${JSON.stringify(value)}`, JSON.stringify(file));
    }
  }
  add('top level is an array', '[1,2,3]');
  add('top level is a string', '"remit.scenario"');
  add('top level is null', 'null');
  add('version 2 (newer)', JSON.stringify({ ...VALID_SCENARIO, version: 2 }));
  add('duplicate card ids', JSON.stringify({ ...VALID_SCENARIO, responsibilities: [VALID_SCENARIO.responsibilities[0], VALID_SCENARIO.responsibilities[0]] }));
  add('lead outside Shared', JSON.stringify({ ...VALID_SCENARIO, responsibilities: [{ title: 'x', owner: 'CIO', lead: 'CTO' }] }));

  // Seeded random byte mutations of the valid file.
  const next = random(17);
  for (let index = 0; index < 100; index += 1) {
    const bytes = Uint8Array.from(validBytes);
    const edits = 1 + Math.floor(next() * 4);
    for (let edit = 0; edit < edits; edit += 1) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
    add(`random mutation #${index}`, bytes);
  }
  return cases;
}

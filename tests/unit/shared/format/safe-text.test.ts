import { describe, expect, it } from 'vitest';
import {
  ECHO_LIMIT,
  echoText,
  echoValue,
  escapeControls,
  findUnsafeCharacter,
  neutralizeBidi,
  removeUnsafeCharacters,
} from '../../../../shared/format/safe-text.js';

// Anything a terminal acts on, and the bidi controls that reorder text.
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/; // eslint-disable-line no-control-regex -- the test looks for control characters

describe('escapeControls', () => {
  it.each([
    ['ESC', 'a\u001b[31mb', 'a\\u001B[31mb'],
    ['CR and LF', 'a\r\nb', 'a\\r\\nb'],
    ['NUL', 'a\u0000b', 'a\\u0000b'],
    ['C1 (CSI)', 'a\u009bb', 'a\\u009Bb'],
    ['RLO', 'a\u202eb', 'a\\u202Eb'],
    ['a lone surrogate', 'a\ud800b', 'a\\uD800b'],
    ['emoji unchanged', 'a🙂b', 'a🙂b'],
    ['accents unchanged', 'Œuvre é', 'Œuvre é'],
  ])('%s', (_label, input, expected) => {
    expect(escapeControls(input)).toBe(expected);
  });
});

describe('echoText and echoValue', () => {
  it('cut to the echo limit, escapes included, with an ellipsis', () => {
    const shown = echoText('\u202e'.repeat(1000));
    expect(shown.length).toBeLessThanOrEqual(ECHO_LIMIT);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toMatch(RAW_CONTROL);
  });

  it('never splits a surrogate pair or an escape', () => {
    const shown = echoText('🙂'.repeat(100), 11);
    expect(shown).toBe(`${'🙂'.repeat(5)}…`);
  });

  it('quote text and show other values as JSON', () => {
    expect(echoValue('x')).toBe('"x"');
    expect(echoValue(2)).toBe('2');
    expect(echoValue(undefined)).toBe('undefined');
    expect(echoValue({ a: 'b'.repeat(1_000_000) }).length).toBeLessThanOrEqual(ECHO_LIMIT);
  });
});

describe('stored text', () => {
  it.each([
    ['ESC', 'a\u001bb', 'U+001B'],
    ['NUL', '\u0000', 'U+0000'],
    ['DEL', '\u007f', 'U+007F'],
    ['NEL (C1)', '\u0085', 'U+0085'],
    ['a lone high surrogate', 'x\ud83d', 'U+D83D'],
    ['a lone low surrogate', '\ude00x', 'U+DE00'],
  ])('refuses %s', (_label, text, found) => {
    expect(findUnsafeCharacter(text)).toBe(found);
    expect(findUnsafeCharacter(removeUnsafeCharacters(text))).toBeNull();
  });

  it.each([['tab, line breaks', 'a\tb\r\nc'], ['emoji', '🙂'], ['RTL text with marks', 'שלום\u200f abc']])('keeps %s', (_label, text) => {
    expect(findUnsafeCharacter(text)).toBeNull();
    expect(removeUnsafeCharacters(text)).toBe(text);
  });
});

describe('neutralizeBidi', () => {
  it('removes embeddings, overrides and isolates, keeps marks and letters', () => {
    expect(neutralizeBidi('Pay\u202eroll\u202c \u2067x\u2069 \u200f שלום')).toBe('Payroll x \u200f שלום');
  });
});

describe('where text is displayed', () => {
  it('the print model, CSV cells and card labels show no bidi overrides', async () => {
    const { displayScenario } = await import('../../../../shared/format/safe-text.js');
    const { csvField } = await import('../../../../shared/compare/csv.js');
    const { cardLabel } = await import('../../../../renderer/features/board/card.js');
    const shown = displayScenario({ name: 'Plan\u202e', responsibilities: [{ title: 'Pay\u202eroll', note: 'a\u2066b' }] });
    expect(shown).toEqual({ name: 'Plan', responsibilities: [{ title: 'Payroll', note: 'ab' }] });
    expect(csvField('\u202e=cmd')).toBe("'=cmd");
    expect(cardLabel({ id: 'x' as never, title: 'Pay\u202eroll', owner: 'CIO' })).toBe('Payroll');
  });
});

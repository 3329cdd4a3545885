import { describe, expect, it } from 'vitest';
import { importErrorMessage } from '../../../../renderer/features/library/import-message.js';

const FILE = JSON.stringify({
  format: 'remit.scenario',
  version: 1,
  name: 'Plan',
  responsibilities: [
    { title: 'A', owner: 'CIO' },
    { title: 'B', owner: 'CTO' },
    { title: 'C', owner: 'CTO' },
    { title: 'Mobile app roadmap', owner: 'CFO' },
    { owner: 'CIO' },
  ],
});

describe('import error messages', () => {
  it('names the card by number and title and quotes the refused value', () => {
    const message = importErrorMessage(
      { path: 'responsibilities[3].owner', message: 'responsibilities[3].owner: expected one of CIO, CTO, Shared, Unassigned' },
      'plan.remit.json',
      FILE,
    );
    expect(message).toBe(
      'Could not read “plan.remit.json”: Card 4, “Mobile app roadmap”: owner “CFO” is not one of CIO, CTO, Shared, Unassigned. Nothing was changed.',
    );
  });

  it('says where once, ends the sentence, and works without a title', () => {
    const message = importErrorMessage(
      { path: 'responsibilities[4].title', message: 'responsibilities[4].title: is required (expected string)' },
      'x.json',
      FILE,
    );
    expect(message).toBe('Could not read “x.json”: Card 5: title is required (expected string). Nothing was changed.');
    expect(message.match(/responsibilities/g)).toBeNull();
  });

  it('adds the missing full stop to whole-file errors', () => {
    expect(importErrorMessage({ path: '', message: 'the file is larger than 10 MB, the most Remit reads' }, 'big.json', '')).toBe(
      'Could not read “big.json”: The file is larger than 10 MB, the most Remit reads. Nothing was changed.',
    );
  });

  it('keeps other paths as they are, once', () => {
    const message = importErrorMessage({ path: 'context.focus', message: 'context.focus: expected one of product, information, balanced' }, 'a.json', '{}');
    expect(message).toBe('Could not read “a.json”: context.focus: expected one of product, information, balanced. Nothing was changed.');
  });

  it('does not trust the file: odd text is not echoed, a broken file still gets a message', () => {
    const hostile = JSON.stringify({ responsibilities: [{ title: '\u202eevil\u0000', owner: { x: 1 } }] });
    const message = importErrorMessage({ path: 'responsibilities[0].owner', message: 'responsibilities[0].owner: expected string, got an object' }, 'h.json', hostile);
    expect(message).toBe('Could not read “h.json”: Card 1, “evil\\u0000”: owner expected string, got an object. Nothing was changed.');
    expect(importErrorMessage({ path: 'responsibilities[2].owner', message: 'x' }, 'b.json', '{not json')).toContain('Card 3: owner x.');
  });
});

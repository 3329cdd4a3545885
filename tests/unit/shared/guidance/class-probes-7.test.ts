/**
 * Classes the sixth pass fixed (issue 14), each with fresh phrasings written for the class, not
 * taken from any labelled set. One describe block per class.
 */
import { describe, expect, it } from 'vitest';
import { suggestOwner } from '../../../../shared/guidance/index.js';

describe('what the company sells is the product, whatever its own words say', () => {
  it.each([
    'Payroll software we sell to restaurants',
    'The HR platform we sell keeps timing out for large clients',
    'Servers for the game we sell',
    'Add single sign-on to the booking system we sell to hotels',
    'The printers we manufacture need a new firmware update',
    'Cut the cost of the smart thermostats we make',
    'Laptops that the company sells online',
    'Features customers pay for',
    'Spreadsheet add-ons sold to clients',
  ])('%j is the CTO’s', (text) => {
    expect(suggestOwner(text).owner).toBe('CTO');
  });

  it('keeps the CIO’s reading when nothing is sold', () => {
    for (const text of ['Payroll software for our staff', 'The decisions we make about laptops', 'Servers in the head office']) {
      expect(suggestOwner(text).owner, text).toBe('CIO');
    }
  });

  it('leads a shared topic from the product side when the thing is sold', () => {
    const suggestion = suggestOwner('Suppliers of the chips in the routers we sell');
    expect(suggestion.owner).toBe('Shared');
    expect(suggestion.lead).toBe('CTO');
  });
});

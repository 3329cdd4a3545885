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
    'Hosted database offering for developers',
    'IaaS offering',
  ])('%j is the CTO’s', (text) => {
    expect(suggestOwner(text).owner).toBe('CTO');
  });

  it('keeps the CIO’s reading when nothing is sold', () => {
    for (const text of ['Payroll software for our staff', 'The decisions we make about laptops', 'Servers in the head office', 'Training offering for staff']) {
      expect(suggestOwner(text).owner, text).toBe('CIO');
    }
  });

  it('leads a shared topic from the product side when the thing is sold', () => {
    const suggestion = suggestOwner('Suppliers of the chips in the routers we sell');
    expect(suggestion.owner).toBe('Shared');
    expect(suggestion.lead).toBe('CTO');
  });
});

describe('whose money technology is: the contested budget, however it is asked', () => {
  it.each([
    'Which cost centre should the tech spend sit in',
    'Who is the budget holder for technology',
    'Who controls the purse-strings for tech',
    'Who funds technology',
    'Funding for new technology across the company',
  ])('%j is the contested technology budget', (text) => {
    const suggestion = suggestOwner(text);
    expect(suggestion.owner).toBe('Contested');
    expect(suggestion.topic?.id).toBe('technology-budget');
  });

  it('keeps funding for one side’s system on that side', () => {
    expect(suggestOwner('Funding for the new ERP').owner).toBe('CIO');
    expect(suggestOwner('Funding for R&D').owner).toBe('CTO');
  });
});

describe('a disputed company-wide topic named on behalf of both IT and the product', () => {
  it.each([
    ['Money for IT and engineering next year', 'technology-budget'],
    ['Funding split between IT and product', 'technology-budget'],
    ['Architecture review board for IT and product', 'enterprise-architecture'],
  ])('%j is contested (%s)', (text, id) => {
    const suggestion = suggestOwner(text);
    expect(suggestion.owner).toBe('Contested');
    expect(suggestion.topic?.id).toBe(id);
  });

  it('leaves the two roles working together shared', () => {
    expect(suggestOwner('IT and product teams working together').owner).toBe('Shared');
  });
});

describe('"IT" names the company’s own technology: an inward cue', () => {
  it.each(['IT hotline', 'IT onboarding checklist', 'IT noticeboard', 'Walk-in IT bar'])('%j is the CIO’s', (text) => {
    expect(suggestOwner(text).owner).toBe('CIO');
  });

  it('never makes a finding from the audience alone', () => {
    const suggestion = suggestOwner('IT noticeboard');
    expect(suggestion.confidence).toBeLessThanOrEqual(0.65);
  });
});

describe('staff expenses are the finance systems’ (vocabulary)', () => {
  it.each(['Expense claims for the sales team', 'Mileage claims', 'Travel expenses app', 'Expense reprots', 'Company credit cards for managers'])(
    '%j is the CIO’s enterprise systems',
    (text) => {
      const suggestion = suggestOwner(text);
      expect(suggestion.owner).toBe('CIO');
      expect(suggestion.topic?.id).toBe('enterprise-systems');
    },
  );
});

describe('a device named with a word of making is the product, not office kit', () => {
  it.each([
    'Designing the next smartwatch',
    'Robot vacuum design',
    'Prototype drones',
    'Prototyping a new handset',
    'Protoype earbuds',
    'Redesign the tablet we launch next year',
  ])('%j is the CTO’s', (text) => {
    expect(suggestOwner(text).owner).toBe('CTO');
  });

  it('keeps office kit for staff with the CIO, design or not', () => {
    for (const text of ['Phone design for staff', 'Headsets for the call centre', 'Design of the office layout']) {
      expect(suggestOwner(text).owner, text).toBe('CIO');
    }
  });
});

describe('security named for the company’s own technology and the product is the whole, led by the CIO', () => {
  it.each([
    'Security of our systems and our product',
    'Securing our network and the app',
    'Security for our IT and our platform',
    'Cyber security for our own servers and our product',
  ])('%j is shared, the CIO leading', (text) => {
    const suggestion = suggestOwner(text);
    expect(suggestion.owner).toBe('Shared');
    expect(suggestion.lead).toBe('CIO');
  });

  it('keeps product security alone the product’s half: Shared, the CTO leading (§13)', () => {
    const suggestion = suggestOwner('Security of our product');
    expect([suggestion.owner, suggestion.lead]).toEqual(['Shared', 'CTO']);
  });
});

describe('the structure of what the company offers is product architecture (shared, the CTO leading)', () => {
  it.each([
    'Modular design of our devices and the cloud behind them',
    'Platform design review',
    'Structure of our product suite',
    'Technical architecture of our subscription platform',
    'Solution architecture for our customer platform',
  ])('%j is shared, the CTO leading', (text) => {
    const suggestion = suggestOwner(text);
    expect(suggestion.owner).toBe('Shared');
    expect(suggestion.lead).toBe('CTO');
  });

  it('keeps architecture named for the whole company, or for IT and the product, contested', () => {
    for (const text of ['Technical architecture for the whole company', 'Architecture board for IT and product', 'Enterprise architecture']) {
      expect(suggestOwner(text).owner, text).toBe('Contested');
    }
  });
});

describe('one- and two-word titles of the field the vocabulary lacked', () => {
  it.each([
    ['Algorithms', 'CTO'],
    ['Ranking algorithm', 'CTO'],
    ['Robotics', 'CTO'],
    ['Digital twins', 'CTO'],
    ['Edge computing', 'CTO'],
    ['Shopify store', 'CTO'],
    ['Compiler upgrades', 'CTO'],
    ['Product telemetry', 'CTO'],
    ['Helpline', 'CIO'],
    ['Staff hotline', 'CIO'],
    ['Applicant tracking', 'CIO'],
    ['Recruiting software', 'CIO'],
    ['E-learning', 'CIO'],
    ['Mandatory training', 'CIO'],
  ])('%j is the %s’s', (text, owner) => {
    expect(suggestOwner(text).owner).toBe(owner);
  });
});

describe('buying words with a department as the audience are that department’s process, not vendor relations', () => {
  it.each([
    'Faster sign-off of purchase requests for the marketing department',
    'Purchasing workflow for the office managers',
    'A searchable archive of the legal department’s contracts',
    'Streamline purchasing for the warehouse',
  ])('%j is the CIO’s', (text) => {
    expect(suggestOwner(text).owner).toBe('CIO');
  });

  it('keeps vendor relations shared when a vendor or supplier is named, or no department is', () => {
    for (const text of ['Vendors for the finance team', 'Contracts with suppliers for the office', 'Procurement', 'IT procurement']) {
      expect(suggestOwner(text).owner, text).toBe('Shared');
    }
  });
});

describe('automation compared with other organisations is shared, the CTO leading (cio-vs-cto §12)', () => {
  it.each(['Benchmark our automation against competitors', 'How automated are our peers compared with us', 'Compare how far the industry has automated its back office with our own level'])(
    '%j',
    (text) => {
      const suggestion = suggestOwner(text);
      expect(suggestion.owner).toBe('Shared');
      expect(suggestion.topic?.id).toBe('automation');
      expect(suggestion.lead).toBe('CTO');
    },
  );

  it('keeps the CIO leading automation otherwise', () => {
    expect(suggestOwner('Automation roadmap').lead).toBe('CIO');
    expect(suggestOwner('Robotic process automation for the payroll team').lead).toBe('CIO');
  });
});

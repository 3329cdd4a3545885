/**
 * Classes the eighth pass fixed (issue 14) after reading frozen-6's misses, each with fresh
 * phrasings written for the class, not taken from any labelled set. One describe block per
 * class; the harness is class-probes.ts.
 */
import { describe } from 'vitest';
import { probeClass } from './class-probes.js';

describe('security practice named for the company’s own systems is §13’s internal half (Shared, the CIO leading)', () => {
  probeClass([
    ['Encrypt the backup drives in the office', 'Shared/CIO'],
    ['Malware cleanup on the accounting PCs', 'Shared/CIO'],
    ['Remove local admin from the sales laptops', 'Shared/CIO'],
    ['Patch the file servers after the breach', 'Shared/CIO'],
  ]);
});

describe('security practice named for the product is §13’s product half (Shared, the CTO leading)', () => {
  probeClass([
    ['Pen test of the booking website before go-live', 'Shared/CTO'],
    ['Two-factor sign-in for our banking app customers', 'Shared/CTO'],
    ['Secure coding checklist for the app developers', 'Shared/CTO'],
    ['Fix the vulnerabilities customers reported in our API', 'Shared/CTO'],
  ]);
});

describe('renegotiating with a vendor is vendor relations (§15: Shared, the lead by the side it serves)', () => {
  probeClass([
    ['Renegotiate the Salesforce contract for the sales team', 'Shared/CIO'],
    ['Renegotiating terms with the chip supplier for our thermostat', 'Shared/CTO'],
  ]);
});

describe('both roles placed relative to the CEO are the disputed reporting line', () => {
  probeClass([
    ['Should the CTO sit beside the CIO under the CEO?', 'Contested', 'reporting-line'],
    ['Whether the CIO and the CTO both answer to the CEO', 'Contested', 'reporting-line'],
  ]);
});

describe('a disputed topic’s ordinary word describing one side’s thing is that side’s', () => {
  probeClass([
    ['A budgeting feature for the customers of our banking app', 'CTO'],
    ['Strategy game mode for players of our app', 'CTO'],
  ]);
});

describe('the office’s own kit and systems, in the words staff use', () => {
  probeClass([
    ['Wireless coverage in the warehouse', 'CIO'],
    ['Staff cannot open their payslips', 'CIO'],
    ['EMR rollout for the clinic staff', 'CIO'],
    ['Expense app for field staff', 'CIO'],
    ['Replace a broken monitor at reception', 'CIO'],
    ['Engineers need their work email on mobile', 'CIO'],
    ['New tablets for the claims adjusters', 'CIO'],
    ['Dual screens for the underwriters', 'CIO'],
  ]);
});

describe('what the company makes and shows, and who uses it', () => {
  probeClass([
    ['Public beta of the new game', 'CTO'],
    ['Demo of the new smartwatch at the trade show', 'CTO'],
    ['Lower latency for listeners of our podcast app', 'CTO'],
    ['Longer battery in the scooters we make', 'CTO'],
  ]);
});

describe('the company’s presence in its industry’s bodies and events is the CTO’s external relations', () => {
  probeClass([
    ['Sit on the industry body for open banking', 'CTO', 'external-relations'],
    ['Keynote at the retail tech conference', 'CTO', 'external-relations'],
  ]);
});

describe('security testing of the product (bug bounties, threat models, hardening its servers) is §13’s product half', () => {
  probeClass([
    ['Bug bounty for our mobile app', 'Shared/CTO'],
    ['Threat modelling for the new checkout feature', 'Shared/CTO'],
    ['Hardening the servers that run our SaaS', 'Shared/CTO'],
    ['Keeping customer payment data safe in our app', 'Shared/CTO'],
  ]);
});

describe('British and American spellings are one word ("analyse" and "analyze")', () => {
  probeClass([
    ['Analyze the sales figures for the board', 'Shared/CIO', 'business-intelligence'],
    ['Analyse sales data for the board', 'Shared/CIO', 'business-intelligence'],
    ['Data analysis for the HR team', 'Shared/CIO', 'business-intelligence'],
  ]);
});

describe('a screen or display being prototyped is the product; the lobby is the office', () => {
  probeClass([
    ['Prototyping a foldable screen', 'CTO'],
    ['Design of the display for our next e-reader', 'CTO'],
    ['Kiosks in the lobby', 'CIO'],
  ]);
});

/**
 * The field vocabulary, industry by industry (shared/guidance/vocabulary-industries.ts): its
 * terms place titles written the way executives of each industry type them, and the list keeps
 * the rules that stop a term firing on unrelated titles. The phrasings below were written for
 * this file, not drawn from any labelled set.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FIELD_TERMS, suggestOwner } from '../../../../shared/guidance/index.js';
import { INDUSTRY_TERMS } from '../../../../shared/guidance/vocabulary-industries.js';
import { TOPICS } from '../../../../shared/guidance/topics.js';
import { INWARD_CUES, OUTWARD_CUES } from '../../../../shared/guidance/vocabulary.js';
import { contentWords } from '../../../../shared/guidance/words.js';

const require = createRequire(import.meta.url);
/** WordNet's word list (via wink-lexicon, which the lexicon generator reads too) and its common forms. */
const ENGLISH: ReadonlySet<string> = new Set([
  ...Object.keys(require('wink-lexicon/src/wn-words.js') as Record<string, unknown>),
  ...Object.keys(require('wink-lexicon/src/lexicon.js') as Record<string, unknown>),
]);

/**
 * One-word forms that are also English words, each reviewed: a product or domain name whose
 * everyday sense does not turn up in a title about technology ownership.
 */
const REVIEWED_WORDS: ReadonlySet<string> = new Set([
  'eln', // electronic lab notebook; the English "eln" (an ell) is archaic
  'mollie', // the payments provider; a given name otherwise
  'infotainment', // in-car systems; its general sense is also about the product
  'clio', // the legal practice system; a muse otherwise
  'avionics', // the aircraft's electronics: always the product of an aerospace firm
  'hyperion', // Oracle's planning suite; a Titan otherwise
  'yammer', // Microsoft's staff network; the verb does not occur in plans
  'asana', // the work-management tool; a yoga posture otherwise
  'iga', // identity governance and administration; an antibody class otherwise
  'cli', // a command-line interface; listed by WordNet as an abbreviation only
  'firebase', // Google's app backend; a military fire base otherwise
]);

const normal = (form: string): string => form.replace(/[\s-]+/g, ' ').trim();

describe('the industry vocabulary (its rules)', () => {
  it('holds several hundred forms in terms of many topics', () => {
    const forms = INDUSTRY_TERMS.flatMap((term) => term.forms);
    expect(forms.length).toBeGreaterThanOrEqual(500);
    expect(new Set(INDUSTRY_TERMS.map((term) => term.topic)).size).toBeGreaterThanOrEqual(15);
  });

  it('is part of FIELD_TERMS', () => {
    for (const term of INDUSTRY_TERMS) expect(FIELD_TERMS).toContain(term);
  });

  it('repeats no token and no form anywhere in FIELD_TERMS (spacing and hyphens ignored across terms)', () => {
    const tokens = FIELD_TERMS.map((term) => term.token);
    expect(tokens.filter((token, index) => tokens.indexOf(token) !== index)).toEqual([]);
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const term of FIELD_TERMS) {
      const own = new Set<string>();
      for (const form of term.forms) {
        if (own.has(form)) clashes.push(`${form} twice in ${term.token}`);
        own.add(form);
        const key = normal(form);
        const earlier = owner.get(key);
        if (earlier !== undefined && earlier !== term.token) clashes.push(`${form} in ${earlier} and ${term.token}`);
        owner.set(key, term.token);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('uses no ordinary English word as a one-word form unless it was reviewed, and no form under three characters', () => {
    const risky: string[] = [];
    for (const term of INDUSTRY_TERMS) {
      for (const form of term.forms) {
        expect(form.replace(/[^a-z0-9]/g, '').length, form).toBeGreaterThanOrEqual(3);
        expect(form, 'forms are lower case').toBe(form.toLowerCase());
        if (/^[a-z0-9]+$/.test(form) && ENGLISH.has(form) && !REVIEWED_WORDS.has(form)) risky.push(form);
      }
    }
    expect(risky).toEqual([]);
  });

  it('uses tokens a title could not contain by chance (no English word unless it is the term itself)', () => {
    for (const term of INDUSTRY_TERMS) {
      expect(term.token, term.token).toMatch(/^[a-z0-9]+$/);
      if (!term.forms.includes(term.token)) expect(ENGLISH.has(term.token), term.token).toBe(false);
    }
  });

  it('rewrites no signal, hint or label of the knowledge base, and no audience cue, into one of its tokens', () => {
    // A signal read as a token loses its words, and with them the word families the lexicon
    // gives the knowledge base's own words ("mobile banking" would take "banking" out of them).
    const tokens = new Set(INDUSTRY_TERMS.map((term) => term.token));
    const swallowed: string[] = [];
    for (const topic of TOPICS) {
      for (const text of [topic.label, ...topic.signals, ...(topic.hints ?? [])]) {
        if (contentWords(text).some((word) => tokens.has(word))) swallowed.push(`${topic.id}: ${text}`);
      }
    }
    for (const cue of [...INWARD_CUES, ...OUTWARD_CUES]) if (contentWords(cue).some((word) => tokens.has(word))) swallowed.push(cue);
    expect(swallowed).toEqual([]);
  });

  it('keeps each reviewed word in the list (a stale entry would hide a new one)', () => {
    const forms = new Set(INDUSTRY_TERMS.flatMap((term) => term.forms));
    for (const word of REVIEWED_WORDS) expect(forms.has(word), word).toBe(true);
  });
});

/** [title, owner or "Shared/lead"], grouped by industry. */
const PHRASINGS: readonly (readonly [string, string])[] = [
  // Healthcare and life sciences
  ['Epic EHR go-live on the surgical wards', 'CIO'],
  ['Move radiology onto a new PACS', 'CIO'],
  ['Replace the LIMS in the pathology lab', 'CIO'],
  ['Electronic prescribing for the pharmacy team', 'CIO'],
  ['Patient administration system upgrade at both hospitals', 'CIO'],
  ['Meditech licences for the clinics', 'CIO'],
  ['CTMS for the study coordinators', 'CIO'],
  ['Veeva Vault for the regulatory affairs team', 'CIO'],
  ['Telehealth visits for patients at home', 'CTO'],
  ['IEC 62304 compliance for the insulin pump software', 'CTO'],
  ['Patient portal sign-in problems', 'CTO'],
  ['Remote patient monitoring for heart-failure patients', 'CTO'],
  // Hospitality and travel
  ['Move the front desk to Opera PMS', 'CIO'],
  ['Hotel PMS for the new resort', 'CIO'],
  ['Kitchen display screens in every restaurant', 'CIO'],
  ['Toast POS for the new branches', 'CIO'],
  ['Nurse rostering for the night shifts', 'CIO'],
  ['Crew rostering for cabin staff', 'CIO'],
  ['Booking engine on the resort website', 'CTO'],
  ['Online check-in for passengers', 'CTO'],
  ['Mobile ordering for coffee shop customers', 'CTO'],
  ['Mobile boarding passes', 'CTO'],
  // Retail
  ['Order management system for the warehouse team', 'CIO'],
  ['EDI messages with the distribution centres', 'CIO'],
  ['Headless commerce rebuild of the storefront', 'CTO'],
  ['Klarna at checkout', 'CTO'],
  ['Product detail pages load too slowly', 'CTO'],
  ['Store locator in the shopping app', 'CTO'],
  // Automotive
  ['Dealer management system for the showrooms', 'CIO'],
  ['Infotainment system in next year’s models', 'CTO'],
  ['ADAS software for the new SUV', 'CTO'],
  ['Telematics unit in the new van range', 'CTO'],
  ['AUTOSAR migration for the ECUs', 'CTO'],
  ['Apple CarPlay in the hatchback', 'CTO'],
  // Logistics
  ['TMS for our own delivery fleet', 'CIO'],
  ['Rugged handhelds for the pickers', 'CIO'],
  ['Yard management system at the distribution centre', 'CIO'],
  ['Shipment tracking page for customers', 'CTO'],
  // Legal and professional services
  ['Move the firm’s documents into iManage', 'CIO'],
  ['NetDocuments for the litigation team', 'CIO'],
  ['Clio for our fee earners', 'CIO'],
  ['Practice management system replacement', 'CIO'],
  ['Digital dictation for secretaries', 'CIO'],
  ['Kantata for consultant utilisation', 'CIO'],
  // Banking, markets and insurance
  ['Core banking system replacement', 'CIO'],
  ['Temenos upgrade', 'CIO'],
  ['Bloomberg terminals for the trading desk', 'CIO'],
  ['Guidewire PolicyCenter for our underwriters', 'CIO'],
  ['Claims management system for the adjusters', 'CIO'],
  ['Policyholder portal outage', 'CTO'],
  ['Digital wallet for our cardholders', 'CTO'],
  ['Internet banking outage on payday', 'CTO'],
  ['Card issuing platform for the new credit card', 'CTO'],
  // Telecoms
  ['BSS consolidation after the merger', 'CIO'],
  ['Open RAN trials on our mobile network', 'CTO'],
  ['Network slicing for enterprise customers', 'CTO'],
  // Media and streaming
  ['OTT launch on Roku and Fire TV', 'CTO'],
  ['Video transcoding costs for the catalogue', 'CTO'],
  ['WordPress rebuild of the magazine', 'CTO'],
  ['DRM for the new film library', 'Shared/CTO'],
  // Games
  ['Unreal Engine upgrade for the sequel', 'CTO'],
  ['Liveops calendar for the battle pass', 'CTO'],
  ['Netcode for the shooter', 'CTO'],
  ['Anti-cheat for ranked matches', 'Shared/CTO'],
  // Devices, embedded, chips, aerospace
  ['FreeRTOS on the thermostat', 'CTO'],
  ['FPGA design for the radar', 'CTO'],
  ['Zigbee support in the smart plug', 'CTO'],
  ['CE marking for the e-bike', 'CTO'],
  ['Avionics software certification', 'CTO'],
  // Manufacturing, energy, property
  ['CMMS for the maintenance engineers', 'CIO'],
  ['SCADA upgrade at the bottling plant', 'CIO'],
  ['OT security at the refinery', 'Shared/CIO'],
  ['Epicor rollout to the plants', 'CIO'],
  ['Procore for site managers', 'CIO'],
  ['Yardi for the lettings team', 'CIO'],
  // Charities and schools
  ['Raiser’s Edge for the fundraising team', 'CIO'],
  ['Student information system for registry staff', 'CIO'],
  // Every industry: the company's own systems
  ['Ping Identity federation for staff logins', 'CIO'],
  ['SailPoint access certifications', 'CIO'],
  ['CyberArk vault for admin accounts', 'Shared/CIO'],
  ['Qualys scans of the office estate', 'Shared/CIO'],
  ['Vanta evidence collection', 'CIO'],
  ['Anaplan for the finance team', 'CIO'],
  ['Zendesk for the support agents', 'CIO'],
  ['Cornerstone OnDemand for compliance courses', 'CIO'],
  ['Laptop refresh for the sales team', 'CIO'],
  ['PaperCut on the office printers', 'CIO'],
  ['SCCM patching', 'CIO'],
  ['Fivetran pipelines', 'CIO'],
  ['ThoughtSpot for the finance team', 'Shared/CIO'],
  ['Zapier workflows for the ops team', 'Shared/CIO'],
  ['ServiceMax for field engineers', 'CIO'],
  ['Flexera for licence audits', 'CIO'],
  ['HaloITSM', 'CIO'],
  ['Yammer communities for staff', 'CIO'],
  ['Staffbase', 'CIO'],
  // Every industry: what the company sells
  ['Serverless backend for the mobile app', 'CTO'],
  ['Recommender system for the shop', 'CTO'],
  ['Auth0 for customer logins', 'CTO'],
  ['App marketplace listing for our integrations', 'CTO'],
  ['MLOps', 'CTO'],
  ['Alexa skill for reordering', 'CTO'],
  ['Move the app backend to Firebase', 'CTO'],
  ['Hotjar recordings of shopper sessions', 'CTO'],
  ['OCPP certification for the wallbox', 'CTO'],
  ['Adobe Acrobat licences for the legal team', 'CIO'],
  ['Lucidchart for the process mapping team', 'CIO'],
];

describe('the industry vocabulary (titles it places)', () => {
  it('holds at least 60 phrasings', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(PHRASINGS)('%j → %s', (text, placement) => {
    const suggestion = suggestOwner(text);
    const [owner, lead] = placement.split('/');
    expect(suggestion.owner).toBe(owner);
    if (owner === 'Shared') expect(suggestion.lead).toBe(lead);
    expect(suggestion.match).toBe('phrase');
  });
});

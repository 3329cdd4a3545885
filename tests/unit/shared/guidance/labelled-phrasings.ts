/**
 * A labelled set of responsibility phrasings, written the way executives write them and kept
 * out of the starter catalog, each with the owner the sources point to and the section that
 * says so. Used by the accuracy test and by the bench, which prints the figure.
 */
import type { Role } from '../../../../shared/model/index.js';
import {
  suggestOwner,
  type Citation,
  type Suggestion,
  type SuggestedOwner,
} from '../../../../shared/guidance/index.js';

/** One labelled phrasing. */
export interface LabelledPhrasing {
  readonly text: string;
  readonly owner: Exclude<SuggestedOwner, 'Unknown'>;
  /** Expected lead when `owner` is Shared. */
  readonly lead?: Role;
  /** The section that supports the label. */
  readonly section: Citation;
}

const cv = (section: Extract<Citation, { source: 'cio-vs-cto' }>['section']): Citation => ({
  source: 'cio-vs-cto',
  section,
});
const io = (section: Extract<Citation, { source: 'inward-outward' }>['section']): Citation => ({
  source: 'inward-outward',
  section,
});

const CIO_DOES = cv('cio-role');
const CTO_DOES = cv('cto-role');
const POSITION = cv('3');
const JOB_OUTLOOK = cv('5');
const WORKLOAD = cv('7');
const AUTOMATION = cv('12');
const SECURITY = cv('13');
const ANALYTICS = cv('14');
const VENDORS = cv('15');
const INFRASTRUCTURE = cv('16');
const COMPUTER_DATA = cv('17');
const PRODUCT_ARCHITECTURE = cv('19');
const SUMMARY = cv('20');
const STEP_1 = cv('step-1');
const STEP_2 = cv('step-2');
const STEP_3 = cv('step-3');
const STEP_4 = cv('step-4');
const STEP_5 = cv('step-5');
const STEP_6 = cv('step-6');
const STEP_7 = cv('step-7');
const CTO_ROLE = io('cto-role');
const HOW_DIFFER = io('cio-differs');
const C_SUITE = cv('9');

/** The labelled set. Readonly data; none of these texts is a catalog title. */
export const LABELLED_PHRASINGS: readonly LabelledPhrasing[] = [
  // Inward: CIO
  { text: 'Keep the lights on for our office network and Wi-Fi', owner: 'CIO', section: INFRASTRUCTURE },
  { text: 'Make sure employees get a broken laptop fixed within a day', owner: 'CIO', section: CIO_DOES },
  { text: 'Run the 24/7 IT helpline for staff', owner: 'CIO', section: STEP_1 },
  { text: 'Roll out the new ERP across finance and procurement', owner: 'CIO', section: COMPUTER_DATA },
  { text: 'Own the Salesforce CRM instance our sales reps use', owner: 'CIO', section: COMPUTER_DATA },
  { text: 'Patch and back up all corporate servers', owner: 'CIO', section: POSITION },
  { text: 'Migrate the data centre to a colocation facility', owner: 'CIO', section: POSITION },
  { text: 'Phishing simulations and security awareness for all staff', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Set password and access policies for employees', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Respond to cyber incidents on the corporate network', owner: 'CIO', section: SECURITY },
  { text: 'Get us ISO 27001 certified', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Chair the IT steering committee and set governance rules', owner: 'CIO', section: SUMMARY },
  { text: 'Keep an IT risk register and present it to the audit committee', owner: 'CIO', section: SUMMARY },
  { text: 'Cut our software licence costs by 15%', owner: 'CIO', section: JOB_OUTLOOK },
  { text: 'Decide which IT projects get funded this year', owner: 'CIO', section: STEP_1 },
  { text: 'Renegotiate our contracts with IT vendors and outsourcers', owner: 'Shared', lead: 'CIO', section: VENDORS },
  { text: 'Manage the relationship with our managed service provider', owner: 'Shared', lead: 'CIO', section: VENDORS },
  { text: 'Hire and develop the IT operations team', owner: 'CIO', section: CIO_DOES },
  { text: 'Teach employees how to get the most out of Microsoft 365', owner: 'CIO', section: CIO_DOES },
  { text: 'Digitise paper-based approval processes in HR and finance', owner: 'CIO', section: STEP_2 },
  { text: 'Streamline the order-to-cash process with better systems', owner: 'CIO', section: POSITION },
  { text: 'Build dashboards so the leadership team can track KPIs', owner: 'Shared', lead: 'CIO', section: ANALYTICS },
  { text: 'Monthly management reporting out of the data warehouse', owner: 'Shared', lead: 'CIO', section: ANALYTICS },
  { text: 'Define one master data standard for customer records', owner: 'CIO', section: ANALYTICS },
  { text: 'Data governance and data quality across departments', owner: 'CIO', section: ANALYTICS },
  { text: 'Understand what each department needs from IT and prioritise', owner: 'CIO', section: CIO_DOES },
  { text: 'Standardise collaboration tools across the company', owner: 'CIO', section: STEP_4 },
  { text: 'Retire duplicate internal applications', owner: 'CIO', section: STEP_4 },
  { text: 'Align the IT plan with the three-year business plan', owner: 'CIO', section: SUMMARY },
  { text: 'Onboard and offboard staff accounts and equipment', owner: 'CIO', section: CIO_DOES },
  { text: 'Disaster recovery and business continuity for core systems', owner: 'CIO', section: STEP_4 },
  { text: 'Integrate the HR and payroll systems', owner: 'CIO', section: STEP_1 },
  { text: 'Mobile device management for company phones', owner: 'CIO', section: CIO_DOES },
  { text: 'Look after the IT service management tool and ticket queues', owner: 'CIO', section: STEP_1 },
  { text: 'Reduce IT operating costs year over year', owner: 'CIO', section: JOB_OUTLOOK },
  { text: 'Be the face of the IT department to the rest of the business', owner: 'CIO', section: STEP_5 },
  { text: 'Keep our email and video calls running smoothly', owner: 'CIO', section: CIO_DOES },
  { text: 'Get everyone onto single sign-on', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Printers, desk phones and meeting-room kit', owner: 'CIO', section: CIO_DOES },
  { text: 'Run the shared-services IT team in Manila', owner: 'CIO', section: CIO_DOES },
  { text: 'Measure the return on every IT investment', owner: 'CIO', section: ANALYTICS },
  { text: 'Train the sales team on the new CRM', owner: 'CIO', section: CIO_DOES },
  { text: 'Implement the new procurement platform', owner: 'Shared', lead: 'CIO', section: COMPUTER_DATA },
  { text: 'Reduce downtime of the warehouse management system', owner: 'CIO', section: WORKLOAD },
  { text: 'Firewall rules and endpoint protection on every PC', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Work out with department heads what systems they need', owner: 'CIO', section: WORKLOAD },

  // Outward: CTO
  { text: 'Ship the next version of our mobile banking app', owner: 'CTO', section: STEP_1 },
  { text: 'Build the customer portal where clients track orders', owner: 'CTO', section: COMPUTER_DATA },
  { text: 'Redesign the public website and online checkout', owner: 'CTO', section: STEP_1 },
  { text: 'Lead the engineers building our SaaS platform', owner: 'CTO', section: WORKLOAD },
  { text: 'Own the product roadmap for the next 18 months', owner: 'CTO', section: SUMMARY },
  { text: 'Evaluate generative AI for our product line', owner: 'CTO', section: CTO_ROLE },
  { text: 'Scout emerging technologies that could disrupt our market', owner: 'CTO', section: CTO_ROLE },
  { text: 'Run the innovation lab and its prototypes', owner: 'CTO', section: SUMMARY },
  { text: 'File patents on our core algorithms', owner: 'CTO', section: SUMMARY },
  { text: 'Secure coding standards and code reviews for the dev team', owner: 'Shared', lead: 'CTO', section: SECURITY },
  { text: 'Pen-test the customer app before each release', owner: 'Shared', lead: 'CTO', section: SECURITY },
  { text: 'Protect customer data stored in our product', owner: 'Shared', lead: 'CTO', section: SECURITY },
  {
    text: 'Keep the public API and developer docs current for partners',
    owner: 'CTO',
    section: COMPUTER_DATA,
  },
  { text: 'Set up CI/CD so we can deploy several times a day', owner: 'CTO', section: WORKLOAD },
  { text: 'Pay down technical debt in the core product', owner: 'CTO', section: WORKLOAD },
  { text: 'Choose the programming languages and frameworks for the product', owner: 'CTO', section: STEP_6 },
  { text: 'Recruit senior software engineers', owner: 'CTO', section: CTO_ROLE },
  { text: 'Grow an engineering culture of ownership', owner: 'CTO', section: CTO_ROLE },
  { text: 'Pitch our technology to investors during the fundraise', owner: 'CTO', section: SUMMARY },
  { text: 'Speak at industry conferences about what we build', owner: 'CTO', section: CTO_DOES },
  { text: 'Build partnerships with hardware suppliers for our devices', owner: 'Shared', lead: 'CTO', section: POSITION },
  { text: 'Find new markets for our technology', owner: 'CTO', section: CTO_DOES },
  { text: 'Launch a data product we can sell to retailers', owner: 'CTO', section: ANALYTICS },
  { text: 'Build the recommendation engine in our e-commerce store', owner: 'Shared', lead: 'CTO', section: ANALYTICS },
  { text: 'Improve the user experience of our checkout flow', owner: 'CTO', section: STEP_4 },
  { text: 'Assess the current state of our technology and its gaps', owner: 'CTO', section: CTO_ROLE },
  { text: 'Research how competitors use machine learning', owner: 'CTO', section: AUTOMATION },
  {
    text: 'Deliver the new features customers keep asking for',
    owner: 'CTO',
    section: cv('2'),
  },
  { text: 'Develop the firmware for our connected products', owner: 'CTO', section: POSITION },
  { text: 'Developer relations and our open-source community', owner: 'CTO', section: CTO_DOES },
  { text: 'Quality assurance and test automation for releases', owner: 'CTO', section: WORKLOAD },
  { text: 'Technical due diligence on startups we might acquire', owner: 'CTO', section: CTO_ROLE },
  { text: 'Build a chatbot that answers customer questions', owner: 'CTO', section: STEP_4 },
  { text: 'Build the mobile app customers use to book appointments', owner: 'CTO', section: STEP_1 },
  { text: 'Stay ahead of technology trends in our industry', owner: 'CTO', section: STEP_5 },
  {
    text: 'Run A/B experiments on the product',
    owner: 'CTO',
    section: cv('11'),
  },
  { text: 'Integrate partner APIs into our platform', owner: 'CTO', section: POSITION },
  { text: 'Set security standards for the products we sell', owner: 'Shared', lead: 'CTO', section: SECURITY },
  { text: 'Hire a head of data science to build predictive features', owner: 'CTO', section: ANALYTICS },
  { text: 'Deliver the customer loyalty app', owner: 'CTO', section: COMPUTER_DATA },
  { text: 'Turn customer feedback into product improvements', owner: 'CTO', section: INFRASTRUCTURE },
  { text: 'Online store uptime during Black Friday', owner: 'CTO', section: STEP_1 },

  // Shared, with the lead the sources imply
  {
    text: 'Automate repetitive back-office tasks with bots',
    owner: 'Shared',
    lead: 'CIO',
    section: AUTOMATION,
  },
  { text: 'Set the company’s automation strategy', owner: 'Shared', lead: 'CIO', section: AUTOMATION },
  {
    text: 'Design the architecture of our product platform',
    owner: 'Shared',
    lead: 'CTO',
    section: PRODUCT_ARCHITECTURE,
  },
  { text: 'Agree a RACI between the CIO and the CTO', owner: 'Shared', lead: 'CTO', section: STEP_7 },
  { text: 'Move our workloads to AWS', owner: 'Shared', lead: 'CIO', section: STEP_3 },
  { text: 'Run the DevOps platform the teams rely on', owner: 'Shared', lead: 'CIO', section: STEP_3 },
  {
    text: 'Make the product scale to ten million users',
    owner: 'Shared',
    lead: 'CTO',
    section: PRODUCT_ARCHITECTURE,
  },

  // Contested: the sources disagree
  { text: 'Own the overall technology budget', owner: 'Contested', section: CTO_ROLE },
  { text: 'Set the tech budget for next year', owner: 'Contested', section: SUMMARY },
  { text: 'Approve the annual IT budget', owner: 'Contested', section: SUMMARY },
  { text: 'Define the company’s technology strategy', owner: 'Contested', section: HOW_DIFFER },
  { text: 'Own our digital strategy', owner: 'Contested', section: HOW_DIFFER },
  { text: 'Decide whether the CTO reports to the CIO', owner: 'Contested', section: C_SUITE },
  { text: 'Own enterprise architecture', owner: 'Contested', section: STEP_4 },

  // Written after the first tuning pass and not tuned on: a check against overfitting.
  { text: 'Make sure month-end close runs on reliable finance systems', owner: 'CIO', section: WORKLOAD },
  { text: 'Own the company intranet', owner: 'CIO', section: CIO_DOES },
  { text: 'Keep Slack and Zoom licences under control', owner: 'CIO', section: JOB_OUTLOOK },
  { text: 'Lead the SAP S/4HANA upgrade', owner: 'CIO', section: COMPUTER_DATA },
  { text: 'Career paths and training for IT staff', owner: 'CIO', section: CIO_DOES },
  { text: 'Secure the warehouse Wi-Fi and scanners', owner: 'CIO', section: SECURITY },
  { text: 'Audit who has admin rights on internal systems', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Cut the number of SaaS tools departments buy on their own', owner: 'CIO', section: STEP_4 },
  { text: 'Set up an internal data catalogue', owner: 'CIO', section: ANALYTICS },
  { text: 'Translate business needs into IT requirements', owner: 'CIO', section: CIO_DOES },
  { text: 'Build the API that lets customers connect their systems', owner: 'CTO', section: COMPUTER_DATA },
  { text: 'Explore blockchain for traceability in our offering', owner: 'CTO', section: CTO_ROLE },
  { text: 'Answer investors’ questions about our technology', owner: 'CTO', section: SUMMARY },
  { text: 'Co-develop a new sensor with a hardware partner', owner: 'Shared', lead: 'CTO', section: POSITION },
  { text: 'Decide what goes into the next product release', owner: 'CTO', section: WORKLOAD },
  { text: 'Hire product designers and UX researchers', owner: 'CTO', section: CTO_ROLE },
  { text: 'Make our app accessible to customers with disabilities', owner: 'CTO', section: STEP_4 },
  { text: 'Build the pricing engine for our online marketplace', owner: 'CTO', section: STEP_1 },
  { text: 'Keep the platform secure for our customers', owner: 'CTO', section: SECURITY },
  { text: 'Who should own the tech spend', owner: 'Contested', section: CTO_ROLE },
  {
    text: 'Approve the strategy for all technology across the group',
    owner: 'Contested',
    section: HOW_DIFFER,
  },
  {
    text: 'Automate invoice processing in accounts payable',
    owner: 'Shared',
    lead: 'CIO',
    section: AUTOMATION,
  },
  // Security in the words executives use (issue: a bare "Data security" card was Unknown).
  { text: 'Data security', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Our security programme, end to end', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Keep our data safe from breaches', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Cybersecurity', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Infosec team and policies', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Protect company laptops and phones', owner: 'CIO', section: SECURITY },
  { text: 'IT security for the head office', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Lock down staff accounts with MFA', owner: 'Shared', lead: 'CIO', section: SECURITY },
  { text: 'Security of customer data in our product', owner: 'Shared', lead: 'CTO', section: SECURITY },
  { text: 'Pen-test every release of the app before it ships', owner: 'Shared', lead: 'CTO', section: SECURITY },
  { text: 'Secure coding standards for our developers', owner: 'Shared', lead: 'CTO', section: SECURITY },
  {
    text: 'Clarify who does what between the CIO and CTO teams',
    owner: 'Shared',
    lead: 'CTO',
    section: cv('10'),
  },
];

/** The outcome of one labelled phrasing. */
export interface PhrasingResult {
  readonly phrasing: LabelledPhrasing;
  readonly suggestion: Suggestion;
  /** Owner (and lead, for Shared) agree. */
  readonly agrees: boolean;
  /** The suggestion cites the labelled section. */
  readonly citesSection: boolean;
}

/** Agreement of {@link suggestOwner} with the labelled set. */
export interface AccuracyReport {
  readonly total: number;
  readonly agreed: number;
  /** agreed / total, 0..1. */
  readonly ratio: number;
  /** Share of agreeing results that also cite the labelled section, 0..1. */
  readonly sectionRatio: number;
  readonly misses: readonly PhrasingResult[];
}

/** Runs the labelled set through `suggest` (suggestOwner by default). Pure apart from its memo. */
export function accuracy(
  suggest: (text: string) => Suggestion = suggestOwner,
  phrasings: readonly LabelledPhrasing[] = LABELLED_PHRASINGS,
): AccuracyReport {
  const results = phrasings.map((phrasing): PhrasingResult => {
    const suggestion = suggest(phrasing.text);
    const agrees =
      suggestion.owner === phrasing.owner &&
      (phrasing.owner !== 'Shared' || suggestion.lead === phrasing.lead);
    const citesSection = suggestion.citations.some(
      (citation) =>
        citation.source === phrasing.section.source && citation.section === phrasing.section.section,
    );
    return { phrasing, suggestion, agrees, citesSection };
  });
  const agreed = results.filter((result) => result.agrees);
  return {
    total: results.length,
    agreed: agreed.length,
    ratio: results.length === 0 ? 0 : agreed.length / results.length,
    sectionRatio: agreed.length === 0 ? 0 : agreed.filter((r) => r.citesSection).length / agreed.length,
    misses: results.filter((result) => !result.agrees),
  };
}

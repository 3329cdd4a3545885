import type { Role } from '../model/index.js';
import { cioVsCto as cv, inwardOutward as io, rankCitations, type Citation } from './sources.js';

/** One side of a contested topic: who the side gives it to, in our words, with its sources. */
export interface Position {
  /** The role this side gives the topic to; null when the side gives it to neither alone. */
  readonly owner: Role | null;
  /** A short name for the side ("CIO holds it"). */
  readonly label: string;
  /** The side's argument, paraphrased. */
  readonly summary: string;
  readonly citations: readonly Citation[];
}

/**
 * Where the sources put a topic: with one role, shared with a lead, or contested (the sources
 * disagree; both positions are kept with their citations).
 */
export type TopicStance =
  | { readonly kind: 'owner'; readonly owner: Role }
  | {
      readonly kind: 'shared';
      /** The lead when the wording does not say which side the work serves. */
      readonly lead: Role;
      /**
       * True when the sources split the topic by direction (the CIO's internal half, the
       * CTO's customer-facing half): the lead then follows the wording.
       */
      readonly byWording?: boolean;
      /**
       * The single-owner topics that hold the CIO's internal half and the CTO's
       * customer-facing half: a text that names both sides reads as this shared topic.
       */
      readonly halves?: readonly [internal: string, customerFacing: string];
    }
  | { readonly kind: 'contested'; readonly positions: readonly [Position, Position] };

/** One area of work the guidance knows about. Readonly data. */
export interface Topic {
  /** Stable kebab-case id; used in stances, finding ids and catalog entries. */
  readonly id: string;
  readonly label: string;
  readonly stance: TopicStance;
  /** Terms and phrases that recognise the topic in free text (any word order or inflection). */
  readonly signals: readonly string[];
  /** Weaker, ambiguous words that only tip the balance. */
  readonly hints?: readonly string[];
  /** Why the stance holds, in our words, for a CEO: only what the cited sections support. */
  readonly rationale: string;
  /**
   * Remit's own practical note (what the sources do not say), shown apart from the cited
   * rationale and labelled as Remit's; absent when there is none.
   */
  readonly note?: string;
  readonly citations: readonly Citation[];
  /** Set when the topic is a core area of a role: the coverage rule expects someone to hold it. */
  readonly core?: Role;
}

const owner = (role: Role): TopicStance => ({ kind: 'owner', owner: role });
const shared = (lead: Role, byWording = false, halves?: readonly [string, string]): TopicStance => ({
  kind: 'shared',
  lead,
  ...(byWording ? { byWording } : {}),
  ...(halves ? { halves } : {}),
});

/** The knowledge base as written; {@link TOPICS} is what the rest of the code reads. */
const AUTHORED_TOPICS: readonly Topic[] = [
  // ─── Inward-facing work: the CIO ─────────────────────────────────────────────────────
  {
    id: 'it-operations',
    label: 'IT infrastructure and operations',
    stance: owner('CIO'),
    core: 'CIO',
    signals: [
      'IT infrastructure',
      'IT operations',
      'IT systems',
      'data center',
      'network',
      'server',
      'on-premises',
      'uptime',
      'patching',
      'backup',
      'disaster recovery',
      'business continuity',
      'infrastructure',
      'internal systems',
      'corporate network',
      'system administration',
      'sysadmin',
      'storage',
      'outage',
      'IT estate',
      'IT change management',
      'change management',
      'internal technology',
      'IT assets',
      'asset management',
      'telephony',
      'printers',
      'downtime',
      'infrastructure reliability',
      'IT department',
      'branch offices',
      'branches',
      'factory systems',
      'production line',
      'shop floor',
      'manufacturing systems',
      'cloud infrastructure',
      'cloud migration',
      'cloud hosting',
      'cloud accounts',
      'AWS',
      'Azure',
      'Google Cloud',
      'servers in the cloud',
      'systems go down',
      'recover systems',
      'system outages',
    ],
    hints: ['IT', 'hosting', 'reliability', 'monitoring', 'cloud'],
    rationale:
      'Keeping the company’s own systems, networks and data centres running is the inward half ' +
      'of technology leadership, and both articles hand it to the CIO, whose yardstick is ' +
      'efficient, secure and cheap internal operations. If this sits with the CTO, product ' +
      'engineers end up fighting internal fires; move it to the CIO.',
    note:
      'The sources do not name cloud computing as either role’s duty. Remit files the cloud ' +
      'that hosts the company’s own systems under IT infrastructure, and the cloud the product ' +
      'runs on under building and delivering the product.',
    citations: [
      cv('cio-role'),
      cv('3'),
      cv('16'),
      cv('step-5'),
      cv('20'),
      io('thesis'),
    ],
  },
  {
    id: 'service-desk',
    label: 'Service desk and employee IT support',
    stance: owner('CIO'),
    core: 'CIO',
    signals: [
      'help desk',
      'service desk',
      'IT support',
      'support tickets',
      'desktop support',
      'end-user support',
      'password reset',
      'employee support',
      'IT tickets',
      'ticketing',
      'ticketing system',
      'first line support',
      'IT helpline',
      'end users',
      'tech support for staff',
      'IT service requests',
      'computer problems',
      'IT problems',
      'IT issues',
      'computer issues',
      'fix laptops',
      'broken laptops',
      'tech problems',
    ],
    hints: ['tickets', 'support'],
    rationale:
      'Helping staff when their tools break is internal service, and the first article names ' +
      'the help desk among the CIO’s duties in two places. A CTO lane holding it usually means ' +
      'the product team is absorbing internal support. Give it to the CIO.',
    citations: [
      cv('step-1'),
      cv('17'),
    ],
  },
  {
    id: 'enterprise-systems',
    label: 'Enterprise systems (ERP, CRM, HR, finance)',
    stance: owner('CIO'),
    core: 'CIO',
    signals: [
      'ERP',
      'CRM',
      'enterprise systems',
      'enterprise software',
      'enterprise app',
      'HR system',
      'payroll system',
      'finance system',
      'accounting system',
      'SAP',
      'Salesforce',
      'Workday',
      'internal app',
      'business app',
      'business systems',
      'corporate systems',
      'integrate internal systems',
      'systems integration',
      'SaaS subscriptions',
      'SaaS licenses',
      'software licenses',
      'licensing',
      'licences',
      'internal tools',
      'back-office systems',
      'back office',
      'procurement system',
      'supply chain system',
      'intranet',
      'document management',
      'HR portal',
      'employee portal',
      'staff portal',
      'bookkeeping',
      'accounting software',
      'finance software',
      'app for employees',
      'app for staff',
      'employee app',
      'staff app',
      'timesheets',
      'expenses system',
    ],
    hints: ['SaaS', 'licenses', 'integration', 'systems'],
    rationale:
      'Company-wide systems such as ERP, CRM, HR and finance platforms serve employees, not ' +
      'customers. The first article lists running and integrating these complex internal ' +
      'systems as CIO work. Keep them with the CIO, and involve the CTO only where a system ' +
      'feeds the product.',
    citations: [
      cv('7'),
      cv('17'),
      cv('18'),
      cv('step-1'),
    ],
  },
  {
    id: 'workplace-technology',
    label: 'Workplace technology and employee productivity',
    stance: owner('CIO'),
    signals: [
      'laptop',
      'computers',
      'PCs',
      'desk phones',
      'employee devices',
      'staff devices',
      'company devices',
      'devices for staff',
      'onboarding',
      'new joiners',
      'people joining',
      'hardware refresh',
      'hardware for staff',
      'shared drives',
      'network drives',
      'file shares',
      'email',
      'collaboration tools',
      'office',
      'Microsoft 365',
      'Google Workspace',
      'video conferencing',
      'phones',
      'employee productivity',
      'productivity tools',
      'workplace',
      'end-user computing',
      'employee onboarding',
      'employee offboarding',
      'digital workplace',
      'remote work',
      'hybrid work',
      'workplace practices',
      'employee experience',
      'equipment for staff',
      'printing',
    ],
    hints: ['devices', 'employees', 'staff', 'workforce', 'colleagues'],
    rationale:
      'The tools people use to do their jobs every day are inward-facing technology. The ' +
      'sources describe the CIO as the officer whose aim is making employees productive ' +
      'through technology. Place this with the CIO.',
    citations: [
      cv('cio-role'),
      cv('16'),
      cv('20'),
    ],
  },
  {
    id: 'internal-security',
    label: 'Internal information security',
    stance: shared('CIO', true),
    core: 'CIO',
    signals: [
      'information security',
      'cyber security',
      'security policy',
      'security policies',
      'access control',
      'MFA',
      'access policies',
      'phishing',
      'security awareness',
      'endpoint',
      'firewall',
      'antivirus',
      'security operations',
      'SOC',
      'data protection',
      'protect sensitive data',
      'cyber threats',
      'cyber',
      'ransomware',
      'security compliance',
      'ISO 27001',
      'SOC 2',
      'network security',
      'internal security',
      'security incident',
      'incident response',
      'privacy compliance',
      'security of IT systems',
      'security risk',
      'security audits',
      'employee security',
      'CISO',
      'protect laptops',
      'protect devices',
      'device security',
      'laptop security',
      'endpoint security',
      'account security',
      'protect accounts',
      'protect employee accounts',
      'security of company data',
      'IT security',
      'corporate security',
      'secure network',
    ],
    hints: ['security', 'privacy', 'protect', 'threats'],
    rationale:
      'The first article gives data security to both roles and says a company needs both: the ' +
      'CIO the internal side (security policies and procedures, the company’s own systems, ' +
      'networks and sensitive data), the CTO the external security of products and services. ' +
      'This wording is the internal half, so it is Shared with the CIO leading.',
    citations: [
      cv('13'),
      cv('20'),
      cv('step-4'),
      io('thesis'),
    ],
  },
  {
    id: 'security-overall',
    label: 'Security as a whole (company and product)',
    stance: shared('CIO', true, ['internal-security', 'product-security']),
    signals: [
      'security',
      'data security',
      'security of data',
      'security strategy',
      'security programme',
      'security program',
      'security posture',
      'data breaches',
      'keep data safe',
      'keep our data secure',
      'overall security',
    ],
    rationale:
      'Security taken as one job spans both roles. The first article gives the CIO the inside ' +
      '(policies, networks, the company’s own sensitive data) and the CTO the security built ' +
      'into products and the protection of customers’ data there; the second article counts ' +
      'overall security among the CIO’s inward concerns, and the comparison table lists data ' +
      'and network security among the CIO’s duties. So a security card is Shared, led by the ' +
      'CIO when it is about the company’s own systems and by the CTO when it is about the product.',
    note:
      'Splitting it into an internal card for the CIO and a product card for the CTO gives each ' +
      'half one owner.',
    citations: [cv('13'), io('thesis'), cv('20'), cv('step-4')],
  },
  {
    id: 'identity-access',
    label: 'Staff accounts, logins and access rights',
    stance: owner('CIO'),
    signals: [
      'user accounts',
      'staff accounts',
      'employee accounts',
      'accounts and access',
      'user access',
      'access rights',
      'access to internal systems',
      'identity and access',
      'logins',
      'staff logins',
      'joiners and leavers',
      'leavers access',
      'passwords',
      'user directory',
    ],
    hints: ['accounts', 'logins', 'leavers'],
    rationale:
      'Creating, changing and removing the accounts and logins staff use to reach the ' +
      'company’s own systems is part of running internal IT. The first article describes the ' +
      'CIO as the executive who runs the company’s IT operations and its help desks, with the ' +
      'aim of an efficient, productive and secure environment for the whole organisation, and ' +
      'its comparison table puts internal IT systems with the CIO. Place this with the CIO.',
    note:
      'The sources do not name identity and access management. Remit files the day-to-day ' +
      'running of staff accounts here, and the rules that guard them (multi-factor sign-in, ' +
      'privileged access, access policies) under internal security, which the sources give to ' +
      'both roles.',
    citations: [
      cv('cio-role'),
      cv('17'),
      cv('step-1'),
      cv('20'),
    ],
  },
  {
    id: 'it-governance',
    label: 'IT governance, risk and compliance',
    stance: owner('CIO'),
    core: 'CIO',
    signals: [
      'IT governance',
      'governance',
      'IT policy',
      'technology risk',
      'risk management',
      'IT risk',
      'compliance',
      'IT audit',
      'IT controls',
      'regulatory',
      'acceptable use',
      'IT standards',
      'minimize risk',
      'operational risk',
      'risk register',
    ],
    hints: ['risk', 'audit', 'controls', 'policy'],
    rationale:
      'Governance means deciding how technology is controlled and keeping risk low. The ' +
      'comparison table lists IT governance as a CIO duty, and several sections describe the ' +
      'CIO as the one who minimises risk, where the CTO looks for growth and is readier to ' +
      'experiment. Keep IT governance and technology risk with the CIO.',
    note:
      'The sources do not discuss regulatory compliance. Remit files the compliance of internal ' +
      'IT (audits, controls, SOX, GDPR records) under governance and risk, since that is where ' +
      'the sources put controlling how technology is used.',
    citations: [
      cv('20'),
      cv('5'),
      cv('7'),
      cv('9'),
      cv('11'),
    ],
  },
  {
    id: 'it-strategy',
    label: 'IT strategy and business alignment',
    stance: owner('CIO'),
    signals: [
      'IT strategy',
      'align IT with business',
      'IT alignment',
      'business alignment',
      'corporate IT strategy',
      'IT roadmap',
      'IT plan',
      'IT operating model',
      'digital transformation',
      'IT priorities',
      'IT projects',
      'IT portfolio',
    ],
    rationale:
      'Deciding how IT supports the way the business runs is the CIO’s strategic job: the ' +
      'first article puts corporate IT strategy in the CIO’s hands, along with aligning IT to business ' +
      'goals. This is narrower than the company-wide technology strategy, which the sources ' +
      'argue about; see that topic.',
    citations: [
      cv('8'),
      cv('20'),
      cv('step-5'),
      cv('intro'),
    ],
  },
  {
    id: 'process-improvement',
    label: 'Internal process improvement and digitisation',
    stance: owner('CIO'),
    signals: [
      'process improvement',
      'business processes',
      'streamline processes',
      'digitize processes',
      'digitization',
      'paperless',
      'process modernization',
      'modernize processes',
      'internal processes',
      'operational efficiency',
      'efficiency',
      'workflow',
      'internal efficiency',
      'lean processes',
      'process excellence',
      'digitise',
      'paper-based',
      'off paper',
      'approvals',
      'approval workflow',
      'invoices',
      'invoice processing',
      'expense approvals',
      'manual processes',
    ],
    hints: ['processes', 'streamline', 'productivity'],
    rationale:
      'Using technology to make internal work faster and cheaper is the core of the CIO role ' +
      'in both articles: the CIO looks inward at how the company operates. Give process ' +
      'digitisation to the CIO; bring in the CTO when the change touches what customers see.',
    citations: [
      cv('3'),
      cv('17'),
      cv('step-2'),
      io('thesis'),
    ],
  },
  {
    id: 'automation',
    label: 'Automation programme',
    stance: shared('CIO', true),
    signals: [
      'automation',
      'automate',
      'RPA',
      'automation strategy',
      'automation roadmap',
      'intelligent automation',
      'automation program',
      'bots',
      'process automation',
      'automate processes',
      'automate workflows',
      'automate tasks',
      'workflow automation',
    ],
    hints: ['automated'],
    rationale:
      'The first article gives automation to both roles: the CIO sets the vision and carries ' +
      'overall responsibility, partnering with the CTO to deliver it, while the CTO compares ' +
      'the company’s use of automation with what other organisations do. So automation is ' +
      'Shared, led by the CIO; the article names no half that the CTO leads.',
    citations: [
      cv('12'),
      cv('17'),
    ],
  },
  {
    id: 'data-management',
    label: 'Data management and data architecture',
    stance: owner('CIO'),
    signals: [
      'data architecture',
      'data management',
      'data governance',
      'data quality',
      'master data',
      'data warehouse',
      'data lake',
      'data catalog',
      'data retention',
      'records management',
      'collect data',
      'store data',
      'data storage',
      'data stewardship',
      'data platform',
      'databases',
      'data integration',
      'single source of truth',
      'data model',
      'organise data',
      'clean data',
      'organise records',
      'company records',
      'tidy data',
    ],
    hints: ['data', 'records'],
    rationale:
      'How the company collects, stores and organises its data is infrastructure for everyone. ' +
      'The first article gives data architecture and the organisation of data to the CIO, ' +
      'while the CTO builds products on top of it. Keep data management with the CIO.',
    citations: [
      cv('12'),
      cv('14'),
      cv('20'),
    ],
  },
  {
    id: 'business-intelligence',
    label: 'Business intelligence and internal reporting',
    stance: shared('CIO', true),
    signals: [
      'business intelligence',
      'dashboards',
      'management reporting',
      'internal reporting',
      'KPI',
      'internal analytics',
      'reports for management',
      'insights',
      'board reporting',
      'reporting',
      'business analytics',
      'finance reporting',
      'operational analytics',
      'analytics platform',
      'data analytics',
      'analytics',
      // Analysing the company's figures ("analyse sales data for the board"): §14's CIO side.
      'analyse data',
      'data analysis',
      'sales data',
      'sales figures',
    ],
    hints: ['analysis', 'metrics', 'analysed', 'analyse'],
    rationale:
      'The first article gives analytics to both roles: the CIO makes sure data is collected, ' +
      'stored, analysed and used to improve processes, while the CTO develops and implements ' +
      'the analytics systems and tools that use the data. Reporting and dashboards for running ' +
      'the company are therefore Shared, led by the CIO; analytics built into what customers ' +
      'use is led by the CTO (see analytics products).',
    citations: [cv('14')],
  },
  {
    id: 'it-cost',
    label: 'IT cost control and investment priorities',
    stance: owner('CIO'),
    signals: [
      'IT costs',
      'IT spend',
      'cost reduction',
      'reduce costs',
      'cost savings',
      'IT investments',
      'prioritize investments',
      'ROI',
      'return on investment',
      'technology costs',
      'chargeback',
      'cost optimization',
      'total cost of ownership',
      'track costs',
      'cloud costs',
      'license costs',
      'IT spending',
      'cut costs',
    ],
    hints: ['costs', 'savings', 'investments'],
    rationale:
      'Weighing IT investments, tracking their return and cutting waste is bottom-line work, ' +
      'and the sources consistently cast the CIO as the cost- and risk-minded executive. Give ' +
      'IT cost control to the CIO; who holds the overall technology budget is a separate, ' +
      'contested question.',
    citations: [
      cv('cio-role'),
      cv('5'),
      cv('14'),
      cv('18'),
      cv('step-1'),
    ],
  },
  {
    id: 'it-vendors',
    label: 'Vendor and supplier relations',
    stance: shared('CIO', true),
    signals: [
      'vendor management',
      'vendors',
      'vendor contracts',
      'IT contracts',
      'procurement',
      'purchasing',
      'managed service provider',
      'outsourcing',
      'service level',
      'renewals',
      'negotiate contracts',
      'IT procurement',
      'vendor relations',
      'vendor relationships',
      'suppliers contracts',
      'vendor selection',
      'vendor performance',
      'vendor due diligence',
      'supplier due diligence',
      'vendor assessment',
      'vendor risk',
    ],
    hints: ['contracts', 'vendor'],
    rationale:
      'The first article gives vendors to both roles. Its vendor section has the CIO manage vendor relationships so that what vendors deliver meets the ' +
      'organisation’s needs, and the CTO keep the company’s products innovative and appealing ' +
      'to customers; elsewhere it has the CTO team up with suppliers and vendors to obtain ' +
      'good business solutions and look after supplier partnerships, and the CIO build a ' +
      'network of technology partners and vendors. So vendor relations are Shared: led by the ' +
      'CIO for the company’s own IT, by the CTO for what goes into the product.',
    citations: [cv('15'), cv('3'), cv('step-4'), cv('cio-role')],
  },
  {
    id: 'it-staff',
    label: 'IT department leadership and staffing',
    stance: owner('CIO'),
    signals: [
      'IT staff',
      'IT team',
      'IT department',
      'IT people',
      'IT hiring',
      'IT personnel',
      'IT talent',
      'face of IT',
      'IT workforce',
      'IT recruitment',
      'IT headcount',
    ],
    rationale:
      'The sources call the CIO the head and the public face of the IT department: hiring and ' +
      'leading the people who run internal technology. Keep the IT team under the CIO; the ' +
      'engineers who build the product belong with the CTO.',
    citations: [
      cv('cio-role'),
      cv('2'),
      cv('18'),
      cv('step-5'),
    ],
  },
  {
    id: 'employee-training',
    label: 'Technology training for employees',
    stance: owner('CIO'),
    signals: [
      'employee training',
      'staff training',
      'train employees',
      'train staff',
      'digital skills',
      'technology adoption',
      'user adoption',
      'digital literacy',
      'tool training',
      'training on systems',
      'security training',
      'user training',
      'teach staff',
      'teach employees',
      'teach managers',
      'show staff how to use',
    ],
    hints: ['training', 'adoption'],
    rationale:
      'Getting everyone to use the tools they have well is part of the CIO’s inward mandate: ' +
      'the first article lists training employees on the technology provided. Give it to the ' +
      'CIO; growing engineering skills is the CTO’s concern.',
    citations: [cv('cio-role')],
  },
  {
    id: 'internal-stakeholders',
    label: 'Partnering with business departments',
    stance: owner('CIO'),
    signals: [
      'business departments',
      'business units',
      'department heads',
      'internal stakeholders',
      'internal customers',
      'business requirements',
      'business partnering',
      'cross departmental',
      'department needs',
      'business relationship',
      'business partners',
      'requests from departments',
      'demand management',
      'departments',
      'other departments',
    ],
    hints: ['departments', 'internal'],
    rationale:
      'Both articles describe the CIO as the executive who works with the other departments ' +
      'to understand what they need and to make the collaboration with IT smooth. Let the CIO ' +
      'own this relationship; the CTO’s stakeholders are mostly outside the company.',
    citations: [
      cv('cio-role'),
      cv('7'),
      cv('9'),
      cv('20'),
      io('thesis'),
    ],
  },
  {
    id: 'technology-standards',
    label: 'Choosing and standardising internal tools',
    stance: owner('CIO'),
    signals: [
      'standardize platforms',
      'technology standards',
      'evaluate tools',
      'tool selection',
      'software selection',
      'select IT systems',
      'standard platforms',
      'application portfolio',
      'application rationalization',
      'tool sprawl',
      'shadow IT',
      'new tools for staff',
      'internal tooling',
      'technology evaluation for staff',
      'standardization',
      'standard software',
      'standard tools',
      'standardise tools',
    ],
    hints: ['tools', 'standards'],
    rationale:
      'Picking, standardising and retiring the tools the company runs on is a CIO duty in the ' +
      'first article, which has the CIO evaluate technologies, standardise platforms and pick ' +
      'the systems that raise efficiency. The CTO picks the technology inside the product.',
    citations: [
      cv('step-4'),
      cv('step-6'),
      cv('16'),
      cv('20'),
    ],
  },

  // ─── Outward-facing work: the CTO ────────────────────────────────────────────────────
  {
    id: 'product-development',
    label: 'Product development and delivery',
    stance: owner('CTO'),
    core: 'CTO',
    signals: [
      'product development',
      'product',
      'self-hosted edition',
      'edition',
      'game servers',
      'game engine',
      'physics engine',
      'develop products',
      'build products',
      'new products',
      'product features',
      'features',
      'product launch',
      'ship',
      'release',
      'product delivery',
      'product engineering',
      'our SaaS',
      'SaaS product',
      'product platform',
      'product teams',
      'product planning',
      'services for customers',
      'offerings',
      'product management',
      'product line',
      'devices we sell',
      'connected devices',
      'smart devices',
      'wearables',
      'sell',
      'manufacture',
      'license to customers',
      'license to clients',
      'hardware products',
      'digital products',
    ],
    hints: ['hardware', 'launch', 'build'],
    rationale:
      'Building and delivering what the company sells is the centre of the CTO role in both ' +
      'articles: the CTO creates and delivers the products and services that serve customers. ' +
      'Put product development with the CTO; the first article adds that the CIO may be ' +
      'involved in product development alongside the CTO.',
    citations: [
      cv('17'),
      cv('16'),
      cv('cto-role'),
      cv('2'),
      cv('7'),
      cv('8'),
      cv('step-5'),
      cv('20'),
      io('thesis'),
    ],
  },
  {
    id: 'software-engineering',
    label: 'Software engineering practice',
    stance: owner('CTO'),
    signals: [
      'software development',
      'software engineering',
      'coding',
      'code',
      'code review',
      'developers',
      'CI/CD',
      'continuous integration',
      'deployment',
      'release management',
      'technical debt',
      'QA',
      'quality assurance',
      'testing',
      'API',
      'SDK',
      'microservices',
      'tech stack',
      'technology stack',
      'programming',
      'engineering practices',
      'engineering standards',
      'frameworks',
      'development process',
      'agile',
    ],
    hints: ['engineering', 'software'],
    rationale:
      'Writing, testing and shipping software is where the first article places the CTO’s ' +
      'expertise, including choosing the software and hardware the product is built from. ' +
      'Keep engineering practice with the CTO.',
    citations: [
      cv('7'),
      cv('17'),
      cv('step-1'),
      cv('step-6'),
      cv('step-3'),
    ],
  },
  {
    id: 'product-architecture',
    label: 'Product architecture',
    stance: shared('CTO'),
    signals: [
      'product architecture',
      'platform architecture',
      'system architecture',
      'scalability',
      'architecture of the product',
      'technical design',
      'system design',
      'software design',
      'app architecture',
      'architecture of the app',
      'SaaS architecture',
      'software architecture',
      'architecture',
      'integration of product with internal systems',
      'scalability',
      'scale the product',
      'scale the platform',
      'performance at scale',
      'modular design',
      'modularity',
      'platform design',
      'design of the platform',
      'product structure',
      'how the product is structured',
      'structure of the platform',
      'components of the product',
    ],
    rationale:
      'The first article gives both roles a major part in product architecture: the CTO ' +
      'develops and delivers the product and keeps its technical goals in line with the ' +
      'business, the CIO keeps the IT infrastructure and systems in line with the business ' +
      'goals, and the two work together so the architecture stays streamlined and efficient. ' +
      'So it is Shared, led by the CTO, who develops and delivers the product.',
    citations: [cv('19')],
  },
  {
    id: 'research-development',
    label: 'Research and development',
    stance: owner('CTO'),
    core: 'CTO',
    signals: [
      'R&D',
      'research and development',
      'research',
      'innovation lab',
      'prototype',
      'patents',
      'experiments',
      'experimentation',
      'pilot new technology',
      'labs',
      'inventions',
      'research new tools',
      'explore new technology',
    ],
    hints: ['innovation', 'pilot'],
    rationale:
      'Researching new technology and turning it into products is CTO work: the comparison ' +
      'table lists research and development first among CTO duties, and the innovation section ' +
      'describes the CTO as the one willing to experiment. Give R&D to the CTO, with the CIO ' +
      'as a healthy check on risk and cost.',
    citations: [
      cv('cto-role'),
      cv('2'),
      cv('11'),
      cv('17'),
      cv('20'),
    ],
  },
  {
    id: 'technology-roadmap',
    label: 'Technology roadmap',
    stance: owner('CTO'),
    core: 'CTO',
    signals: [
      'technology roadmap',
      'roadmap',
      'product roadmap',
      'technical roadmap',
      'future technical needs',
      'forecast technology needs',
      'technology planning',
      'long term technology plan',
      'platform roadmap',
    ],
    rationale:
      'Planning which technologies the company will build on, and when, is a CTO duty in the ' +
      'comparison table, and the CTO is expected to anticipate future technical needs. Let ' +
      'the CTO own the roadmap; the CIO keeps the internal IT plan.',
    citations: [
      cv('20'),
      cv('step-8'),
      io('cto-role'),
    ],
  },
  {
    id: 'emerging-technology',
    label: 'Emerging technology and trends',
    stance: owner('CTO'),
    core: 'CTO',
    signals: [
      'emerging technology',
      'new technology',
      'technology trends',
      'trends',
      'AI',
      'artificial intelligence',
      'machine learning',
      'blockchain',
      'internet of things',
      'innovation',
      'horizon scanning',
      'stay ahead',
      'latest technology',
      'quantum',
      'technology radar',
      'disruptive technology',
      'innovate',
    ],
    rationale:
      'Spotting new technologies and working out how they improve what customers get is ' +
      'squarely the CTO’s job in both articles. Put trend scanning and innovation bets with ' +
      'the CTO; the CIO adopts what proves useful inside the company.',
    citations: [
      io('cto-role'),
      cv('8'),
      cv('11'),
      cv('12'),
      cv('19'),
      cv('step-5'),
      cv('20'),
    ],
  },
  {
    id: 'customer-technology',
    label: 'Customer-facing technology (websites, apps)',
    stance: owner('CTO'),
    core: 'CTO',
    signals: [
      'customer-facing',
      'recommendation engine',
      'website',
      'app',
      'mobile app',
      'customer portal',
      'e-commerce',
      'digital channels',
      'customer app',
      'user interface',
      'user experience',
      'customer experience',
      'engage customers digitally',
      'digital customer experience',
      'chatbot for customers',
      'online',
      'customers',
      'clients',
      'partner experience',
      'partner portal',
      'self service for customers',
      'web',
      'digital experience',
      'track orders',
      'track deliveries',
      'order tracking',
      'mobile banking',
      'online banking',
      'marketplace',
      'sign-up',
      'signup flow',
      'self-serve',
      'self-service signup',
    ],
    hints: ['customer', 'client', 'users'],
    rationale:
      'Websites, apps and anything else customers touch are outward-facing technology, which ' +
      'both articles give to the CTO together with the job of improving the customer ' +
      'experience. Place it with the CTO.',
    // §17 names websites and apps outright; the second article's CTO section the customer
    // and partner experience. They lead; the broader sections follow.
    citations: [
      cv('17'),
      io('cto-role'),
      cv('16'),
      cv('18'),
      io('thesis'),
      cv('step-4'),
      cv('step-1'),
    ],
  },
  {
    id: 'product-security',
    label: 'Product and customer-data security',
    stance: shared('CTO', true),
    core: 'CTO',
    signals: [
      'product security',
      'application security',
      'secure coding',
      'secure development',
      'security of product',
      'customer data security',
      'bug bounty',
      'DevSecOps',
      'penetration test product',
      'secure customers data',
      'protect customers data',
      'security features',
      'security by design',
      'vulnerabilities in product',
      'platform security',
    ],
    rationale:
      'The first article gives data security to both roles and says a company needs both: the ' +
      'CIO the internal side, the CTO the external security of products and services (secure ' +
      'coding, a secure development life cycle, protection of customers’ data). This wording ' +
      'is the product half, so it is Shared with the CTO leading.',
    citations: [cv('13')],
  },
  {
    id: 'analytics-products',
    label: 'Analytics tools and data products',
    stance: shared('CTO', true),
    signals: [
      'analytics product',
      'data products',
      'customer analytics',
      'product analytics',
      'analytics tools',
      'analytics features',
      'analytics for customers',
      'data science',
      'machine learning models',
      'scripts',
    ],
    hints: ['analytics'],
    rationale:
      'The first article gives analytics to both roles: the CIO makes sure data is collected, ' +
      'stored, analysed and used to improve processes, while the CTO develops and implements ' +
      'the analytics systems, tools and products that use the data and checks that they meet ' +
      'customer needs. This wording is the product half, so it is Shared with the CTO leading.',
    citations: [cv('14')],
  },
  {
    id: 'external-relations',
    label: 'External relations, investors and industry presence',
    stance: owner('CTO'),
    signals: [
      'investor',
      'investor relations',
      'conferences',
      'public speaking',
      'thought leadership',
      'evangelism',
      'developer relations',
      'press',
      'media',
      'industry events',
      'external stakeholders',
      'technology news',
      'external communication',
      'ecosystem',
      'journalists',
      'media interviews',
      'meetups',
      'tech talks',
      'industry analysts',
      'analyst briefings',
      'board of investors',
      'pitch',
      'due diligence',
      // The company's presence in its industry's own bodies ("represent the company on the
      // standards body for EV charging"), not its internal tool standards.
      'standards body',
      'industry body',
      'trade show',
      'keynote',
    ],
    hints: ['external', 'public'],
    rationale:
      'The sources describe the CTO as the outward-facing officer who shares the company’s ' +
      'technology story and builds relationships with customers, partners and investors. ' +
      'Give external technology relations to the CTO; the CIO’s audience is mostly internal.',
    citations: [cv('cto-role'), cv('11'), cv('20')],
  },
  {
    id: 'technology-partnerships',
    label: 'Technology and supplier partnerships',
    stance: shared('CTO', true),
    signals: [
      'supplier partnerships',
      'strategic partnerships',
      'technology partnerships',
      'partnerships',
      'partners',
      'alliances',
      'partner integrations',
      'suppliers',
      'acquire business solutions',
      'co development',
      'suppliers for products',
      'product suppliers',
      'component suppliers',
      'component vendors',
      'vendors for products',
      'product vendors',
      'partner ecosystem',
      'joint venture',
      'partner network',
    ],
    rationale:
      'The first article has the CTO develop and manage external relationships such as ' +
      'partnerships with suppliers, and collaborate with vendors and suppliers; it also has the ' +
      'CIO build up a supporting network of vendors and technology partners, and says both roles ' +
      'need to partner with stakeholders inside and outside the company. So partnerships are ' +
      'Shared: led by the CTO when they serve the product and customers, by the CIO when they ' +
      'serve the company’s own IT.',
    citations: [cv('3'), cv('step-4'), cv('12'), cv('cio-role')],
  },
  {
    id: 'new-markets',
    label: 'New markets and revenue growth through technology',
    stance: owner('CTO'),
    signals: [
      'new markets',
      'market expansion',
      'growth opportunities',
      'revenue growth',
      'top line',
      'new revenue',
      'monetize',
      'go-to-market',
      'business development',
      'new business models',
      'competitive advantage',
      'competitors',
      'stay competitive',
      'market needs',
      'grow sales',
      'expansion',
    ],
    hints: ['growth', 'revenue', 'market'],
    rationale:
      'The sources say the CTO chases top-line growth by finding new opportunities and markets ' +
      'for the company’s technology, while the CIO protects the bottom line. Give ' +
      'technology-led growth bets to the CTO.',
    citations: [
      cv('cto-role'),
      cv('3'),
      cv('5'),
      cv('11'),
      cv('20'),
    ],
  },
  {
    id: 'engineering-talent',
    label: 'Engineering team hiring and development',
    stance: owner('CTO'),
    signals: [
      'engineers',
      'engineering team',
      'hire engineers',
      'engineering hiring',
      'tech talent',
      'engineering culture',
      'train engineers',
      'development team',
      'engineering managers',
      'dev team',
      'technical hiring',
      'software engineers',
      'engineering org',
      'technology development staff',
    ],
    hints: ['hiring', 'recruiting', 'talent'],
    rationale:
      'The second article lists hiring, training and managing the people who develop ' +
      'technology among common CTO tasks, done with the IT managers. Let the CTO build the ' +
      'engineering team; the CIO staffs internal IT.',
    citations: [io('cto-role')],
  },
  {
    id: 'technology-assessment',
    label: 'Assessing the company’s technology position',
    stance: owner('CTO'),
    signals: [
      'technology assessment',
      'assess technology',
      'technology audit',
      'technology status',
      'tech stack review',
      'technical due diligence',
      'technology requirements',
      'technology gaps',
      'adoption challenges',
    ],
    rationale:
      'Assessing where the company stands technically, what it needs and what stands in the ' +
      'way of adopting it are listed as common CTO tasks. Give the technology assessment to ' +
      'the CTO and share the results with the CIO.',
    citations: [io('cto-role')],
  },
  {
    id: 'role-collaboration',
    label: 'CIO–CTO collaboration and role clarity',
    stance: shared('CTO'),
    signals: [
      'role clarity',
      'RACI',
      'collaboration between CIO and CTO',
      'CIO and CTO',
      'decision rights',
      'operating model between roles',
      'joint planning',
      'stakeholder liaison',
      'liaison',
      'shared vision',
      'split of responsibilities',
      'IT and product teams',
      'IT and engineering teams',
      'align IT and product',
      'IT and product',
      'IT and engineering',
    ],
    rationale:
      'Both articles stress that the two roles overlap and only work when each knows where ' +
      'the other’s job starts: the first article has the CTO join the CIO on IT strategy and ' +
      'the CIO join the CTO on product development, and asks for both roles to be clearly ' +
      'defined. So it is Shared. When the work named is one role’s own, such as the IT strategy ' +
      'or product development, that role leads and the other joins, as the first article ' +
      'describes; otherwise the CTO leads, since the first article asks the CTO in particular ' +
      'to create chances to collaborate and to keep both sides clear on their duties.',
    citations: [
      cv('8'),
      cv('10'),
      cv('11'),
      cv('step-7'),
      cv('step-9'),
      cv('step-1'),
      io('thesis'),
    ],
  },

  // ─── Where the sources disagree ──────────────────────────────────────────────────────
  {
    id: 'technology-budget',
    label: 'Technology budget',
    stance: {
      kind: 'contested',
      positions: [
        {
          owner: 'CIO',
          label: 'The CIO holds it',
          summary:
            'The first article lists managing IT budgets and prioritising IT investments as ' +
            'CIO work, and expects the CIO to be the cost-conscious voice in budget talks.',
          citations: [
            cv('20'),
            cv('9'),
            cv('step-1'),
          ],
        },
        {
          owner: 'CTO',
          label: 'The CTO holds it',
          summary:
            'The second article counts managing the company’s technology budget among the ' +
            'usual CTO tasks.',
          citations: [io('cto-role')],
        },
      ],
    },
    signals: [
      'technology budget',
      'tech budget',
      'IT budget',
      'budget',
      'technology spend',
      // Spend alone, like budget alone ("who signs off the IT and engineering spend").
      'spend',
      'budgeting',
      'budget owner',
      'capex',
      'technology funding',
      'funding',
      'funds technology',
      'money',
    ],
    rationale:
      'The sources disagree on who holds the technology budget: the first article gives IT ' +
      'budgets to the CIO, the second counts the technology budget among the CTO’s tasks. ' +
      'Record your choice so the plan is explicit.',
    note:
      'A split many teams use (Remit’s suggestion, not the sources’): the CIO holds the budget ' +
      'for running the company’s IT, the CTO the budget for building the product, and the CEO ' +
      'decides who owns the total.',
    citations: [
      cv('20'),
      cv('9'),
      cv('step-1'),
      io('cto-role'),
    ],
  },
  {
    id: 'technology-strategy',
    label: 'Overall technology strategy',
    stance: {
      kind: 'contested',
      positions: [
        {
          owner: 'CIO',
          label: 'The CIO owns it',
          summary:
            'The second article gives the CIO the wider oversight and an important role in ' +
            'building the company’s overall technology strategy, with the CTO suggesting ' +
            'solutions that support the CIO’s strategies; the first says the CIO owns the ' +
            'corporate IT strategy.',
          citations: [
            io('cio-differs'),
            cv('20'),
            cv('8'),
          ],
        },
        {
          owner: 'CTO',
          label: 'The CTO owns it',
          summary:
            'Other passages have the CTO set the company’s technical strategy, develop new ' +
            'strategies for using technology to stay competitive, drive technology strategy ' +
            '(the comparison table) and contribute to and implement the company’s technology ' +
            'strategies.',
          citations: [
            cv('step-4'),
            cv('3'),
            cv('20'),
            io('cto-role'),
          ],
        },
      ],
    },
    signals: [
      'technology strategy',
      'tech strategy',
      'technical strategy',
      'technology vision',
      'digital strategy',
      'overall technology direction',
      'technology direction',
      'technical direction',
      'strategy for technology',
      'CTO strategy',
    ],
    hints: ['strategy', 'vision'],
    rationale:
      'The sources disagree on who owns the company-wide technology strategy. Whatever you ' +
      'choose, record it as your stance.',
    note:
      'One way through (Remit’s suggestion, not the sources’): the CIO owns the strategy for ' +
      'how the company runs, the CTO the strategy for what it sells, and the CEO arbitrates.',
    citations: [
      io('cio-differs'),
      cv('20'),
      cv('8'),
      cv('step-4'),
      cv('3'),
      io('cto-role'),
    ],
  },
  {
    id: 'enterprise-architecture',
    label: 'Enterprise and technical architecture',
    stance: {
      kind: 'contested',
      positions: [
        {
          owner: 'CIO',
          label: 'The CIO develops it',
          summary:
            'The first article’s technology-landscape step twice has the CIO develop the ' +
            'company’s technical architectures.',
          citations: [cv('step-4')],
        },
        {
          owner: 'CTO',
          label: 'The CTO is the architect',
          summary:
            'The same article’s opening calls the CIO the strategist and the CTO the enterprise ' +
            'architect.',
          citations: [cv('intro')],
        },
      ],
    },
    signals: [
      'enterprise architecture',
      'technical architecture',
      'solution architecture',
      'architecture standards',
      'architecture board',
      'enterprise architect',
      'architecture governance',
      'blueprint of all systems',
      'how all systems fit together',
      'technical architectures',
    ],
    rationale:
      'The first article contradicts itself on who is the company’s architect. ' +
      'Record your stance.',
    note:
      'Remit’s rule of thumb, not the sources’: if the architecture mostly describes internal ' +
      'systems, the CIO is the natural owner; if it mostly describes the product platform, the CTO.',
    citations: [cv('step-4'), cv('intro')],
  },
  {
    id: 'reporting-line',
    label: 'Reporting line between CIO and CTO',
    stance: {
      kind: 'contested',
      positions: [
        {
          owner: 'CIO',
          label: 'The CTO reports to the CIO',
          summary:
            'One section says the CIO reports to the CEO while the CTO usually reports to the ' +
            'CIO, and another calls the CTO a middle-management role carrying out plans made ' +
            'by the executives and the CIO.',
          citations: [cv('9'), cv('cto-role')],
        },
        {
          owner: null,
          label: 'Peers under the CEO',
          summary:
            'Other sections insist that neither role is senior to the other and that strong ' +
            'companies give both a real presence.',
          citations: [cv('17'), cv('20')],
        },
      ],
    },
    signals: [
      'reporting line',
      'reports to',
      'reporting structure',
      'line management',
      'line manager',
      'hierarchy',
      'leadership hierarchy',
      'organisation chart',
      'organization chart',
      'reports into',
      'org chart',
      'CTO reports to CIO',
      'CTO answers to the CIO',
      'CIO answers to the CTO',
      'CTO reports to',
      'CIO reports to',
      'CIO reports to CTO',
      'reporting relationship',
      'peer of the CIO',
      'peer of the CTO',
      'seniority',
      // The kinds of line drawn on an organisation chart.
      'dotted line',
      'solid line',
      // Both roles placed relative to the CEO ("CIO and CTO side by side under the CEO", "move
      // the CTO's line from the CIO to the CEO"): where each reports, which §9 and §17 dispute.
      'CIO CTO CEO',
    ],
    rationale:
      'The sources disagree on whether the CTO reports to the CIO or both report to the CEO; ' +
      'neither has the CIO reporting to the CTO. Pick one on purpose and write down why.',
    citations: [
      cv('9'),
      cv('cto-role'),
      cv('17'),
      cv('20'),
    ],
  },
];

/** A topic with its citations (and its positions' citations) most specific first. */
function withRankedCitations(topic: Topic): Topic {
  const { stance } = topic;
  return {
    ...topic,
    citations: rankCitations(topic.citations),
    ...(stance.kind === 'contested'
      ? {
          stance: {
            kind: 'contested',
            positions: [
              { ...stance.positions[0], citations: rankCitations(stance.positions[0].citations) },
              { ...stance.positions[1], citations: rankCitations(stance.positions[1].citations) },
            ],
          },
        }
      : {}),
  };
}

/**
 * The knowledge base: every area of work the guidance can recognise, with its stance,
 * signals, rationale and citations (most specific section first, so the one or two a screen
 * shows are the ones worth opening). Readonly data; order is only for display.
 */
export const TOPICS: readonly Topic[] = AUTHORED_TOPICS.map(withRankedCitations);

/** Topics by id. Readonly. */
export const TOPICS_BY_ID: ReadonlyMap<string, Topic> = new Map(TOPICS.map((topic) => [topic.id, topic]));

/** The topic with this id, or undefined. Pure. */
export function getTopic(id: string): Topic | undefined {
  return TOPICS_BY_ID.get(id);
}

/** The side of a both-role topic's half (internal security → CIO), from the halves of its whole. */
const HALF_SIDE: ReadonlyMap<string, Role> = new Map(
  TOPICS.flatMap((topic): (readonly [string, Role])[] =>
    topic.stance.kind === 'shared' && topic.stance.halves
      ? [
          [topic.stance.halves[0], 'CIO'],
          [topic.stance.halves[1], 'CTO'],
        ]
      : [],
  ),
);

/**
 * The role whose half of a topic the sources give to both roles this topic is (internal
 * security → CIO, product security → CTO), or undefined. Pure.
 */
export function halfSide(topicId: string): Role | undefined {
  return HALF_SIDE.get(topicId);
}

/**
 * The role a topic's stance points to on its own: the owner, or the lead of a Shared topic;
 * null for a contested topic. Pure.
 */
export function stanceRole(stance: TopicStance): Role | null {
  if (stance.kind === 'owner') return stance.owner;
  if (stance.kind === 'shared') return stance.lead;
  return null;
}

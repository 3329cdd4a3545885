/**
 * The vocabulary of the field: abbreviations, acronyms, product names and set phrases that
 * executives type, each with the knowledge-base topic it belongs to. Readonly data. The text
 * pipeline rewrites every form of a term to its canonical token, and each topic recognises its
 * terms' tokens as signals, so "HRIS", "ERP" or "A/B testing" place a card as surely as a
 * whole signal phrase does.
 */

import { INDUSTRY_TERMS } from './vocabulary-industries.js';

/** One term of the field. */
export interface FieldTerm {
  /** The single token every form is rewritten to (lower case, letters and digits). */
  readonly token: string;
  /** How people write it (lower case; spaces, hyphens and slashes are matched loosely). */
  readonly forms: readonly string[];
  /** The topic the term belongs to. */
  readonly topic: string;
}

const term = (topic: string, token: string, ...forms: string[]): FieldTerm => ({
  token,
  forms: forms.length === 0 ? [token] : forms,
  topic,
});

/** Abbreviations, acronyms and product names, grouped by topic. */
export const FIELD_TERMS: readonly FieldTerm[] = [
  ...INDUSTRY_TERMS, // industry by industry: vocabulary-industries.ts
  // IT infrastructure and operations
  term('it-operations', 'lanwan', 'lan', 'wan', 'lan/wan', 'sd-wan', 'sdwan'),
  term('it-operations', 'vpn', 'vpn', 'vpns'),
  term('it-operations', 'wifi', 'wi-fi', 'wifi', 'wlan', 'wireless network', 'wireless coverage', 'wifi coverage', 'wi-fi coverage', 'wireless access points'),
  term('it-operations', 'pbx', 'pbx', 'pabx', 'voip', 'webex', 'ringcentral', 'dialpad', 'zoom phone'),
  term('it-operations', 'noc', 'noc', 'network operations centre', 'network operations center'),
  term('it-operations', 'dnsdhcp', 'dns', 'dhcp'),
  term('it-operations', 'storagearea', 'nas', 'san', 'storage area network'),
  term('it-operations', 'virtualisation', 'vmware', 'hyper-v', 'hyperv', 'virtual machines', 'vms'),
  term('it-operations', 'cmdb', 'cmdb', 'configuration management database'),
  term('it-operations', 'bcdr', 'bcp', 'bcdr', 'dr/bcp', 'bcp/dr', 'disaster recovery', 'business continuity'),
  term('it-operations', 'iaas', 'iaas', 'infrastructure as a service'),
  term('it-operations', 'paas', 'paas', 'platform as a service'),
  term('it-operations', 'colocation', 'colo', 'colocation', 'co-location'),
  term('it-operations', 'onprem', 'on-prem', 'on prem', 'on-premise', 'on-premises', 'on premises'),
  term('it-operations', 'networkgear', 'fortinet', 'fortigate', 'palo alto', 'sonicwall', 'meraki', 'cisco', 'aruba', 'ubiquiti', 'switches', 'routers', 'cabling', 'structured cabling', 'leased line', 'broadband', 'office internet', 'internet connection', 'server room', 'server rooms', 'comms room', 'comms cupboard'),
  term('it-operations', 'backupsuite', 'veeam', 'rubrik', 'commvault', 'backup and restore', 'file server', 'file servers', 'windows server', 'windows servers'),
  term('it-operations', 'datacenter', 'data center', 'data centre', 'datacenter', 'datacentre', 'data centers', 'data centres'),
  // Service desk
  term('service-desk', 'servicedesk', 'help desk', 'helpdesk', 'service desk', 'servicedesk', 'help-desk', 'service-desk', 'helpdesks', 'help desks', 'service desks'),
  term('service-desk', 'itsm', 'itsm', 'it service management'),
  term('service-desk', 'itil', 'itil'),
  term('service-desk', 'remotesupport', 'remote support', 'teamviewer', 'anydesk', 'desktop support', 'deskside support', 'access requests', 'it requests', 'it support tickets'),
  term('service-desk', 'servicecatalogue', 'service catalogue', 'service catalog', 'it service catalogue'),
  term('service-desk', 'servicenow', 'servicenow', 'service now', 'service-now', 'freshservice', 'jira service management', 'jira service desk', 'topdesk', 'ivanti', 'password reset', 'password resets', 'it tickets', 'it ticket'),
  term('service-desk', 'supportline', 'l1', 'l2', 'l1/l2', 'first line support', 'second line support', '1st line support', '2nd line support'),
  term('service-desk', 'helpline', 'hotline', 'hotlines', 'helpline', 'helplines', 'support hotline', 'it helpline', 'tech support line', 'walk-in support', 'tech bar', 'it bar'),
  // Enterprise systems
  term('enterprise-systems', 'erp', 'erp', 'erps', 'enterprise resource planning'),
  term('enterprise-systems', 'crm', 'crm', 'crms', 'customer relationship management'),
  term('enterprise-systems', 'hris', 'hris', 'hrms', 'hcm', 'hr system', 'hr systems', 'hr information system', 'human resources system', 'bamboohr', 'bamboo hr', 'personio', 'hibob', 'rippling', 'adp', 'gusto'),
  term('enterprise-systems', 'expensetools', 'concur', 'sap concur', 'expensify', 'expense tool', 'expense tools', 'expense system', 'expense management', 'expenses tool', 'expenses system', 'expense report', 'expense reports', 'expense claim', 'expense claims', 'expenses claims', 'expense receipts', 'travel expenses', 'staff expenses', 'mileage claims', 'corporate cards', 'company credit cards', 'expenses app', 'expense app', 'expense software'),
  term('enterprise-systems', 'procuretopay', 'coupa', 'ariba', 'procure-to-pay', 'purchase to pay', 'purchase-to-pay', 'p2p system'),
  term('enterprise-systems', 'financesystems', 'quickbooks', 'xero', 'sage', 'sage intacct', 'accounting software', 'accounting system', 'accounting package', 'general ledger', 'accounts payable', 'accounts receivable', 'finance system', 'finance systems', 'financial systems'),
  term('enterprise-systems', 'esignature', 'docusign', 'adobe sign', 'e-signature', 'e-signatures', 'electronic signatures'),
  term('enterprise-systems', 'marketingops', 'hubspot', 'marketo', 'pardot', 'mailchimp'),
  term('enterprise-systems', 'sap', 'sap', 's/4hana', 's4hana', 'successfactors'),
  term('enterprise-systems', 'salesforce', 'salesforce', 'sfdc'),
  term('enterprise-systems', 'workday', 'workday'),
  term('enterprise-systems', 'netsuite', 'netsuite', 'oracle ebs', 'dynamics 365', 'ms dynamics'),
  term('enterprise-systems', 'wms', 'wms', 'warehouse management system'),
  term('enterprise-systems', 'ehr', 'ehr', 'emr', 'electronic health records', 'electronic health record', 'cerner'),
  term('enterprise-systems', 'payroll', 'payroll'),
  term('enterprise-systems', 'payslips', 'payslip', 'payslips', 'paystub', 'paystubs'),
  term('enterprise-systems', 'contactcentre', 'call centre', 'call center', 'call centres', 'call centers', 'contact centre', 'contact center', 'contact centres', 'contact centers', 'customer service agents', 'support agents', 'service agents', 'agent desktop', 'contact centre software', 'ccaas'),
  term('enterprise-systems', 'contractmanagement', 'contract repository', 'contract storage', 'clm'),
  term('enterprise-systems', 'pointofsale', 'epos', 'tills', 'till system', 'card terminals', 'card readers'),
  term('enterprise-systems', 'leavemanagement', 'leave management', 'absence management', 'absence tracking', 'holiday tracking', 'holiday requests', 'holiday booking', 'annual leave', 'sick leave', 'sick days', 'time off', 'pto', 'shift scheduling', 'staff rota', 'staff rotas', 'time and attendance', 'clocking in', 'shift rota', 'shift rotas', 'rota', 'shift rotation', 'shift rotations', 'rotas', 'rostering', 'staff rosters', 'shift planning'),
  term('enterprise-systems', 'inventorysystems', 'inventory system', 'inventory management', 'stock control', 'mrp', 'mes', 'manufacturing execution system'),
  term('enterprise-systems', 'recruitingsystems', 'ats', 'applicant tracking', 'applicant tracking system', 'applicant tracking software', 'recruiting software', 'recruitment software', 'recruiting system', 'recruitment system'),
  // Workplace technology
  term('workplace-technology', 'vdi', 'vdi', 'virtual desktop', 'virtual desktops', 'citrix'),
  term('workplace-technology', 'byod', 'byod', 'bring your own device'),
  term('workplace-technology', 'mdm', 'autopilot', 'windows autopilot', 'mdm', 'mobile device management', 'intune', 'jamf', 'kandji', 'mosyle', 'airwatch', 'workspace one', 'uem', 'unified endpoint management', 'endpoint management'),
  term('workplace-technology', 'office365', 'o365', 'm365', 'office 365', 'office365', 'microsoft 365', 'google workspace', 'g suite', 'gsuite'),
  term('workplace-technology', 'collabsuite', 'sharepoint', 'microsoft teams', 'ms teams', 'slack', 'zoom', 'exchange server', 'exchange'),
  term('workplace-technology', 'euc', 'euc', 'end-user computing', 'end user computing'),
  term('workplace-technology', 'filesharing', 'lotus notes', 'onedrive', 'dropbox', 'google drive', 'box.com', 'confluence', 'notion', 'shared drive', 'shared drives', 'team drive', 'team drives', 'network drive'),
  // Office equipment and the workplace's rooms, desks and doors
  term('workplace-technology', 'videocalls', 'video calls', 'conference calls', 'teams calls', 'zoom calls', 'video meetings'),
  term('workplace-technology', 'peripheralkit', 'peripherals', 'headset', 'headsets', 'webcam', 'webcams', 'keyboard', 'keyboards', 'mice', 'docking station', 'docking stations', 'docks', 'chargers', 'laptop chargers', 'monitors', 'external monitor', 'external monitors', 'second monitor', 'second monitors', 'dual monitors', 'second screen', 'second screens', 'desk phone', 'desk phones', 'broken monitor', 'new monitor', 'desk monitor'),
  term('workplace-technology', 'printfleet', 'printer', 'printers', 'scanner', 'scanners', 'photocopier', 'photocopiers', 'copier', 'copiers', 'toner', 'print server', 'print queue', 'multifunction printers'),
  term('workplace-technology', 'meetingrooms', 'meeting room', 'meeting rooms', 'meeting-room screens', 'conference room', 'conference rooms', 'boardroom', 'boardrooms', 'room booking', 'room bookings', 'av kit', 'av equipment', 'audio visual', 'audio-visual', 'projector', 'projectors', 'video wall', 'zoom rooms', 'teams rooms'),
  term('workplace-technology', 'officeaccess', 'badge', 'badges', 'badge reader', 'badge readers', 'access badge', 'access badges', 'access card', 'access cards', 'key card', 'key cards', 'keycard', 'keycards', 'door access', 'visitor management', 'visitor badges'),
  term('workplace-technology', 'deskbooking', 'desk booking', 'desk bookings', 'hot desk', 'hot desks', 'hot desking', 'hot-desking', 'desks', 'standing desks', 'desk setup'),
  term('workplace-technology', 'mailboxaccounts', 'mailbox', 'mailboxes', 'shared mailbox', 'shared mailboxes', 'distribution list', 'distribution lists', 'calendars', 'outlook', 'gmail', 'email accounts', 'email signatures', 'work email', 'work emails', 'staff email'),
  term('workplace-technology', 'workmobiles', 'mobile phones', 'company phones', 'work phones', 'company mobiles', 'work mobiles', 'smartphones', 'sim cards', 'phone contracts', 'mobile contracts'),
  term('workplace-technology', 'desktopos', 'desktops', 'desktop computers', 'desktop pcs', 'workstations', 'windows 10', 'windows 11', 'windows upgrade', 'windows upgrades', 'macos', 'os upgrade', 'os upgrades', 'macbooks', 'macs', 'chromebooks', 'thin clients'),
  term('enterprise-systems', 'softwarelicences', 'software licences', 'software licenses', 'licence management', 'license management', 'sam', 'software asset management', 'itam', 'it asset management', 'asset register', 'asset tagging', 'laptop inventory', 'it asset tracking', 'hardware asset tracking'),
  // Internal security
  term('identity-access', 'iam', 'iam', 'identity and access management', 'identity access management', 'identity management'),
  term('identity-access', 'sso', 'sso', 'single sign-on', 'single sign on'),
  term('internal-security', 'mfa', 'mfa', '2fa', 'multi-factor authentication', 'multi factor authentication', 'two-factor authentication', 'two-factor', 'two factor', 'two-step verification', 'multi-factor'),
  term('internal-security', 'adminrights', 'admin rights', 'local admin', 'local admin rights', 'administrator rights', 'admin privileges'),
  term('product-security', 'securitytesting', 'threat model', 'threat models', 'threat modelling', 'threat modeling'),
  term('security-overall', 'pentest', 'penetration test', 'penetration tests', 'penetration testing', 'pen test', 'pen tests', 'pen testing', 'pentest', 'pentests'),
  term('internal-security', 'siem', 'siem', 'splunk'),
  term('internal-security', 'soc', 'soc', 'security operations centre', 'security operations center'),
  term('internal-security', 'edr', 'edr', 'xdr', 'endpoint detection', 'crowdstrike', 'sentinelone', 'carbon black', 'microsoft defender', 'defender for endpoint', 'antivirus', 'anti-virus', 'anti virus', 'endpoint protection', 'endpoint security', 'malware protection'),
  term('internal-security', 'dlp', 'dlp', 'data loss prevention'),
  term('internal-security', 'pam', 'pam', 'privileged access'),
  term('identity-access', 'activedirectory', 'active directory', 'azure ad', 'azure active directory', 'entra id', 'entra', 'okta', 'joiners movers leavers', 'joiner mover leaver'),
  term('internal-security', 'accesspolicy', 'conditional access', 'access reviews', 'user access reviews'),
  term('internal-security', 'passwordmanager', 'password manager', 'password managers', '1password', 'lastpass', 'bitwarden', 'password policy'),
  term('internal-security', 'diskencryption', 'bitlocker', 'filevault', 'disk encryption', 'laptop encryption'),
  term('internal-security', 'iso27001', 'iso 27001', 'iso27001'),
  term('internal-security', 'soc2', 'soc 2', 'soc2'),
  term('internal-security', 'ciso', 'ciso'),
  term('internal-security', 'zerotrust', 'zero trust', 'zero-trust', 'nac', 'zscaler', 'netskope', 'sase', 'ztna'),
  term('internal-security', 'phishing', 'phishing', 'knowbe4', 'security awareness', 'security awareness training', 'phishing simulation', 'phishing simulations'),
  term('internal-security', 'emailsecurity', 'mimecast', 'proofpoint', 'email filtering', 'spam filter', 'spam filtering', 'email security'),
  // A security strategy, whatever its words, is the whole (company and product), not the inside half.
  term('security-overall', 'securitystrategy', 'security strategy', 'information security strategy', 'infosec strategy', 'cybersecurity strategy', 'cyber security strategy', 'cyber-security strategy'),
  term('internal-security', 'cybersecurity', 'cybersecurity', 'cyber security', 'cyber-security', 'cybersec', 'infosec', 'information security'),
  // IT governance and risk
  term('it-governance', 'grc', 'grc'),
  term('it-governance', 'itgc', 'itgc', 'itgcs', 'it general controls'),
  term('it-governance', 'sox', 'sox', 'sarbanes-oxley'),
  term('it-governance', 'cobit', 'cobit'),
  // IT cost
  term('it-cost', 'tco', 'tco', 'total cost of ownership'),
  term('it-cost', 'finops', 'finops'),
  term('it-cost', 'itopex', 'it opex', 'opex'),
  // Process improvement
  term('process-improvement', 'bpm', 'bpm', 'business process management', 'bpmn'),
  term('process-improvement', 'sixsigma', 'six sigma', 'lean six sigma'),
  // Automation (shared)
  term('automation', 'rpa', 'rpa', 'robotic process automation', 'uipath', 'power automate', 'automation anywhere'),
  term('automation', 'hyperautomation', 'hyperautomation', 'hyper-automation', 'intelligent automation'),
  term('automation', 'lowcode', 'low-code', 'low code', 'lowcode', 'no-code', 'no code', 'nocode'),
  // Data management
  term('data-management', 'etl', 'etl', 'elt'),
  term('data-management', 'datawarehouse', 'dwh', 'edw', 'data warehouse', 'data warehousing', 'data lake', 'lakehouse', 'snowflake'),
  term('data-management', 'datamesh', 'data mesh', 'data fabric', 'data catalog', 'data catalogue'),
  term('data-management', 'masterdata', 'master data', 'master data management'),
  // Business intelligence (shared)
  term('business-intelligence', 'bi', 'bi', 'power bi', 'powerbi', 'tableau', 'looker', 'qlik', 'business intelligence'),
  term('business-intelligence', 'kpi', 'kpi', 'kpis'),
  // Vendors (shared)
  term('it-vendors', 'msp', 'msp', 'msps', 'managed service provider', 'managed service providers'),
  term('it-vendors', 'sla', 'sla', 'slas'),
  term('it-vendors', 'rfp', 'rfp', 'rfps', 'rfq', 'rfi'),
  // Training
  term('employee-training', 'lms', 'lms', 'learning management system'),
  term('employee-training', 'elearning', 'e-learning', 'elearning', 'skills matrix', 'training records', 'mandatory training', 'compliance training'),
  // Standards
  term('technology-standards', 'shadowit', 'shadow it'),
  // Product development
  term('product-development', 'mvp', 'mvp', 'mvps', 'minimum viable product'),
  term('product-development', 'prd', 'prd', 'prds', 'product requirements'),
  term('product-development', 'plg', 'plg', 'product-led growth'),
  term('product-development', 'producthardware', 'hardware design', 'industrial design', 'pcb', 'pcbs', 'circuit board', 'circuit boards', 'electronics design', 'mechanical design', 'sensors', 'bill of materials', 'battery life', 'chipset', 'next model', 'new model', 'goes on sale', 'go on sale'),
  term('product-development', 'productisework', 'productise', 'productize', 'productising', 'productizing', 'productised', 'productized', 'productisation', 'productization', 'next version', 'next release', 'feature requests', 'product backlog', 'product discovery', 'user stories', 'release notes', 'beta programme', 'beta program', 'beta testers', 'early access', 'beta', 'betas'),
  term('product-development', 'firmware', 'firmware', 'embedded software', 'ota', 'ota updates', 'over-the-air updates'),
  term('product-development', 'iotdevices', 'smart home', 'smart-home', 'connected products', 'consumer electronics', 'smart lock', 'smart locks', 'smart doorbell', 'smart doorbells', 'smart speaker', 'smart speakers'),
  // Software engineering
  term('software-engineering', 'api', 'api', 'apis', 'rest api', 'graphql', 'grpc', 'openapi', 'swagger', 'webhooks', 'webhook', 'public api', 'developer portal', 'api gateway'),
  term('software-engineering', 'sdk', 'sdk', 'sdks'),
  term('software-engineering', 'cicd', 'ci/cd', 'cicd', 'ci cd', 'ci-cd', 'continuous delivery', 'continuous deployment', 'continuous integration', 'jenkins', 'circleci', 'github actions', 'argo cd', 'argocd', 'build pipeline', 'build pipelines', 'deployment pipeline', 'deployment pipelines'),
  term('software-engineering', 'qa', 'qa', 'quality assurance', 'test automation', 'qa automation'),
  term('software-engineering', 'devops', 'devops', 'dev ops', 'dev-ops'),
  term('software-engineering', 'sre', 'sre', 'site reliability', 'site reliability engineering', 'slo', 'slos', 'error budget', 'error budgets'),
  term('software-engineering', 'observability', 'observability', 'opentelemetry', 'distributed tracing', 'datadog', 'new relic', 'grafana', 'prometheus', 'sentry', 'honeycomb', 'error tracking', 'crash reporting', 'apm'),
  term('software-engineering', 'oncall', 'on-call', 'on call', 'oncall', 'on-call rota', 'on-call rotation', 'pagerduty', 'opsgenie', 'incident postmortems', 'postmortems', 'post-mortems'),
  term('software-engineering', 'iac', 'terraform', 'pulumi', 'infrastructure as code', 'iac', 'cloudformation', 'helm charts', 'helm'),
  term('software-engineering', 'agiledelivery', 'sprint', 'sprints', 'sprint planning', 'scrum', 'kanban board', 'story points', 'backlog grooming', 'backlog refinement', 'release train', 'release trains', 'release cadence', 'squad', 'squads'),
  term('software-engineering', 'testsuite', 'unit tests', 'unit testing', 'integration tests', 'end-to-end tests', 'e2e tests', 'code coverage', 'test coverage', 'code review', 'code reviews', 'pull requests', 'regression tests', 'load testing', 'load tests'),
  term('software-engineering', 'platformeng', 'platform engineering', 'platform team', 'internal developer platform'),
  term('software-engineering', 'deploys', 'blue-green', 'blue/green', 'canary release', 'canary releases', 'canary deploys'),
  term('software-engineering', 'kubernetes', 'kubernetes', 'k8s', 'docker', 'containers'),
  term('software-engineering', 'microservices', 'microservices', 'microservice', 'monolith'),
  term('software-engineering', 'sdlc', 'sdlc', 'tdd', 'bdd'),
  term('software-engineering', 'github', 'github', 'gitlab', 'git', 'bitbucket'),
  term('software-engineering', 'frontend', 'frontend', 'front-end', 'front end', 'backend', 'back-end', 'react', 'full stack', 'fullstack'),
  term('software-engineering', 'featureflags', 'feature flags', 'feature flag', 'feature toggles', 'launchdarkly', 'feature flagging'),
  term('software-engineering', 'techdebt', 'tech debt', 'technical debt', 'refactoring', 'refactor', 'code quality', 'legacy code'),
  term('software-engineering', 'codebaseops', 'monorepo', 'trunk-based development', 'trunk based development', 'trunk-based', 'branching strategy', 'codebase', 'code base', 'code freeze', 'hotfix', 'hotfixes', 'bug fixes', 'bug fixing', 'staging environment', 'developer experience', 'devex', 'dora metrics', 'deployment frequency', 'programming languages', 'coding standards', 'compiler', 'compilers', 'build times', 'jira', 'jira boards', 'telemetry', 'product telemetry'),
  term('software-engineering', 'productdatabases', 'postgres', 'postgresql', 'mysql', 'mongodb', 'redis', 'kafka', 'elasticsearch', 'sharding', 'database sharding'),
  term('software-engineering', 'perflatency', 'latency', 'p99', 'p95', 'response times', 'performance tuning', 'load balancing', 'autoscaling', 'auto-scaling'),
  // Product architecture
  term('software-engineering', 'multitenant', 'multi-tenant', 'multitenant', 'multi-tenancy', 'multitenancy', 'single-tenant'),
  // Product security
  term('product-security', 'devsecops', 'devsecops', 'dev sec ops'),
  term('product-security', 'appsec', 'appsec', 'application security'),
  term('product-security', 'sast', 'sast', 'dast', 'sast/dast', 'sca scans', 'sbom', 'sboms', 'snyk', 'dependabot', 'dependency scanning', 'vulnerability disclosure'),
  term('product-security', 'owasp', 'owasp'),
  term('product-security', 'bugbounty', 'bug bounty', 'bug bounties'),
  term('product-security', 'securecoding', 'secure coding', 'secure code'),
  // Emerging technology
  term('emerging-technology', 'ai', 'ai', 'a.i.', 'genai', 'gen ai', 'generative ai', 'artificial intelligence', 'gpt', 'chatgpt'),
  term('emerging-technology', 'llm', 'llm', 'llms', 'large language model', 'large language models', 'copilot', 'copilots', 'rag', 'vector database', 'embeddings', 'fine-tuning', 'ai agents', 'agentic'),
  term('emerging-technology', 'ml', 'ml', 'machine learning'),
  term('emerging-technology', 'nlp', 'nlp', 'natural language processing', 'computer vision'),
  term('emerging-technology', 'iot', 'iot', 'internet of things'),
  term('emerging-technology', 'arvr', 'ar/vr', 'ar', 'vr', 'xr', 'augmented reality', 'virtual reality'),
  term('emerging-technology', 'blockchain', 'blockchain', 'web3', 'crypto'),
  term('emerging-technology', 'quantum', 'quantum'),
  term('emerging-technology', 'frontiertech', 'robotics', 'autonomous driving', 'self-driving', 'digital twin', 'digital twins', 'edge computing', '5g', '6g', 'drones', 'computer vision models'),
  // Customer-facing technology
  term('customer-technology', 'ux', 'ux', 'user experience', 'ux/ui', 'ui/ux', 'figma', 'usability testing', 'user research', 'wireframes', 'prototypes'),
  term('customer-technology', 'ui', 'ui', 'user interface'),
  term('customer-technology', 'cx', 'cx', 'customer experience'),
  term('customer-technology', 'abtest', 'a/b testing', 'a/b tests', 'a/b test', 'ab testing', 'split testing'),
  term('customer-technology', 'ecommerce', 'ecommerce', 'e-commerce', 'e commerce', 'webshop', 'web shop', 'online shop', 'online store'),
  term('customer-technology', 'mobileapp', 'ios', 'android', 'mobile app', 'mobile apps', 'app store', 'react native', 'flutter', 'swiftui', 'play store', 'google play', 'testflight'),
  term('customer-technology', 'website', 'website', 'websites', 'web site', 'web sites', 'landing page', 'landing pages', 'pricing page', 'homepage', 'home page', 'sign-up page', 'signup page', 'sign-up form', 'signup form', 'sign-up flow', 'signup flow', 'registration flow', 'login page'),
  term('customer-technology', 'appfeatures', 'dark mode', 'push notifications', 'in-app messaging', 'in-app notifications', 'localisation', 'localization', 'i18n', 'free trial', 'free trials', 'self-serve trial', 'paywall', 'loyalty app', 'customer portal', 'client portal'),
  term('customer-technology', 'seo', 'seo'),
  term('customer-technology', 'shopplatforms', 'shopify', 'magento', 'status page', 'product status page'),
  term('customer-technology', 'checkout', 'stripe', 'adyen', 'braintree', 'paypal', 'checkout', 'checkouts', 'shopping cart', 'shopping basket', 'payment gateway', 'payment gateways', 'online payments', 'in-app purchases', 'storefront', 'storefronts'),
  term('customer-technology', 'pwa', 'pwa', 'pwas', 'progressive web app'),
  term('customer-technology', 'cdp', 'cdp', 'customer data platform'),
  term('customer-technology', 'cdn', 'cdn', 'cdns', 'cloudflare', 'fastly', 'akamai', 'edge caching', 'page speed', 'page load times'),
  term('customer-technology', 'productdemos', 'tech demo', 'tech demos', 'product demo', 'product demos', 'demo environment', 'sales engineering', 'solutions engineering', 'presales', 'pre-sales', 'sales engineers'),
  // Analytics products
  term('analytics-products', 'datascience', 'data science', 'data scientists'),
  term('customer-technology', 'personalisationeng', 'personalisation', 'personalization', 'recommendations engine', 'product recommendations'),
  term('analytics-products', 'productanalytics', 'mixpanel', 'amplitude', 'heap analytics', 'product analytics', 'pendo', 'posthog', 'funnels', 'conversion funnels'),
  // Research and development
  term('research-development', 'rnd', 'r&d', 'r & d', 'rnd', 'r and d', 'research and development'),
  term('research-development', 'hackathon', 'hackathon', 'hackathons', 'hack day', 'hack week'),
  term('research-development', 'poc', 'poc', 'pocs', 'proof of concept', 'proofs of concept', 'proof-of-concept'),
  term('research-development', 'algorithms', 'algorithm', 'algorithms', 'core algorithms', 'algorithm design'),
  // External relations
  term('external-relations', 'tradeshows', 'trade fair', 'trade fairs', 'trade show', 'trade shows', 'tradeshow', 'tradeshows', 'expo', 'exhibition stand'),
  term('external-relations', 'devrel', 'devrel', 'developer relations', 'engineering blog', 'tech blog', 'conference talks', 'open source', 'open-source'),
  term('external-relations', 'vc', 'vc', 'vcs', 'venture capital'),
  term('external-relations', 'pressrelations', 'press release', 'press releases', 'media relations', 'pr agency'),
  // New markets
  term('new-markets', 'gtm', 'gtm', 'go-to-market', 'go to market'),
  // Contested topics
  term('technology-budget', 'capex', 'capex'),
  // Whose money technology is: the budget question, however it is put
  term('technology-budget', 'pursestrings', 'purse strings', 'purse-strings', 'cost centre', 'cost center', 'cost centres', 'cost centers', 'budget holder', 'budget holders', 'p&l owner'),
  term('enterprise-architecture', 'ea', 'ea', 'togaf'),
  term('enterprise-architecture', 'targetarchitecture', 'target architecture', 'target-state architecture', 'architecture blueprint'),
  // Shared: the two roles together
  term('role-collaboration', 'raci', 'raci'),
  // Who reports to whom: the contested reporting line, however it is asked
  term(
    'reporting-line',
    'reportingline',
    'reports to whom', 'report to whom', 'reporting to whom', 'manages whom', 'manage whom', 'who manages who',
    'answers to whom', 'cto answers to', 'cio answers to', 'answers to the cio', 'answers to the cto',
    'answer to the cio', 'answer to the cto', 'sit under the cto', 'sit under the cio', 'sits under the cto',
    'sits under the cio', 'sitting under the cto', 'sitting under the cio', 'under the cto', 'under the cio',
    'report to the cto', 'report to the cio', 'reporting to the cto', 'reporting to the cio', 'report into the cto',
    'report into the cio', 'work for the cio', 'works for the cio', 'work for the cto', 'works for the cto',
    'chain of command', 'reporting lines', 'org structure', 'tech leadership structure', 'leadership structure',
    'who is senior', 'senior to the cto', 'senior to the cio', 'cio boss', 'cto boss', "cio's boss", "cto's boss",
    'cio’s boss', 'cto’s boss', 'sits under engineering', 'sit under engineering', 'it under engineering',
    'it under the cto', 'it reports to the cto', 'it report to the cto', 'it reports to engineering',
  ),
];

/** Stems of words spelled -ise in British and -ize in American English ("organi" + "se"). */
const ISE_STEMS =
  'organi optimi standardi digiti moderni prioriti customi centrali decentrali rationali minimi maximi utili ' +
  'virtuali containeri moneti authori summari visuali synchroni locali finali personali categori';
const ISE_ENDINGS: readonly (readonly [string, string])[] = [
  ['se', 'ze'], ['sed', 'zed'], ['ses', 'zes'], ['sing', 'zing'], ['sation', 'zation'], ['sations', 'zations'], ['ser', 'zer'], ['sers', 'zers'],
];

/**
 * British spellings read as the American ones ("organise", "analysing", "licence", "centre"), so
 * both spellings of a word are one word to the guidance (the knowledge base is read the same
 * way). A list, not a rule: "-ise" is not always "-ize" ("enterprise", "expertise", "promise").
 */
export const SPELLINGS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ISE_STEMS.split(' ').flatMap((stem) => ISE_ENDINGS.map(([uk, us]) => [stem + uk, stem + us]))),
  analyse: 'analyze', analysed: 'analyzed', analysing: 'analyzing',
  licence: 'license', licences: 'licenses', licenced: 'licensed', licencing: 'licensing',
  centre: 'center', centres: 'centers', catalogue: 'catalog', catalogues: 'catalogs',
  programme: 'program', programmes: 'programs', behaviour: 'behavior',
};

/** Short forms people type for ordinary words ("tech", "mgmt"): read as the word. */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  tech: 'technology',
  techs: 'technologies',
  dev: 'development',
  devs: 'developers',
  eng: 'engineering',
  engs: 'engineers',
  ops: 'operations',
  infra: 'infrastructure',
  biz: 'business',
  mgmt: 'management',
  mgt: 'management',
  dept: 'department',
  depts: 'departments',
  org: 'organisation',
  admin: 'administration',
  admins: 'administrators',
  sec: 'security',
  docs: 'documentation',
  reqs: 'requirements',
  svc: 'service',
  svcs: 'services',
  comms: 'communications',
  execs: 'executives',
  exec: 'executive',
  mktg: 'marketing',
  fin: 'finance',
  acct: 'accounting',
};

/**
 * Generic words of ownership and filler that carry no meaning for placement ("own", "run",
 * "ensure"), on top of the general English stop words from the `stopword` package. Their
 * inflections are covered by the lexicon (owns, running, ensured).
 */
export const DOMAIN_STOP_WORDS: readonly string[] = [
  'own', 'owner', 'ownership', 'run', 'oversee', 'oversight', 'lead', 'handle', 'responsible',
  'responsibility', 'accountable', 'accountability', 'ensure', 'keep', 'care', 'charge', 'set',
  'via', 'whole', 'entire', 'organization', 'organisation', 'organizational', 'firm',
  'group', 'wide', 'overall', 'general', 'key', 'main', 'etc', 'eg', 'ie', 'day', 'daily',
  'ongoing', 'various', 'area', 'function', 'work', 'job', 'task', 'activity', 'sure', 'need',
  'one', 'two', 'three', 'good', 'great', 'right', 'proper', 'properly', 'effective',
  'effectively', 'efficiently', 'robust', 'strong', 'high', 'low', 'big', 'small', 'head',
  'drive', 'look', 'sign', 'hands', 'somebody', 'someone', 'everyone', 'everybody', 'thing',
  'stuff', 'lot', 'year', 'month', 'quarter', 'better', 'best', 'every', 'want', 'actually',
  'really', 'let', 'go', 'sort', 'figure', 'put', 'give', 'able', 'without', 'within',
  'around', 'across', 'per', 'us', 'ours', 'its', 'whose', 'who', 'whom', 'which', 'owns',
  'oversees', 'leads', 'ensures',
  // Financial securities are traded, not protected: not the word "security".
  'securities',
];

/** Generic nouns that do not tell two responsibilities apart ("ERP" = "ERP system"). */
export const GENERIC_NOUNS: readonly string[] = [
  'system', 'platform', 'tool', 'solution', 'programme', 'program', 'project', 'initiative',
  'team', 'infotech', 'manage', 'management', 'handle', 'deliver', 'service',
];

/**
 * Words that name technology, or a subject the sources give a technology leader by name
 * (research, patents, investors and analysts, conferences, the product, vendors, the roadmap):
 * a title with none of them, and no term of the field, may not be technology work at all
 * ("Sales commission plan", "Office move to Leeds"), so no reading of it claims more than a
 * hint (suggestion.ts: OFF_FIELD_CONFIDENCE). Lemma keys and their plurals.
 */
export const TECHNOLOGY_WORDS: readonly string[] = [
  'it', 'tech', 'technology', 'technologies', 'technical', 'software', 'hardware', 'system', 'systems',
  'app', 'apps', 'application', 'applications', 'platform', 'platforms', 'data', 'database', 'databases',
  'network', 'networks', 'networking', 'server', 'servers', 'cloud', 'computer', 'computers', 'computing',
  'pc', 'pcs', 'laptop', 'laptops', 'desktop', 'desktops', 'tablet', 'tablets', 'phone', 'phones', 'smartphone',
  'mobile', 'device', 'devices', 'screen', 'screens', 'monitor', 'monitors', 'printer', 'printers',
  'printing', 'scanner', 'scanners', 'headset', 'headsets', 'handheld', 'handhelds', 'terminal', 'terminals',
  'kiosk', 'kiosks', 'equipment', 'digital', 'digitise', 'digitize', 'digitisation', 'digitization', 'online',
  'offline', 'internet', 'intranet', 'extranet', 'wiki', 'website', 'websites', 'web', 'site', 'portal',
  'portals', 'page', 'pages', 'email', 'emails', 'mailbox', 'mailboxes', 'inbox', 'code', 'coding', 'api',
  'apis', 'sdk', 'security', 'secure', 'cyber', 'cybersecurity', 'encryption', 'encrypt', 'malware',
  'phishing', 'ransomware', 'virus', 'firewall', 'firewalls', 'login', 'logins', 'password', 'passwords',
  'access', 'account', 'accounts', 'identity', 'wifi', 'wireless', 'broadband', 'bandwidth', 'algorithm',
  'algorithms', 'firmware', 'sensor', 'sensors', 'chip', 'chips', 'robot', 'robots', 'ai', 'automation',
  'automate', 'automated', 'bot', 'bots', 'chatbot', 'model', 'models', 'analytics', 'dashboard',
  'dashboards', 'integration', 'integrations', 'infrastructure', 'architecture', 'architect', 'engineering',
  'engineer', 'engineers', 'developer', 'developers', 'development', 'release', 'releases', 'feature',
  'features', 'version', 'versions', 'upgrade', 'upgrades', 'patch', 'patches', 'patching', 'backup',
  'backups', 'restore', 'file', 'files', 'drive', 'drives', 'storage', 'spreadsheet', 'spreadsheets',
  'licence', 'licences', 'license', 'licenses', 'outage', 'outages', 'uptime', 'downtime', 'latency', 'bug',
  'bugs', 'testing', 'telephony', 'softphone', 'video', 'streaming', 'ticket', 'tickets', 'ticketing',
  'cio', 'cto', 'ciso', 'cdo', 'product', 'products', 'prototype', 'prototypes', 'prototyping', 'research',
  'patent', 'patents', 'invention', 'inventions', 'innovation', 'investor', 'investors', 'analyst',
  'analysts', 'conference', 'conferences', 'roadmap', 'vendor', 'vendors',
];

/** Words that say a text is about the company's own people and operations (inward). */
export const INWARD_CUES: readonly string[] = [
  'employee', 'employees', 'staff', 'company', 'internal', 'internally', 'inhouse', 'backoffice', 'corporate',
  'workforce', 'colleague', 'colleagues', 'workplace', 'department', 'departments', 'office',
  'offices', 'finance', 'accounting', 'accountants', 'hr', 'payroll', 'warehouse', 'warehouses',
  'joiners', 'leavers', 'starters', 'hires', 'headcount', 'personnel', 'branch', 'branches',
  'headquarters', 'hq', 'boardroom', 'reception', 'canteen', 'intranet', 'factory', 'factories',
  'legal', 'purchasing', 'facilities', 'contactcentre', 'infotech', 'ourown',
  // Where and by whom the company's own work is done: "the newsroom", "the depots",
  // "our underwriters", "the claims handlers".
  'newsroom', 'newsrooms', 'depots', 'lobby', 'underwriters', 'actuaries', 'clerks', 'cashiers', 'tellers', 'adjusters', 'caseworkers',
];

/** Words that say a text is about customers, partners and the market (outward). */
export const OUTWARD_CUES: readonly string[] = [
  'customer', 'customers', 'client', 'clients', 'external', 'partners', 'public',
  'consumer', 'consumers', 'user', 'users', 'buyers', 'shoppers', 'patients', 'subscriber',
  'subscribers', 'sell', 'sells', 'selling', 'sold', 'product', 'products', 'offering',
  'offerings', 'app', 'apps', 'ship', 'prospects', 'competitor', 'competitors', 'competition',
  'ouroffer', 'wesell', 'merchants', 'players', 'signup', 'signups',
  // Who the product serves, by how they use it: "viewers in Asia", "listeners", "passengers".
  'viewers', 'listeners', 'gamers', 'passengers', 'travellers', 'travelers', 'policyholders', 'borrowers',
];

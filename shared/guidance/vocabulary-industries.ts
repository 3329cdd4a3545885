/**
 * The vocabulary of the field, industry by industry: the systems a company runs for its own
 * staff and operations (hospital records, hotel property systems, dealer and law-firm systems,
 * rostering, device management, finance and HR suites: the CIO's inward side), and the
 * technology of what it sells (vehicle electronics, game engines, streaming clients, embedded
 * firmware, banking apps: the CTO's outward side). Spread into FIELD_TERMS in vocabulary.ts and
 * read the same way. Readonly data.
 *
 * Rules the entries follow (tests/unit/shared/guidance/vocabulary-industries.test.ts checks
 * the mechanical ones): each term belongs to one existing topic, and only when its owner does
 * not depend on who the company is ("portal", "kiosk", "telematics" or "core network" alone
 * are left out); no form repeats another form anywhere in FIELD_TERMS; a one-word form is an
 * abbreviation or product name, never an ordinary English word, unless it is listed in the
 * test as reviewed; tokens are not words a title could contain by chance; no form rewrites a
 * knowledge-base signal or an audience cue (it would take the signal's words out of the
 * lexicon's families). Forms leave the words "app" and "apps" outside ("OTT", not "OTT app"):
 * the side classifier reads them as the customer's side. Every form's words enter the
 * generated lexicon (regenerate lexicon-data.ts and side-model-data.ts after a change).
 */
import type { FieldTerm } from './vocabulary.js';

const term = (topic: string, token: string, ...forms: string[]): FieldTerm => ({
  token,
  forms: forms.length === 0 ? [token] : forms,
  topic,
});

/** Industry vocabulary, grouped by industry, then inward (CIO) before outward (CTO). */
export const INDUSTRY_TERMS: readonly FieldTerm[] = [
  // ─── Healthcare and life sciences ──────────────────────────────────────────────────────
  // Inward: the records, imaging, prescribing and lab systems clinicians and staff work in.
  term('enterprise-systems', 'epicrecord', 'epic ehr', 'epic emr', 'epic hyperspace'),
  term('enterprise-systems', 'clinicalrecords', 'meditech', 'allscripts', 'athenahealth', 'eclinicalworks', 'oracle health', 'emis web', 'systmone', 'tpp systmone', 'epr', 'electronic patient record', 'electronic patient records', 'electronic medical record', 'electronic medical records'),
  term('enterprise-systems', 'clinicalimaging', 'pacs', 'radiology information system'),
  term('enterprise-systems', 'patientadminsys', 'patient administration system', 'patient administration systems', 'bed management system', 'theatre management system'),
  term('enterprise-systems', 'eprescribing', 'e-prescribing', 'eprescribing', 'electronic prescribing', 'cpoe'),
  term('enterprise-systems', 'labsystems', 'lims', 'laboratory information management system', 'laboratory information system', 'lab information system', 'eln', 'electronic lab notebook', 'electronic lab notebooks', 'electronic laboratory notebook'),
  term('enterprise-systems', 'trialsystems', 'ctms', 'clinical trial management system', 'electronic data capture', 'veeva', 'veeva vault', 'veeva crm'),
  term('enterprise-systems', 'qualitysystems', 'eqms', 'mastercontrol'),
  // Outward: what patients use, and software that is itself a medical device sold.
  term('customer-technology', 'patientfacing', 'patient portal', 'patient portals', 'telehealth', 'telemedicine', 'virtual consultations', 'video consultations', 'remote patient monitoring'),
  term('product-development', 'medicaldevicesw', 'samd', 'software as a medical device', 'medical device software', 'iec 62304'),

  // ─── Hospitality, restaurants and travel ───────────────────────────────────────────────
  // Inward: the property system front desk staff run, tills, kitchen screens, crew and staff rosters.
  term('enterprise-systems', 'hotelpms', 'hotel pms', 'opera pms', 'oracle opera', 'property management system', 'property management systems', 'property management software', 'cloudbeds', 'mews pms'),
  term('enterprise-systems', 'possystems', 'pos system', 'pos systems', 'pos terminal', 'pos terminals', 'toast pos', 'square pos', 'lightspeed pos', 'oracle micros', 'micros pos'),
  term('enterprise-systems', 'kitchendisplay', 'kds', 'kitchen display', 'kitchen displays', 'kitchen display system', 'kitchen display systems', 'kitchen display screens'),
  term('enterprise-systems', 'workforcemgmt', 'wfm', 'workforce management system', 'workforce management software', 'kronos', 'ukg', 'ukg pro', 'planday', 'quinyx', 'rotacloud', 'nurse rostering', 'crew rostering', 'crew scheduling', 'rostering software', 'rota software'),
  term('enterprise-systems', 'airlineops', 'passenger service system', 'departure control system', 'mro software'),
  term('enterprise-systems', 'stafftravel', 'travel booking tool', 'corporate travel booking', 'travelperk', 'navan', 'egencia', 'concur travel'),
  // Outward: what guests and passengers book, order and check in with.
  term('customer-technology', 'guestfacing', 'booking engine', 'booking engines', 'mobile check-in', 'online check-in', 'mobile boarding pass', 'mobile boarding passes', 'mobile ordering'),

  // ─── Retail and consumer goods ─────────────────────────────────────────────────────────
  term('enterprise-systems', 'ordermgmtsys', 'oms', 'order management system', 'order management systems'),
  term('enterprise-systems', 'retailplanning', 'demand planning system', 'blue yonder', 'oracle retail', 'ls retail'),
  term('enterprise-systems', 'edilinks', 'edi integration', 'edi feeds', 'edi messages', 'edi links'),
  term('customer-technology', 'commerceplatform', 'headless commerce', 'commercetools', 'salesforce commerce cloud', 'sfcc', 'bigcommerce', 'woocommerce', 'algolia', 'product detail page', 'product detail pages', 'store locator', 'scan and go'),
  term('customer-technology', 'paymentmethods', 'bnpl', 'buy now pay later', 'klarna', 'afterpay', 'clearpay', 'apple pay', 'google pay', 'checkout.com', 'worldpay', 'mollie', 'gocardless'),

  // ─── Automotive and mobility ───────────────────────────────────────────────────────────
  term('enterprise-systems', 'dmssystems', 'dealer management system', 'dealer management systems', 'cdk global', 'reynolds and reynolds', 'document management system', 'document management systems'),
  term('product-development', 'vehicleinfotainment', 'infotainment', 'infotainment system', 'in-vehicle infotainment', 'ivi', 'apple carplay', 'carplay', 'android auto', 'connected car', 'connected cars', 'connected vehicle', 'connected vehicles', 'software-defined vehicle'),
  term('product-development', 'vehicleelectronics', 'telematics unit', 'telematics units', 'telematics control unit', 'tcu', 'adas', 'ecu', 'ecus', 'autosar', 'canbus', 'battery management system'),

  // ─── Logistics and transport ───────────────────────────────────────────────────────────
  term('enterprise-systems', 'transportmgmt', 'tms', 'transport management system', 'transportation management system', 'yard management system', 'dock scheduling', 'route planning software'),
  term('workplace-technology', 'ruggeddevices', 'handheld scanners', 'rf scanners', 'rf guns', 'barcode scanners', 'rugged handhelds', 'rugged tablets', 'zebra scanners', 'zebra handhelds'),
  term('customer-technology', 'trackingpages', 'shipment tracking page', 'delivery tracking page', 'order tracking page'),

  // ─── Legal and professional services ───────────────────────────────────────────────────
  term('enterprise-systems', 'lawfirmsystems', 'practice management system', 'practice management software', 'matter management', 'matter management system', 'case management system', 'case management software', 'imanage', 'netdocuments', 'clio', 'elite 3e', 'aderant', 'time recording system'),
  term('workplace-technology', 'dictationtools', 'digital dictation', 'dictation software', 'bighand', 'litera'),
  term('enterprise-systems', 'psatools', 'psa tool', 'psa software', 'professional services automation', 'kantata', 'mavenlink', 'workfront'),

  // ─── Banking, markets and insurance ────────────────────────────────────────────────────
  term('enterprise-systems', 'corebanking', 'core banking', 'core banking system', 'core banking systems', 'core banking platform', 'temenos', 'finacle', 'mambu', 'fiserv', 'murex', 'etrm', 'ctrm'),
  term('workplace-technology', 'marketdataterminals', 'bloomberg terminal', 'bloomberg terminals', 'eikon', 'refinitiv eikon', 'factset', 'capital iq', 'pitchbook'),
  term('enterprise-systems', 'policyadmin', 'guidewire', 'policycenter', 'claimcenter', 'billingcenter', 'duck creek', 'majesco', 'policy administration system', 'policy admin system', 'claims management system'),
  term('customer-technology', 'digitalbanking', 'internet banking', 'digital wallet', 'digital wallets', 'policyholder portal'),
  term('product-development', 'cardissuing', 'card issuing platform', 'robo-advisor'),

  // ─── Telecoms ──────────────────────────────────────────────────────────────────────────
  // The operator's billing and customer-account stack is its IT; the network is what it sells.
  term('enterprise-systems', 'telcobss', 'bss', 'oss/bss', 'bss/oss'),
  term('product-development', 'telconetwork', 'open ran', 'o-ran', 'radio access network', '5g core', '5g standalone', 'network slicing', 'ftth'),

  // ─── Media, streaming and publishing ───────────────────────────────────────────────────
  term('customer-technology', 'streamingclient', 'ott', 'ott platform', 'ctv', 'roku', 'tvos', 'fire tv', 'vod platform'),
  term('software-engineering', 'videodelivery', 'transcoding', 'video transcoding', 'adaptive bitrate', 'hls', 'hls streaming', 'mpeg-dash', 'video encoding', 'ssai'),
  term('product-security', 'contentprotection', 'drm', 'digital rights management', 'widevine', 'fairplay', 'playready'),
  term('customer-technology', 'webcms', 'wordpress', 'drupal', 'adobe experience manager', 'aem', 'contentful', 'sitecore'),

  // ─── Games ─────────────────────────────────────────────────────────────────────────────
  term('product-development', 'gameengine', 'unreal engine', 'ue4', 'ue5', 'unity engine', 'unity3d', 'godot', 'netcode', 'rollback netcode', 'multiplayer servers', 'matchmaking service', 'matchmaking servers', 'playfab'),
  term('product-development', 'liveops', 'liveops', 'battle pass', 'in-game store', 'in-game purchases', 'in-game economy', 'loot boxes', 'leaderboards', 'player progression', 'console certification', 'console ports'),
  term('product-security', 'anticheat', 'anti-cheat', 'anticheat'),

  // ─── Devices, embedded, semiconductors and aerospace (what the company builds) ────────
  term('product-development', 'embeddedsystems', 'rtos', 'freertos', 'zephyr rtos', 'embedded linux', 'yocto', 'microcontroller', 'microcontrollers', 'bsp', 'hil testing'),
  term('product-development', 'chipdesign', 'fpga', 'fpgas', 'asic', 'asics', 'tape-out', 'verilog', 'vhdl', 'rtl design'),
  term('product-development', 'deviceconnectivity', 'bluetooth low energy', 'ble', 'zigbee', 'matter protocol', 'lorawan', 'nb-iot', 'lte-m'),
  term('product-development', 'productcompliance', 'ce marking', 'fcc certification', 'ul certification', 'emc testing', 'dfm', 'new product introduction', 'npi'),
  term('product-development', 'avionics', 'avionics', 'flight software', 'do-178c', 'flight control software'),

  // ─── Manufacturing, energy and utilities (the plant and the grid the company runs) ────
  term('enterprise-systems', 'maintenancesys', 'cmms', 'eam', 'enterprise asset management', 'maximo', 'ibm maximo', 'infor eam'),
  term('enterprise-systems', 'midmarketerp', 'epicor', 'syspro', 'infor m3', 'infor ln', 'ifs cloud', 'qad', 'odoo', 'acumatica', 'freshbooks', 'dynamics gp', 'dynamics ax', 'dynamics nav', 'sage x3', 'sage 200', 'oracle fusion', 'oracle erp cloud'),
  term('it-operations', 'otnetwork', 'scada', 'ot network', 'ot networks', 'operational technology', 'ics network', 'plant network', 'factory network', 'shop floor network'),
  term('internal-security', 'otsecurity', 'ot security', 'ics security', 'scada security', 'claroty', 'nozomi networks'),
  term('enterprise-systems', 'utilitysystems', 'meter data management', 'mdms', 'outage management system'),

  // ─── Construction and property ─────────────────────────────────────────────────────────
  term('enterprise-systems', 'constructionmgmt', 'procore', 'aconex', 'bim 360', 'autodesk construction cloud', 'yardi', 'mri software', 'argus enterprise'),

  // ─── Education, charities and the public sector ────────────────────────────────────────
  term('enterprise-systems', 'donorcrm', "raiser's edge", 'raiser’s edge', 'raisers edge', 'donor management', 'donor database', 'donor crm'),
  term('enterprise-systems', 'studentrecords', 'student information system', 'student information systems', 'school mis', 'capita sims', 'bromcom', 'powerschool'),

  // ─── Every industry: the company's own business systems ────────────────────────────────
  term('enterprise-systems', 'peopletools', 'culture amp', 'cultureamp', 'peakon', '15five', 'paychex', 'paylocity', 'paycom', 'ceridian', 'dayforce', 'sage hr', 'cezanne hr'),
  term('enterprise-systems', 'recruitingtools', 'smartrecruiters', 'icims', 'taleo', 'teamtailor', 'jobvite', 'greenhouse ats', 'lever ats', 'workable ats', 'ashby ats'),
  term('enterprise-systems', 'financeplanning', 'anaplan', 'adaptive insights', 'workday adaptive', 'oracle hyperion', 'hyperion', 'onestream', 'floqast', 'tipalti', 'avalara', 'kyriba'),
  term('enterprise-systems', 'salestools', 'salesloft', 'zoominfo', 'sales navigator', 'pipedrive', 'zoho crm', 'dynamics crm', 'sugarcrm', 'highspot'),
  term('enterprise-systems', 'supportdesks', 'zendesk', 'freshdesk', 'five9', 'nice cxone', 'talkdesk', 'salesforce service cloud'),
  term('enterprise-systems', 'esigntools', 'pandadoc', 'hellosign', 'dropbox sign', 'adobe acrobat sign', 'signnow'),
  term('enterprise-systems', 'procurementsuites', 'jaggaer', 'ivalua', 'gep smart'),
  term('enterprise-systems', 'licencetracking', 'flexera', 'lansweeper', 'cad licences', 'cad licenses', 'autocad licences', 'autocad licenses', 'solidworks licences', 'solidworks licenses'),
  term('enterprise-systems', 'fieldservice', 'field service management', 'servicemax', 'salesforce field service', 'simpro'),

  // ─── Every industry: the workplace, devices and IT operations ──────────────────────────
  term('workplace-technology', 'worktools', 'yammer', 'viva engage', 'workplace from meta', 'mattermost', 'trello', 'smartsheet', 'clickup', 'airtable', 'calendly', 'asana'),
  term('enterprise-systems', 'intranettools', 'staffbase', 'simpplr', 'unily'),
  term('workplace-technology', 'endpointtools', 'sccm', 'mecm', 'microsoft endpoint manager', 'hexnode', 'scalefusion', 'ninjaone', 'ninja rmm', 'datto rmm', 'kaseya', 'rmm'),
  term('workplace-technology', 'desktoptools', 'adobe acrobat', 'acrobat pro', 'nitro pdf', 'egnyte', 'sharefile', 'lucidchart', 'microsoft visio', 'microsoft project', 'ms project'),
  term('workplace-technology', 'printmgmt', 'papercut', 'printix', 'managed print', 'managed print services'),
  term('workplace-technology', 'laptopfleet', 'laptop refresh', 'pc refresh', 'laptop rollout', 'laptop leasing', 'thinkpads', 'dell latitude'),
  term('it-operations', 'infravendors', 'nutanix', 'netapp', 'pure storage', 'dell emc', 'hpe', 'proxmox', 'solarwinds', 'prtg', 'nagios', 'zabbix', 'infoblox', 'juniper networks', 'mpls', 'ipam'),
  term('service-desk', 'itsmtools', 'haloitsm', 'halo itsm', 'cherwell', 'bmc remedy', 'remedy itsm', 'sysaid', 'manageengine servicedesk'),
  term('employee-training', 'lmstools', 'cornerstone ondemand', 'docebo', '360learning', 'linkedin learning', 'pluralsight', 'udemy business', 'coursera for business', 'talentlms'),
  term('identity-access', 'idptools', 'ping identity', 'pingfederate', 'onelogin', 'jumpcloud', 'sailpoint', 'saviynt', 'identity governance', 'iga', 'ldap'),
  term('internal-security', 'secoptools', 'cyberark', 'beyondtrust', 'thycotic', 'qualys', 'tenable nessus', 'nessus', 'rapid7', 'qradar', 'sumo logic', 'microsoft sentinel', 'azure sentinel', 'logrhythm', 'exabeam', 'darktrace', 'duo security', 'cisco duo', 'yubikey', 'yubikeys', 'sophos', 'mcafee', 'bitdefender', 'malwarebytes'),
  term('it-governance', 'compliancetools', 'vanta', 'drata', 'secureframe', 'onetrust', 'servicenow grc', 'archer grc', 'rsa archer', 'logicgate', 'auditboard'),
  term('data-management', 'datatools', 'informatica', 'fivetran', 'dbt', 'collibra', 'talend', 'azure data factory', 'bigquery', 'amazon redshift', 'aws redshift', 'azure synapse', 'matillion', 'airbyte', 'microsoft purview'),
  term('business-intelligence', 'bitools', 'microstrategy', 'cognos', 'ibm cognos', 'sisense', 'thoughtspot', 'ssrs', 'metabase'),
  term('automation', 'automationtools', 'zapier', 'blue prism', 'powerapps', 'appian', 'mendix', 'outsystems', 'nintex'),

  // ─── Every industry: the technology of what the company sells ──────────────────────────
  term('software-engineering', 'cloudnative', 'serverless', 'aws lambda', 'service mesh', 'istio', 'cqrs', 'websockets', 'api versioning', 'rabbitmq', 'cli', 'command-line interface', 'kotlin', 'xcode'),
  term('customer-technology', 'appstoreoptimisation', 'app store optimisation', 'app store optimization', 'aso', 'alexa skill', 'alexa skills'),
  term('customer-technology', 'recommender', 'recommender system', 'recommender systems'),
  term('customer-technology', 'customeridentity', 'customer identity', 'customer identity management', 'auth0', 'social login'),
  term('product-development', 'appmarketplaces', 'app marketplace', 'integrations marketplace', 'plugin marketplace', 'appexchange', 'atlassian marketplace', 'chrome web store'),
  term('analytics-products', 'embeddedanalytics', 'embedded analytics', 'customer-facing analytics', 'customer-facing dashboards'),
  term('emerging-technology', 'mlplatform', 'mlops', 'ml ops', 'sagemaker', 'vertex ai', 'huggingface', 'langchain', 'azure openai', 'openai api'),
  term('software-engineering', 'appbackends', 'firebase', 'supabase', 'vercel', 'netlify', 'heroku', 'crashlytics', 'bugsnag'),
  term('customer-technology', 'experiencetools', 'optimizely', 'hotjar', 'fullstory', 'contentsquare', 'onesignal'),
  term('product-development', 'chargepoints', 'ocpp'),
  // Card data spans the tills and the online checkout: security as a whole.
  term('security-overall', 'pcidss', 'pci dss', 'pci compliance'),
];

/**
 * Classes the seventh pass fixed (issue 14), each with fresh phrasings written for the class, not
 * taken from any labelled set. One describe block per class; the harness is class-probes.ts.
 */
import { describe } from 'vitest';
import { probeClass } from './class-probes.js';

describe('the day-to-day administration of staff accounts and logins is the CIO’s internal IT', () => {
  probeClass([
    ['Remove logins of people who have left', 'CIO', 'identity-access'],
    ['Entra ID groups for each department', 'CIO', 'identity-access'],
    ['Okta accounts for the summer temps', 'CIO', 'identity-access'],
    ['Deactivating accounts of former employees', 'CIO', 'identity-access'],
    ['Access rights for the new finance hires', 'CIO', 'identity-access'],
    ['SSO for the office apps', 'CIO', 'identity-access'],
    ['User accounts for agency workers', 'CIO', 'identity-access'],
    ['Staff locked out of their accounts', 'CIO', 'identity-access'],
  ]);
});

describe('the rules that guard staff accounts stay the internal half of security (§13: Shared, the CIO leading)', () => {
  probeClass([
    ['MFA for every staff login', 'Shared/CIO', 'internal-security'],
    ['Privileged access for database admins', 'Shared/CIO', 'internal-security'],
    ['Password policy for all employees', 'Shared/CIO', 'internal-security'],
    ['Conditional access rules in Entra', 'Shared/CIO', 'internal-security'],
  ]);
});

describe('accounts customers hold are the product’s', () => {
  probeClass([['Customer accounts in our app', 'CTO']]);
});

describe('file shares named in the singular ("the shared drive") are workplace technology', () => {
  probeClass([
    ['Nobody can find anything on the team drive', 'CIO', 'workplace-technology'],
    ['Move the network drive to SharePoint', 'CIO'],
  ]);
});

describe('words of the trade the vocabulary lacked: rotas, calling tools, consumer devices, editions, games', () => {
  probeClass([
    ['Rostering software for the care homes', 'CIO'],
    ['Rota planning for nurses', 'CIO'],
    ['RingCentral for the support team', 'CIO'],
    ['Dialpad licences', 'CIO'],
    ['Battery life of our smart doorbell', 'CTO'],
    ['Smart speakers', 'CTO'],
    ['A self-hosted edition for banks', 'CTO'],
    ['Game engine upgrade', 'CTO'],
    ['Latency on our game servers', 'CTO'],
  ]);
});

describe('recommendations shown to shoppers are a customer-facing product feature (the CTO’s)', () => {
  probeClass([
    ['Personalised recommendations on our storefront', 'CTO'],
    ['Recommendation engine for the streaming app', 'CTO'],
  ]);
});

describe('analysts are industry analysts only when the wording says so', () => {
  probeClass([
    ['Laptops for the data analysts', 'CIO'],
    ['Briefing industry analysts on our roadmap', 'CTO'],
  ]);
});

describe('licensing out what the company made is selling it', () => {
  probeClass([
    ['Licensing our patents to other manufacturers', 'CTO'],
    ['Licensing our staff for Office', 'CIO'],
  ]);
});

describe('security named for one side’s technology is that side’s half of security (§13: Shared, lead by side)', () => {
  probeClass([
    ['Cyber protection for the warehouse scanners', 'Shared/CIO', 'internal-security'],
    ['Securing the payroll system', 'Shared/CIO', 'internal-security'],
    ['Data protection for our HR records', 'Shared/CIO', 'internal-security'],
    ['Protect the data customers store in our platform', 'Shared/CTO', 'product-security'],
    ['Security of the checkout in our app', 'Shared/CTO', 'product-security'],
    ['Security reviews of the mobile app', 'Shared/CTO', 'product-security'],
  ]);
});

describe('words that look like security but are not', () => {
  probeClass([
    ['Secure funding for the new ERP', 'CIO'],
    ['Securities settlement app we sell to brokers', 'CTO'],
  ]);
});

describe('a third party named for one side’s technology is vendor relations (§15: Shared, lead by side)', () => {
  probeClass([
    ['Outsourcing the help desk to an MSP', 'Shared/CIO'],
    ['Price review with the suppliers of our laptops', 'Shared/CIO'],
    ['Technology partners for the mobile app', 'Shared/CTO'],
  ]);
});

describe('partners who build on the product and the supply chain are no vendor relations', () => {
  probeClass([
    ['SDK for integration partners', 'CTO'],
    ['Supply chain system upgrade', 'CIO'],
    ['Contractors’ laptops', 'CIO'],
  ]);
});

describe('one role’s work named with the other role is the two working together (§8), led by the side whose work it is', () => {
  probeClass([
    ['CIO and CTO review of the help desk backlog', 'Shared/CIO', 'role-collaboration'],
    ['Involve the CTO in next year’s IT strategy', 'Shared/CIO', 'role-collaboration'],
    ['Ask the CIO to join the product roadmap review', 'Shared/CTO', 'role-collaboration'],
  ]);
});

describe('both roles named as the candidates for a disputed topic is that dispute', () => {
  probeClass([
    ['Who leads the budget, CIO or CTO', 'Contested', 'technology-budget'],
    ['Is the CTO a peer of the CIO', 'Contested', 'reporting-line'],
  ]);
});

describe('automating the company’s own work and analysing its data are the both-role topics (§12, §14)', () => {
  probeClass([
    ['Automating the expense approvals in finance', 'Shared/CIO', 'automation'],
    ['Automated payroll runs', 'Shared/CIO', 'automation'],
    ['Cleaning up CRM data for analysis', 'Shared/CIO'],
    ['Usage analytics in the app we sell', 'Shared/CTO'],
  ]);
});

describe('test automation stays engineering practice', () => {
  probeClass([['Test automation for the mobile app', 'CTO']]);
});

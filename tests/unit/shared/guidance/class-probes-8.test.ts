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

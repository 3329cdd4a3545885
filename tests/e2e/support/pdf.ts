import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { checkScenario } from '../../../shared/guidance/index.js';
import { printRouteHash, type PdfOptions } from '../../../shared/ipc/print-route.js';
import {
  responsibilityId,
  scenarioId,
  type Lane,
  type Role,
  type Scenario,
} from '../../../shared/model/index.js';

// Seeding lives with the other library helpers; the PDF specs and others import it from here too.
export { seedScenarios } from './library.js';

// Fixtures and poppler helpers for the PDF specs. Scenarios are seeded into the app's real
// IndexedDB in the repository's row format, then printed through the print route.

const AREAS = [
  'Employee service desk',
  'ERP platform operations',
  'CRM administration',
  'HR systems and payroll integration',
  'Corporate network and Wi-Fi',
  'Laptop fleet and device management',
  'Identity and access management',
  'IT governance and audit readiness',
  'Software licence management',
  'Business intelligence dashboards',
  'Data warehouse operations',
  'Internal process automation',
  'Vendor contracts for office IT',
  'Disaster recovery of internal systems',
  'Collaboration tools rollout',
  'IT budget planning',
  'Technology training for staff',
  'Records retention and archiving',
  'Internal security awareness',
  'Enterprise architecture standards',
  'Product architecture',
  'Customer-facing mobile app',
  'Public website platform',
  'Research and development lab',
  'Engineering hiring and career ladders',
  'Machine learning features in the product',
  'API platform for partners',
  'Developer experience and tooling',
  'Product security reviews',
  'Site reliability for the customer service',
  'Technology partnerships with startups',
  'Emerging technology scouting',
  'Release engineering and CI',
  'Customer data platform',
  'Patent and invention disclosures',
  'Cloud cost optimisation',
  'Technology roadmap',
  'Data privacy programme',
  'Incident response',
  'Architecture review board',
  'Open-source compliance',
  'Payments integration',
  'Observability and monitoring',
  'Quality assurance strategy',
  'Accessibility of digital products',
  'Digital transformation office',
  'Technical due diligence for acquisitions',
  'Analytics for product usage',
  'Backup and storage services',
  'Telephony and contact-centre systems',
] as const;

const REGIONS = ['for Europe', 'for the Americas', 'for Asia-Pacific', 'for group functions'] as const;

function lanesFor(count: number): { owner: Lane; lead?: Role }[] {
  // Roughly 35 % CIO, 35 % CTO, 15 % Shared (leads alternate), 15 % Unassigned, interleaved.
  const pattern: { owner: Lane; lead?: Role }[] = [
    { owner: 'CIO' },
    { owner: 'CTO' },
    { owner: 'CIO' },
    { owner: 'Shared', lead: 'CIO' },
    { owner: 'CTO' },
    { owner: 'Unassigned' },
    { owner: 'CIO' },
    { owner: 'CTO' },
    { owner: 'Shared', lead: 'CTO' },
    { owner: 'CIO' },
    { owner: 'CTO' },
    { owner: 'Unassigned' },
    { owner: 'CIO' },
    { owner: 'CTO' },
  ];
  return Array.from({ length: count }, (_, index) => pattern[index % pattern.length] ?? { owner: 'CIO' });
}

/** A scenario with `count` responsibilities (unique titles), a waiver and a contested stance. */
export function fixtureScenario(id: string, name: string, count: number): Scenario {
  const owners = lanesFor(count);
  const responsibilities = owners.map((placement, index) => {
    const area = AREAS[index % AREAS.length] ?? 'Responsibility';
    const region =
      count > AREAS.length ? ` ${REGIONS[Math.floor(index / AREAS.length) % REGIONS.length]}` : '';
    return {
      id: responsibilityId(`${id}-r${index}`),
      title: `${area}${region}`,
      owner: placement.owner,
      ...(placement.lead ? { lead: placement.lead } : {}),
      ...(index % 9 === 4
        ? { note: 'Agreed at the March leadership offsite; review after the first quarter.' }
        : {}),
    };
  });
  const base: Scenario = {
    id: scenarioId(id),
    name,
    context: { companySize: 'large', focus: 'product', reportingLine: 'both-to-ceo' },
    responsibilities,
    waivers: [],
    stances: { 'technology-budget': 'CIO' },
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  };
  // Waive the first open finding the guidance raises, so the appendix has a waiver to show.
  const first = checkScenario(base).findings[0];
  return first
    ? {
        ...base,
        waivers: [
          {
            findingId: first.id,
            rationale: 'Accepted for this year while the team is hired.',
            at: base.updatedAt,
          },
        ],
      }
    : base;
}

/** Opens the print route for a saved scenario and waits until the view reports ready. */
export async function openPrintView(page: Page, id: string, options: PdfOptions): Promise<void> {
  // A fresh load: the route is read once at start, and a hash change alone does not reload.
  await page.goto('about:blank');
  await page.goto(`/${printRouteHash({ scenarioId: id, options })}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'ready', { timeout: 20_000 });
}

/** Prints the current page the way the print view asks (CSS page size) and writes it to `file`. */
export async function printToFile(page: Page, file: string): Promise<Buffer> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, pdf);
  return pdf;
}

/** `pdfinfo` fields of interest. */
export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** Size in points of every page (not only the first). */
export function pageSizes(file: string, pages: number): { width: number; height: number }[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

/** The text of each page, whitespace collapsed (so wrapped titles read as one line). */
export function pageTexts(file: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, index) =>
    execFileSync('pdftotext', ['-raw', '-f', String(index + 1), '-l', String(index + 1), file, '-'], {
      encoding: 'utf8',
    })
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Rows of `pdffonts`: font name and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type [encoding...] emb sub uni object ID: emb is the 5th column from the end.
    return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
  });
}

/** Renders every page to PNG (60 dpi) under `prefix` for a person to look at. */
export function renderPages(file: string, prefix: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', file, prefix]);
}

/** Whitespace-collapsed, for comparing titles with extracted text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Writes a small JSON of figures next to the PDFs, for the report. */
export function writeFigures(file: string, figures: Record<string, unknown>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(figures, null, 2));
}

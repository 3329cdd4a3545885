/**
 * The two public articles the guidance is derived from, and a registry of their sections.
 *
 * A citation names a section by a short stable key (`{source: 'cio-vs-cto', section: '17'}`),
 * never by the article's heading: headings are long enough that repeating them would copy the
 * articles word for word. Each key has a display label written by us (under nine words) and a
 * locator that tells a reader how to find the heading in the article (its number, its step, or
 * where it stands).
 */

/** One section of a source article as Remit refers to it. */
export interface SourceSection {
  /** Stable key used in citations: the section number, `step-N`, or a short name. */
  readonly key: string;
  /** Our short name for the section, shown wherever a citation is displayed. */
  readonly label: string;
  /** How to find the heading in the article, without repeating it. */
  readonly locator: string;
}

/**
 * Sections of "CIO vs. CTO: What's the Difference?", in article order. The numbered sections
 * are keyed by their number; the steps of the closing how-to by `step-N` (the steps nested
 * inside step 2 are part of step 2). `intro` is the untitled opening.
 */
export const CIO_VS_CTO_SECTIONS = [
  { key: 'intro', label: 'Opening overview', locator: 'untitled opening paragraphs' },
  { key: 'cio-role', label: 'What a CIO does', locator: 'first question heading' },
  { key: 'cto-role', label: 'What a CTO does', locator: 'second question heading' },
  { key: 'which-better', label: 'Which of the two jobs is better', locator: 'third question heading' },
  { key: '1', label: '§1 Qualifications', locator: 'numbered section 1' },
  { key: '2', label: '§2 Responsibilities', locator: 'numbered section 2' },
  { key: '3', label: '§3 Position in the company', locator: 'numbered section 3' },
  { key: '4', label: '§4 Salary', locator: 'numbered section 4' },
  { key: '5', label: '§5 Job outlook', locator: 'numbered section 5' },
  { key: '6', label: '§6 Education', locator: 'numbered section 6' },
  { key: '7', label: '§7 Workload', locator: 'numbered section 7' },
  { key: '8', label: '§8 Where the roles overlap', locator: 'numbered section 8' },
  { key: '9', label: '§9 Seniority in the C-suite', locator: 'numbered section 9' },
  { key: '10', label: '§10 Working with stakeholders', locator: 'numbered section 10' },
  { key: '11', label: '§11 Innovation', locator: 'numbered section 11' },
  { key: '12', label: '§12 Automation', locator: 'numbered section 12' },
  { key: '13', label: '§13 Data security', locator: 'numbered section 13' },
  { key: '14', label: '§14 Analytics', locator: 'numbered section 14' },
  { key: '15', label: '§15 Vendor relations', locator: 'numbered section 15' },
  { key: '16', label: '§16 Technology infrastructure', locator: 'numbered section 16' },
  { key: '17', label: '§17 Computer data systems', locator: 'numbered section 17' },
  { key: '18', label: '§18 Data systems', locator: 'numbered section 18' },
  { key: '19', label: '§19 Product architecture', locator: 'numbered section 19' },
  { key: '20', label: '§20 Side-by-side summary table', locator: 'numbered section 20' },
  { key: 'how-to-choose', label: 'Choosing between the two roles', locator: 'heading before the steps' },
  { key: 'step-1', label: 'Step 1, knowing both roles', locator: 'step 1' },
  { key: 'step-2', label: 'Step 2, choosing the role that fits', locator: 'step 2' },
  { key: 'step-3', label: 'Step 3, skills and experience', locator: 'step 3' },
  { key: 'step-4', label: 'Step 4, the technology landscape', locator: 'step 4' },
  { key: 'step-5', label: 'Step 5, priorities and duties', locator: 'step 5' },
  { key: 'step-6', label: 'Step 6, costs and benefits', locator: 'step 6' },
  { key: 'step-7', label: 'Step 7, qualifications needed', locator: 'step 7' },
  { key: 'step-8', label: 'Step 8, legal requirements', locator: 'step 8' },
  { key: 'step-9', label: 'Step 9, prerequisites for either role', locator: 'step 9' },
] as const satisfies readonly SourceSection[];

/** Sections of the untitled "inward/outward" news article, in article order. */
export const INWARD_OUTWARD_SECTIONS = [
  { key: 'intro', label: 'Opening paragraph', locator: 'untitled opening paragraph' },
  { key: 'cto-role', label: 'The CTO’s role and usual tasks', locator: 'first heading, with the task list' },
  { key: 'cio-differs', label: 'How the CIO’s role differs', locator: 'second heading' },
  { key: 'thesis', label: 'Inward CIO, outward CTO', locator: 'third heading, the conclusion' },
] as const satisfies readonly SourceSection[];

/** A section key of the `cio-vs-cto` article; a misspelt key is a compile error. */
export type CioVsCtoSection = (typeof CIO_VS_CTO_SECTIONS)[number]['key'];
/** A section key of the `inward-outward` article; a misspelt key is a compile error. */
export type InwardOutwardSection = (typeof INWARD_OUTWARD_SECTIONS)[number]['key'];

/** Identifies one source article. */
export type SourceId = 'cio-vs-cto' | 'inward-outward';

/**
 * A machine-readable reference into a source: the article id plus a section key from the
 * registry ({@link CIO_VS_CTO_SECTIONS}, {@link INWARD_OUTWARD_SECTIONS}).
 */
export type Citation =
  | { readonly source: 'cio-vs-cto'; readonly section: CioVsCtoSection }
  | { readonly source: 'inward-outward'; readonly section: InwardOutwardSection };

/** One source article as the registry describes it. */
export interface Source {
  readonly id: SourceId;
  /** The article's title; the `inward-outward` article has none, so this names it by its thesis. */
  readonly title: string;
  /** True when the title is the article's own; false when Remit had to name it. */
  readonly titleIsOwn: boolean;
  /** Its sections in article order. */
  readonly sections: readonly SourceSection[];
}

/** The registry of source articles, by id. Readonly data. */
export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'cio-vs-cto': {
    id: 'cio-vs-cto',
    title: 'CIO vs. CTO: What’s the Difference?',
    titleIsOwn: true,
    sections: CIO_VS_CTO_SECTIONS,
  },
  'inward-outward': {
    id: 'inward-outward',
    title: 'CIOs look inward, CTOs look outward',
    titleIsOwn: false,
    sections: INWARD_OUTWARD_SECTIONS,
  },
};

const SECTION_INDEX: ReadonlyMap<string, { readonly section: SourceSection; readonly order: number }> = new Map(
  (Object.keys(SOURCES) as SourceId[]).flatMap((id) =>
    SOURCES[id].sections.map((section, order) => [`${id}\u0000${section.key}`, { section, order }] as const),
  ),
);

/**
 * The registry entry a citation points at, or undefined when the key is unknown (only
 * possible for data typed loosely, e.g. parsed from JSON). Pure.
 */
export function findSection(citation: { readonly source: string; readonly section: string }): SourceSection | undefined {
  return SECTION_INDEX.get(`${citation.source}\u0000${citation.section}`)?.section;
}

/** The position of the cited section in its article (for sorting); -1 when unknown. Pure. */
export function sectionOrder(citation: Citation): number {
  return SECTION_INDEX.get(`${citation.source}\u0000${citation.section}`)?.order ?? -1;
}

/** Our short display label for the cited section ("§17 Computer data systems"). Pure. */
export function sectionLabel(citation: Citation): string {
  return findSection(citation)?.label ?? citation.section;
}

/** Shorthand for a citation into the `cio-vs-cto` article. Pure. */
export function cioVsCto(section: CioVsCtoSection): Citation {
  return { source: 'cio-vs-cto', section };
}

/** Shorthand for a citation into the `inward-outward` article. Pure. */
export function inwardOutward(section: InwardOutwardSection): Citation {
  return { source: 'inward-outward', section };
}

/** Renders a citation for people: `source title — section label`. Pure. */
export function formatCitation(citation: Citation): string {
  return `${SOURCES[citation.source].title} — ${sectionLabel(citation)}`;
}

/** True when two citations point at the same section. Pure. */
export function sameCitation(a: Citation, b: Citation): boolean {
  return a.source === b.source && a.section === b.section;
}

/** Removes repeated citations, keeping the first occurrence order. Pure. */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  const result: Citation[] = [];
  for (const citation of citations) {
    const key = `${citation.source}\u0000${citation.section}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(citation);
  }
  return result;
}

/**
 * Sections that give role guidance on one subject (the numbered "role in …" sections, the
 * second article's role sections) come before broad ones; the how-to-choose steps and the
 * openings come last. Smaller is more specific.
 */
function specificity(citation: Citation): number {
  if (citation.source === 'inward-outward') return citation.section === 'intro' ? 3 : 0;
  const { section } = citation;
  if (/^\d+$/.test(section)) {
    const number = Number(section);
    // §8–§19 are each about one area of work; §1–§7 are about the jobs themselves and §20
    // summarises everything in a table.
    return number >= 8 && number <= 19 ? 0 : 1;
  }
  if (section === 'cio-role' || section === 'cto-role') return 1;
  if (section.startsWith('step-')) return 2;
  return 3;
}

/**
 * Citations ordered most specific first (see above); within a tier the given order is kept,
 * so a hand-picked order of equally specific sections survives. Screens show the first one
 * or two and fold the rest, so the first must be the section a reader should open. Pure.
 */
export function rankCitations(citations: readonly Citation[]): Citation[] {
  return citations
    .map((citation, index) => ({ citation, index, tier: specificity(citation) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map((entry) => entry.citation);
}

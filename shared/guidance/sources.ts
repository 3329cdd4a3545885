/**
 * The two public articles the guidance is derived from, with their section headings exactly
 * as the articles give them, so a citation can be rendered as "title § section".
 */

/** Section headings of "CIO vs. CTO: What's the Difference?", exactly as printed. */
export const CIO_VS_CTO_SECTIONS = [
  'Introduction',
  'What does a CIO do?',
  'What does a CTO do?',
  'Which job is better: being the CIO or the CTO?',
  '1. CIO vs. CTO: Qualifications',
  '2. CIO vs. CTO: Responsibilities',
  '3. CIO vs. CTO: Position',
  '4. CIO vs. CTO: Salary',
  '5. CIO vs. CTO: Job Outlook',
  '6. CIO vs. CTO: Education requirements',
  '7. CIO vs. CTO: Workload',
  '8. CIO vs. CTO: Intersection of roles',
  '9. CIO vs. CTO: C-suite level',
  '10. CIO vs. CTO: Liaison with stakeholders',
  '11. CIO vs. CTO: Role in Innovation',
  '12. CIO vs. CTO: Role in Automation',
  '13. CIO vs. CTO: Role in data security',
  '14. CIO vs. CTO: Role in analytics',
  '15. CIO vs. CTO: Role in vendor relations',
  '16. CIO vs. CTO: Role in technology infrastructure',
  '17. CIO vs. CTO: Role in computer data systems',
  '18. CIO vs. CTO: Role in data systems',
  '19. CIO vs. CTO: Role in product architecture',
  '20. CIO vs. CTO:',
  'How to choose between being the CIO or the CTO?',
  'Step 1: Understand the different roles of the CIO and CTO',
  'Step 2: Determine which role best suits your needs',
  'Step 3: Evaluate existing skills and experiences',
  'Step 4: Consider the landscape of available technology solutions',
  'Step 5: Analyze each role’s priorities and responsibilities',
  'Step 6: Compare cost, benefits, and requirements',
  'Step 7: Assess the qualifications required for each role',
  'Step 8: Consider the legal requirements applicable to each role',
  'Step 9: Check if there are any pre-requisites required for one role over the other',
] as const;

/** Section headings of the "CIOs look inward, CTOs look outward" article, exactly as printed. */
export const INWARD_OUTWARD_SECTIONS = [
  'Introduction',
  'The role of a CTO',
  'How does the role of the CIO differ from that of a CTO?',
  'CIOs look inward, CTOs look outward',
] as const;

/** A heading of the `cio-vs-cto` article. */
export type CioVsCtoSection = (typeof CIO_VS_CTO_SECTIONS)[number];
/** A heading of the `inward-outward` article. */
export type InwardOutwardSection = (typeof INWARD_OUTWARD_SECTIONS)[number];

/** Identifies one source article. */
export type SourceId = 'cio-vs-cto' | 'inward-outward';

/**
 * A machine-readable reference into a source: the article id plus a section heading exactly
 * as the article prints it. "Introduction" names the untitled opening paragraphs.
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
  readonly sections: readonly string[];
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

/** Shorthand for a citation into the `cio-vs-cto` article. Pure. */
export function cioVsCto(section: CioVsCtoSection): Citation {
  return { source: 'cio-vs-cto', section };
}

/** Shorthand for a citation into the `inward-outward` article. Pure. */
export function inwardOutward(section: InwardOutwardSection): Citation {
  return { source: 'inward-outward', section };
}

/** Renders a citation for people: `source title § section`. Pure. */
export function formatCitation(citation: Citation): string {
  return `${SOURCES[citation.source].title} § ${citation.section}`;
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

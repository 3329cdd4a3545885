import {
  COMPANY_SIZE_CITATIONS,
  DRIFT_CITATIONS,
  DUPLICATE_CITATIONS,
  FOCUS_CITATIONS,
  SOURCES,
  TOPICS,
  type Citation,
  type Source,
  type SourceId,
  type SourceSection,
} from '../../../shared/guidance/index.js';
import { SOURCE_LINKS } from '../../../shared/ipc/external-links.js';

/** One source article as the Sources dialog shows it. */
export interface SourceEntry {
  readonly source: Source;
  /** The article's sections the guidance cites somewhere, in the article's order. */
  readonly cited: readonly SourceSection[];
  /** The article's public address, when known (only those may be opened); null otherwise. */
  readonly url: string | null;
}

/** Every citation in the knowledge base: topics, both sides of contested topics, plan-level rules. */
function allCitations(): Citation[] {
  const citations: Citation[] = [];
  for (const topic of TOPICS) {
    citations.push(...topic.citations);
    if (topic.stance.kind === 'contested') {
      for (const position of topic.stance.positions) citations.push(...position.citations);
    }
  }
  citations.push(...COMPANY_SIZE_CITATIONS, ...FOCUS_CITATIONS, ...DRIFT_CITATIONS, ...DUPLICATE_CITATIONS);
  return citations;
}

/**
 * Both source articles with the sections Remit's guidance cites, in article order, and the
 * address where one is known. Pure (reads the shared registry only).
 */
export function sourceEntries(): readonly SourceEntry[] {
  const cited = new Map<SourceId, Set<string>>();
  for (const citation of allCitations()) {
    const sections = cited.get(citation.source) ?? new Set<string>();
    sections.add(citation.section);
    cited.set(citation.source, sections);
  }
  return (Object.keys(SOURCES) as SourceId[]).map((id) => {
    const source = SOURCES[id];
    const sections = cited.get(id) ?? new Set<string>();
    return {
      source,
      cited: source.sections.filter((section) => sections.has(section.key)),
      url: SOURCE_LINKS.find((link) => link.sourceId === id)?.url ?? null,
    };
  });
}

import { SOURCES, sectionLabel, type Citation } from '../../shared/guidance/index.js';

/** "Article title — section label", the way a reader looks it up. */
export function CitationText({ citation }: { readonly citation: Citation }) {
  return (
    <>
      <cite>{SOURCES[citation.source].title}</cite> — {sectionLabel(citation)}
    </>
  );
}

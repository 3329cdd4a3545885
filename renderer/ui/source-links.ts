import type { Citation } from '../../shared/guidance/index.js';

type Listener = (citation: Citation) => void;
const listeners = new Set<Listener>();

/**
 * Asks the app to show the Sources view at a citation's section. Features that show citations
 * (the guidance panel) call this; the help feature, which owns the Sources view, listens. Neither
 * imports the other. Returns false when nothing listens (the citation then stays plain text).
 */
export function openSourceSection(citation: Citation): boolean {
  for (const listener of listeners) listener(citation);
  return listeners.size > 0;
}

/** Registers the Sources view's opener; returns the unsubscribe. */
export function onOpenSourceSection(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The id of a section's element in the Sources view (stable, so a citation can point at it). */
export function sourceSectionId(citation: Citation): string {
  return `source-${citation.source}-${citation.section}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

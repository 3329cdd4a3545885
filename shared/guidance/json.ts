/**
 * The JSON shapes the command line prints (`remit suggest --json`, `remit check --json`), made
 * here so every caller prints the same thing. Pure.
 */
import type { Role } from '../model/index.js';
import type { Finding } from './check.js';
import { sectionLabel, type Citation } from './sources.js';
import type { MatchStrength, SuggestedOwner, Suggestion, TopicRef } from './suggest.js';
import type { Position } from './topics.js';

/** A citation with its readable label. */
export interface CitationJson {
  readonly source: string;
  readonly section: string;
  readonly label: string;
}

/** One side of a contested topic, with its own citations. */
export interface PositionJson {
  readonly owner: Role | null;
  readonly label: string;
  readonly summary: string;
  readonly citations: readonly CitationJson[];
}

/** What `remit suggest --json` prints for one text. */
export interface SuggestionJson {
  readonly owner: SuggestedOwner;
  readonly confidence: number;
  readonly match: MatchStrength;
  readonly topic: TopicRef | null;
  readonly signals: readonly string[];
  /** The topic's citations; empty for a contested topic, whose positions carry their own. */
  readonly citations: readonly CitationJson[];
  readonly lead?: Role;
  readonly positions?: readonly PositionJson[];
  readonly reason: string;
  /** Remit's own practical note, not claimed by the sources. */
  readonly note?: string;
}

/** A citation as JSON. Pure. */
export function citationJson(citation: Citation): CitationJson {
  return { source: citation.source, section: citation.section, label: sectionLabel(citation) };
}

/** A position as JSON, with its own citations. Pure. */
export function positionJson(position: Position): PositionJson {
  return {
    owner: position.owner,
    label: position.label,
    summary: position.summary,
    citations: position.citations.map(citationJson),
  };
}

/** A suggestion as `remit suggest --json` prints it. Pure. */
export function suggestionJson(suggestion: Suggestion): SuggestionJson {
  return {
    owner: suggestion.owner,
    confidence: suggestion.confidence,
    match: suggestion.match,
    topic: suggestion.topic,
    signals: suggestion.signals,
    citations: suggestion.positions ? [] : suggestion.citations.map(citationJson),
    ...(suggestion.lead ? { lead: suggestion.lead } : {}),
    ...(suggestion.positions ? { positions: suggestion.positions.map(positionJson) } : {}),
    reason: suggestion.reason,
    ...(suggestion.note ? { note: suggestion.note } : {}),
  };
}

/** A finding as `remit check --json` prints it. Pure. */
export function findingJson(finding: Finding): Record<string, unknown> {
  return {
    id: finding.id,
    ruleId: finding.ruleId,
    severity: finding.severity,
    responsibilityIds: finding.responsibilityIds,
    topic: finding.topic,
    message: finding.message,
    citations: finding.citations.map(citationJson),
    ...(finding.note ? { note: finding.note } : {}),
    ...(finding.positions ? { positions: finding.positions.map(positionJson) } : {}),
    ...(finding.fix ? { fix: finding.fix } : {}),
    ...(finding.waived ? { waived: finding.waived } : {}),
  };
}

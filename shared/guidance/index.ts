/**
 * The guidance engine: a knowledge base derived from two public articles on the CIO and CTO
 * roles, with citations into them, and pure functions on top: {@link suggestOwner} for free
 * text, {@link checkScenario} for a whole plan, and {@link searchCatalog} for the starter
 * catalog. No DOM, Node or Electron; safe in the renderer, the main process and the CLI.
 */
export {
  CIO_VS_CTO_SECTIONS,
  INWARD_OUTWARD_SECTIONS,
  SOURCES,
  findSection,
  formatCitation,
  rankCitations,
  sameCitation,
  sectionLabel,
  sectionOrder,
  uniqueCitations,
  type Citation,
  type CioVsCtoSection,
  type InwardOutwardSection,
  type Source,
  type SourceId,
  type SourceSection,
} from './sources.js';
export {
  TOPICS,
  TOPICS_BY_ID,
  getTopic,
  stanceRole,
  type Position,
  type Topic,
  type TopicStance,
} from './topics.js';
export { type MatchStrength, type SuggestedOwner, type Suggestion, type TopicRef } from './suggest.js';
export { suggestOwner } from './suggestion.js';
export { clearGuidanceMemos, guidanceMemoSizes } from './memo.js';
export { FIELD_TERMS, type FieldTerm } from './vocabulary.js';
export { CATALOG, searchCatalog, type CatalogEntry } from './catalog.js';
export {
  COMPANY_SIZE_CITATIONS,
  DRIFT_CITATIONS,
  DUPLICATE_CITATIONS,
  FOCUS_CITATIONS,
  RULE_DESCRIPTIONS,
  RULE_IDS,
  checkScenario,
  type CheckInput,
  type CheckResult,
  type Finding,
  type FindingFix,
  type ResponsibilityGuidance,
  type ResponsibilityStatus,
  type RuleId,
  type Severity,
} from './check.js';
export { canonicalKey, contentStems } from './text.js';
export {
  citationJson,
  findingJson,
  positionJson,
  suggestionJson,
  type CitationJson,
  type PositionJson,
  type SuggestionJson,
} from './json.js';

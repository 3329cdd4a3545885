/** The text of shared/guidance/lexicon-data.ts as the generator would write it now. */
export function buildLexicon(): string;

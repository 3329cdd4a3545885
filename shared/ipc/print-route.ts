/**
 * The print route: the URL (on the app origin) that renders one scenario as a printable org
 * chart. Main builds it for its hidden PDF window; the renderer parses it at start; tests and
 * the bench open it directly. Pure; no DOM, no Node.
 *
 * Shape: `index.html#/print?scenario=<id>&paper=a4|letter&orientation=portrait|landscape&appendix=1|0`,
 * or for a comparison `index.html#/print?compare=<list>&paper=…&orientation=…` (see
 * {@link ComparedRef}: the list names 2 to 4 scenarios or versions).
 * A hash route, so every host (the `app://` protocol, the dev and test servers) serves the
 * one `index.html` unchanged.
 */

/** Paper sizes the PDF export offers. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
/** A paper size: ISO A4 (210 × 297 mm) or US Letter (8.5 × 11 in). */
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Page orientations the PDF export offers. */
export const ORIENTATIONS = ['portrait', 'landscape'] as const;
/** Which way up the page is. */
export type Orientation = (typeof ORIENTATIONS)[number];

/** How the user asked the PDF to be laid out. */
export interface PdfOptions {
  readonly paper: PaperSize;
  readonly orientation: Orientation;
  /** Whether to add the guidance appendix (findings, waivers, contested stances). */
  readonly appendix: boolean;
}

/** The options the export dialog starts with. */
export const DEFAULT_PDF_OPTIONS: PdfOptions = { paper: 'a4', orientation: 'portrait', appendix: true };

/** The hash prefix of the print route, `#/print`. */
export const PRINT_ROUTE_HASH = '#/print';

/** Longest scenario id the route accepts; ids are UUIDs in practice. */
export const MAX_SCENARIO_ID_LENGTH = 128;

/** Fewest scenarios a comparison PDF shows (as the compare view allows). */
export const MIN_COMPARED_IN_PDF = 2;
/** Most scenarios a comparison PDF shows (as the compare view allows). */
export const MAX_COMPARED_IN_PDF = 4;

/**
 * One column of a comparison: a saved scenario, or a saved version (snapshot) of one. A
 * version names its scenario too, so it is found without scanning every scenario's versions.
 */
export type ComparedRef =
  | { readonly kind: 'scenario'; readonly scenarioId: string }
  | { readonly kind: 'version'; readonly scenarioId: string; readonly versionId: string };

/**
 * What the print route carries: which scenario and how to lay it out; or, with `compare`, the
 * 2 to 4 scenarios or versions to print as a comparison (the first is the baseline; then
 * `scenarioId` is empty and `appendix` does not apply).
 */
export interface PrintRoute {
  readonly scenarioId: string;
  readonly options: PdfOptions;
  /**
   * Present for a comparison. Empty when the link asked for one but its list was unusable
   * (too few, too many, or malformed), so the page can say what is wrong.
   */
  readonly compare?: readonly ComparedRef[];
}

/** True when `refs` is a usable comparison: 2 to 4 entries with printable ids. Pure. */
export function isComparedList(refs: readonly ComparedRef[]): boolean {
  return (
    refs.length >= MIN_COMPARED_IN_PDF &&
    refs.length <= MAX_COMPARED_IN_PDF &&
    refs.every(
      (ref) => isPrintableScenarioId(ref.scenarioId) && (ref.kind === 'scenario' || isPrintableScenarioId(ref.versionId)),
    )
  );
}

// A compared list travels as `s:<id>` / `v:<scenario id>:<version id>`, comma-separated, each
// id URL-encoded inside the (again encoded) query value, so ids may hold any character.
function encodeCompared(refs: readonly ComparedRef[]): string {
  return refs
    .map((ref) =>
      ref.kind === 'scenario'
        ? `s:${encodeURIComponent(ref.scenarioId)}`
        : `v:${encodeURIComponent(ref.scenarioId)}:${encodeURIComponent(ref.versionId)}`,
    )
    .join(',');
}

function decodeCompared(value: string): ComparedRef[] {
  const refs: ComparedRef[] = [];
  for (const part of value.split(',')) {
    const [kind, first, second, extra] = part.split(':').map(decode);
    if (extra !== undefined || first === undefined) return [];
    if (kind === 's' && second === undefined) refs.push({ kind: 'scenario', scenarioId: first });
    else if (kind === 'v' && second !== undefined) refs.push({ kind: 'version', scenarioId: first, versionId: second });
    else return [];
  }
  return isComparedList(refs) ? refs : [];
}

/** True when `value` can be a scenario id in a print route: short, no control characters. */
export function isPrintableScenarioId(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters never occur in ids
  return value.length > 0 && value.length <= MAX_SCENARIO_ID_LENGTH && !/[\u0000-\u001f]/.test(value);
}

/**
 * The hash of the print route for `route`, e.g. `#/print?scenario=…&paper=a4&…`. Pure; the id
 * is URL-encoded.
 */
export function printRouteHash(route: PrintRoute): string {
  const query = [
    route.compare
      ? `compare=${encodeURIComponent(encodeCompared(route.compare))}`
      : `scenario=${encodeURIComponent(route.scenarioId)}`,
    `paper=${route.options.paper}`,
    `orientation=${route.options.orientation}`,
    `appendix=${route.options.appendix ? '1' : '0'}`,
  ];
  return `${PRINT_ROUTE_HASH}?${query.join('&')}`;
}

/** Splits `a=1&b=2` into a map; the first value of a repeated key wins. Malformed escapes are kept raw. */
function parseQuery(query: string): ReadonlyMap<string, string> {
  const values = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    if (!values.has(key)) values.set(key, decode(at < 0 ? '' : pair.slice(at + 1)));
  }
  return values;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replaceAll('+', ' '));
  } catch {
    return part;
  }
}

/**
 * Parses a location hash. Returns null when the hash is not the print route at all, and a
 * route with defaults for options that are missing or unknown. Throws nothing. A print route
 * without a usable scenario id yields `scenarioId: ''` so the page can say what is wrong.
 */
export function parsePrintRouteHash(hash: string): PrintRoute | null {
  if (hash !== PRINT_ROUTE_HASH && !hash.startsWith(`${PRINT_ROUTE_HASH}?`)) return null;
  const query = parseQuery(hash.slice(PRINT_ROUTE_HASH.length + 1));
  const scenario = query.get('scenario') ?? '';
  const paper = query.get('paper');
  const orientation = query.get('orientation');
  const compare = query.get('compare');
  return {
    scenarioId: compare === undefined && isPrintableScenarioId(scenario) ? scenario : '',
    ...(compare === undefined ? {} : { compare: decodeCompared(compare) }),
    options: {
      paper: PAPER_SIZES.find((size) => size === paper) ?? DEFAULT_PDF_OPTIONS.paper,
      orientation: ORIENTATIONS.find((way) => way === orientation) ?? DEFAULT_PDF_OPTIONS.orientation,
      appendix: query.has('appendix') ? query.get('appendix') !== '0' : DEFAULT_PDF_OPTIONS.appendix,
    },
  };
}

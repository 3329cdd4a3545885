/** A finding in a stable form (see lint-electron.mjs). */
export interface ElectronFinding {
  readonly id: string;
  readonly severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | string;
  readonly confidence: string;
  /** Relative to the project, with `/`; `N/A` for global checks. */
  readonly file: string;
  readonly line: number;
  /** The trimmed source line the finding points at. */
  readonly code: string;
  readonly description: string;
}

/** A reviewed false positive: matched by id, file and code; `reason` says why it is fine. */
export interface BaselineEntry {
  readonly id: string;
  readonly file: string;
  readonly code: string;
  readonly reason: string;
}

export interface ElectronLintReport {
  readonly checks: number;
  readonly findings: ElectronFinding[];
  readonly parseErrors: { file: string; message: string }[];
  readonly serious: ElectronFinding[];
  readonly failures: ElectronFinding[];
  readonly stale: BaselineEntry[];
}

export const SEVERITY_RANK: Readonly<Record<string, number>>;
export const FAILING_RANK: number;
export const BASELINE_PATH: string;
export function matchesBaseline(entry: BaselineEntry, finding: ElectronFinding): boolean;
export function parseBaseline(text: string): BaselineEntry[];
export function judge(
  findings: readonly ElectronFinding[],
  baseline: readonly BaselineEntry[],
): { serious: ElectronFinding[]; failures: ElectronFinding[]; stale: BaselineEntry[] };
export function lintElectron(options?: {
  projectRoot?: string;
  baselinePath?: string;
}): Promise<ElectronLintReport>;

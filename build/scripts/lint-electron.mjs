// `npm run lint:electron`: runs @doyensec/electronegativity through its programmatic API over the
// Electron side and fails on any finding of MEDIUM severity or more that the reviewed baseline
// (electronegativity-baseline.json) does not list with a reason. The tool itself exits 0 even
// with findings, so this script is what turns them into a failing `npm test`.
//
// What is scanned: a staging copy of electron/, shared/ipc/ and renderer/, whose index.html gets
// the CSP meta tag the production build injects (vite.config.ts), so the CSP, the page's code
// and the main-process guards are judged together, as they ship.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Severities as electronegativity ranks them; MEDIUM and above fail the lint. */
export const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
export const FAILING_RANK = SEVERITY_RANK.MEDIUM;

/** Default location of the reviewed baseline. */
export const BASELINE_PATH = path.join(root, 'electronegativity-baseline.json');

/**
 * Loads electronegativity with its two network calls (translation download, Electron release
 * list) answered "offline" at once: a test run must not depend on, or wait for, the network.
 * Both use `got` from the package's own dependencies, so that one module is replaced.
 */
function loadElectronegativity() {
  const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [packageDir] });
  require.cache[gotPath] ??= {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: () => Promise.reject(new Error('network disabled in lint:electron')),
  };
  return require('@doyensec/electronegativity');
}

/** The CSP meta value the production build puts into index.html (see vite.config.ts). */
async function metaPolicy() {
  const { tsImport } = await import('tsx/esm/api');
  const { CONTENT_SECURITY_POLICY } = await tsImport(
    pathToFileURL(path.join(root, 'shared/ipc/csp.ts')).href,
    import.meta.url,
  );
  return CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

/** Copies what ships into a fresh folder for the scan; returns that folder. */
async function stage(projectRoot) {
  const dir = await mkdtemp(path.join(tmpdir(), 'remit-electronegativity-'));
  await cp(path.join(projectRoot, 'electron'), path.join(dir, 'electron'), { recursive: true });
  await mkdir(path.join(dir, 'shared'), { recursive: true });
  await cp(path.join(projectRoot, 'shared/ipc'), path.join(dir, 'shared/ipc'), { recursive: true });
  // The renderer's code too: dangerous calls (eval, insertAdjacentHTML...) in the page count.
  await cp(path.join(projectRoot, 'renderer'), path.join(dir, 'renderer'), {
    recursive: true,
    filter: (source) => !/\.(css|woff2?|png|svg)$/i.test(source),
  });
  const html = await readFile(path.join(projectRoot, 'renderer/index.html'), 'utf8');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${await metaPolicy()}" />`;
  await writeFile(path.join(dir, 'renderer/index.html'), html.replace('<head>', `<head>\n    ${meta}`));
  return dir;
}

/**
 * A finding in a stable form: check id, file relative to the project, and the trimmed source
 * line it points at (line numbers move with every edit; the code on the line does not).
 */
async function describeIssue(issue, stagingDir) {
  const file = issue.file === 'N/A' ? 'N/A' : issue.file.split(path.sep).join('/');
  let code = '';
  if (file !== 'N/A' && issue.location.line > 0) {
    const text = await readFile(path.join(stagingDir, file), 'utf8').catch(() => '');
    code = (text.split('\n')[issue.location.line - 1] ?? '').trim();
  }
  return {
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file,
    line: issue.location.line,
    code,
    description: issue.description,
  };
}

/** True when baseline `entry` covers finding `finding`: same check, same file, same code. */
export function matchesBaseline(entry, finding) {
  return entry.id === finding.id && entry.file === finding.file && (entry.code ?? '') === finding.code;
}

/**
 * Validates the baseline file's shape: an object with `entries`, each with id, file, code and a
 * non-empty reason. Throws with a readable message otherwise.
 */
export function parseBaseline(text) {
  const data = JSON.parse(text);
  if (!data || !Array.isArray(data.entries)) throw new Error('the baseline must be { "entries": [...] }');
  for (const [index, entry] of data.entries.entries()) {
    for (const key of ['id', 'file', 'code', 'reason']) {
      if (typeof entry[key] !== 'string') throw new Error(`baseline entry ${index} lacks "${key}"`);
    }
    if (entry.reason.trim().length < 20) throw new Error(`baseline entry ${index} needs a real reason`);
  }
  return data.entries;
}

/**
 * Compares findings with the baseline. `failures` are findings of MEDIUM or more not in the
 * baseline; `stale` are baseline entries no finding matched any more (remove them, so the
 * baseline stays a reviewed list and not a blanket).
 */
export function judge(findings, baseline) {
  const serious = findings.filter((finding) => SEVERITY_RANK[finding.severity] >= FAILING_RANK);
  const failures = serious.filter((finding) => !baseline.some((entry) => matchesBaseline(entry, finding)));
  const stale = baseline.filter((entry) => !serious.some((finding) => matchesBaseline(entry, finding)));
  return { serious, failures, stale };
}

/** Runs the scan over `projectRoot` and judges it against the baseline. */
export async function lintElectron({ projectRoot = root, baselinePath = BASELINE_PATH } = {}) {
  const run = loadElectronegativity();
  const packageJson = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8'));
  const electronVersion = String(packageJson.devDependencies?.electron ?? '').replace(/^[^\d]*/, '');
  const stagingDir = await stage(projectRoot);
  // electronegativity prints progress notes with console.log; keep the output to our summary.
  const log = console.log;
  const warn = console.warn;
  let result;
  try {
    console.log = () => undefined;
    console.warn = () => undefined;
    result = await run({ input: stagingDir, isRelative: true, electronVersionOverride: electronVersion });
  } finally {
    console.log = log;
    console.warn = warn;
  }
  try {
    const findings = await Promise.all(result.issues.map((issue) => describeIssue(issue, stagingDir)));
    const parseErrors = result.errors.filter((error) => !error.tolerable);
    const baseline = parseBaseline(await readFile(baselinePath, 'utf8'));
    return {
      checks: result.globalChecks + result.atomicChecks,
      findings,
      parseErrors,
      ...judge(findings, baseline),
    };
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
  }
}

async function main() {
  const started = performance.now();
  const report = await lintElectron();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const show = (finding) =>
    `  ${finding.severity} ${finding.id} ${finding.file}:${finding.line}  ${finding.code}\n    ${finding.description}`;
  let failed = false;
  if (report.parseErrors.length > 0) {
    failed = true;
    console.error('lint:electron: electronegativity could not parse these files, so they were not checked:');
    for (const error of report.parseErrors) console.error(`  ${error.file}: ${error.message}`);
  }
  if (report.failures.length > 0) {
    failed = true;
    console.error(
      `lint:electron: ${report.failures.length} finding(s) of MEDIUM severity or more are not in electronegativity-baseline.json:`,
    );
    for (const finding of report.failures) console.error(show(finding));
    console.error('Fix them, or (after review) add a baseline entry with id, file, code and the reason.');
  }
  if (report.stale.length > 0) {
    failed = true;
    console.error('lint:electron: baseline entries that match no finding any more (remove them):');
    for (const entry of report.stale) console.error(`  ${entry.id} ${entry.file}  ${entry.code}`);
  }
  const summary = `lint:electron: ${report.checks} checks, ${report.findings.length} findings, ${report.serious.length} of MEDIUM+ (all reviewed in the baseline: ${report.failures.length === 0 ? 'yes' : 'no'}), ${seconds} s`;
  if (failed) {
    console.error(summary);
    process.exitCode = 1;
  } else {
    console.log(summary);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error('lint:electron failed to run:', error);
    process.exitCode = 1;
  });
}

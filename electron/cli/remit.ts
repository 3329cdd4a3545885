/**
 * The `remit` command line: owner suggestions for free text and guidance checks of scenario
 * files, on top of the same shared code the app uses. `npm ci` bundles it (with `run.ts` as
 * the entry) into dist/cli/remit.mjs, which the committed launcher `remit.mjs` starts.
 */
import { echoText, escapeControls } from '../../shared/format/safe-text.js';
import {
  checkScenario,
  findingJson,
  formatCitation,
  suggestOwner,
  suggestionJson,
  type CheckResult,
  type Suggestion,
} from '../../shared/guidance/index.js';
import type { Scenario } from '../../shared/model/index.js';
import { BoundedReadError, readRegularFileSync } from '../files/bounded-read.js';
import { readStdinText, StdinError } from './read-stdin.js';

// shared/format (and zod with it, nine tenths of the bundle) loads only for the commands that
// read a file or a batch: `remit suggest "…"` starts without parsing it.
const loadFormat = () => import('../../shared/format/index.js');
/** Longest title a batch line may hold: a card title's limit (shared/format's FILE_LIMITS.title). */
export const MAX_TITLE_CHARS = 500;

/** Exit code: success, and for `check` no error-level findings. */
export const EXIT_OK = 0;
/** Exit code of `check` when the plan has error-level findings that are not waived. */
export const EXIT_FINDINGS = 1;
/** Exit code for bad usage or an unreadable or invalid input. */
export const EXIT_BAD_INPUT = 2;

/** Most bytes `remit suggest -` reads from standard input. */
export const MAX_BATCH_BYTES = 1024 * 1024;
/** Most titles `remit suggest -` answers in one run. */
export const MAX_BATCH_LINES = 10_000;

/** Where the CLI writes; injectable so the CLI can be driven in-process. */
export interface CliOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The help text of `remit --help`. */
export const HELP = `remit: plan who owns what between the CIO and the CTO, checked against cited guidance.

Usage:
  remit suggest <text…> [--json]   Suggest an owner for a responsibility described in words.
  remit suggest - [--json]         The same for every line of standard input (one title a line).
  remit check <file> [--json]      Check a scenario file (.remit.json); "-" reads standard input.
  remit serve [options]            Serve shared plans to your team (remit serve --help).
  remit invite [plan-id]           Print a share link for a plan on this server.
  remit --help                     Show this help.

suggest
  Prints the suggested owner (CIO, CTO, Shared, Contested or Unknown), a confidence from 0
  to 1, the guidance topic, the words that matched, and the sources. With --json it prints
  {"owner", "confidence", "match", "topic", "signals", "citations", "reason"} (plus "lead" for
  Shared, "positions" with their own citations for Contested, "note" for Remit's own advice).
  Example: remit suggest "Run the employee help desk" --json
  With "-" it reads titles from standard input, one a line (blank lines skipped; at most
  ${MAX_BATCH_LINES.toLocaleString('en')} titles of ${MAX_TITLE_CHARS} characters, ${MAX_BATCH_BYTES / 1024 / 1024} MB in all), and with --json writes one
  JSON object a line, the same object with the title first: {"text", "owner", …}.
  Example: printf 'Help desk\nProduct roadmap\n' | remit suggest --json -

check
  Prints every finding (errors, warnings, infos; waived ones marked) and the alignment score
  from 0 to 100. With --json it prints {"name", "score", "counts", "findings"}.
  The file is JSON: {"format": "remit.scenario", "version": 1, "name": "…",
  "context": {"companySize": "small|medium|large", "focus": "product|information|balanced",
  "reportingLine": "both-to-ceo|cto-to-cio|cio-to-cto"},
  "responsibilities": [{"title": "…", "owner": "CIO|CTO|Shared|Unassigned",
  "lead": "CIO|CTO" (Shared only), "note": "…"}]}

Exit status:
  0  done; for check, no error-level findings
  1  check found error-level findings (waived ones do not count)
  2  bad usage, or an unreadable or invalid file (one line on standard error)
`;

class UsageError extends Error {
  override readonly name = 'UsageError';
}

interface Parsed {
  readonly json: boolean;
  readonly help: boolean;
  readonly positional: readonly string[];
}

function parseArguments(argv: readonly string[]): Parsed {
  let json = false;
  let help = false;
  const positional: string[] = [];
  let literal = false;
  for (const arg of argv) {
    if (literal || arg === '-' || !arg.startsWith('-')) positional.push(arg);
    else if (arg === '--') literal = true;
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else throw new UsageError(`unknown option ${echoText(arg)} (see remit --help)`);
  }
  return { json, help, positional };
}

function suggestionText(text: string, suggestion: Suggestion): string {
  const owner =
    suggestion.owner === 'Shared' && suggestion.lead
      ? `Shared, ${suggestion.lead} leading`
      : suggestion.owner;
  const lines = [`“${echoText(text, 200)}” → ${owner} (confidence ${suggestion.confidence.toFixed(2)})`];
  if (suggestion.topic) lines.push(`Topic: ${suggestion.topic.label}`);
  if (suggestion.signals.length > 0) lines.push(`Matched: ${suggestion.signals.join(', ')}`);
  lines.push(`Why: ${suggestion.reason}`);
  if (suggestion.note) lines.push(`Remit's note (not from the sources): ${suggestion.note}`);
  if (suggestion.positions) {
    for (const position of suggestion.positions) {
      lines.push(`  ${position.label}: ${position.summary}`);
      lines.push(`    Sources: ${position.citations.map(formatCitation).join('; ')}`);
    }
  } else if (suggestion.citations.length > 0) {
    lines.push('Sources:');
    for (const citation of suggestion.citations) lines.push(`  - ${formatCitation(citation)}`);
  }
  return safeLines(lines);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function checkText(scenario: Scenario, result: CheckResult): string {
  const titles = new Map(scenario.responsibilities.map((item) => [item.id as string, echoText(item.title)]));
  const { counts } = result;
  const lines = [
    result.score === null
      ? `${echoText(scenario.name)}: no alignment score yet (the plan has no responsibilities)`
      : `${echoText(scenario.name)}: alignment score ${result.score}/100`,
    `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
      `${counts.info} info, ${counts.waived} waived`,
  ];
  for (const finding of result.findings) {
    lines.push('');
    const label = finding.waived
      ? `${finding.severity.toUpperCase()} (waived)`
      : finding.severity.toUpperCase();
    const subject = finding.responsibilityIds
      .map((id) => titles.get(id))
      .filter((title): title is string => title !== undefined)
      .slice(0, 3)
      .map((title) => `“${title}”`)
      .join(', ');
    lines.push(`${label} [${finding.ruleId}]${subject ? ` ${subject}` : ''}`);
    lines.push(`  ${finding.message}`);
    if (finding.note) lines.push(`  Remit's note (not from the sources): ${finding.note}`);
    if (finding.fix) lines.push(`  Fix: ${finding.fix.label}`);
    if (finding.waived) lines.push(`  Waived: ${echoText(finding.waived.rationale, 200)}`);
    if (finding.citations.length > 0) {
      lines.push(`  Sources: ${finding.citations.map(formatCitation).join('; ')}`);
    }
    lines.push(`  Id: ${finding.id}`);
  }
  return safeLines(lines);
}

/** Strict UTF-8: a bad byte is an error, never a silent U+FFFD in a checked plan. */
function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(`cannot read ${where}: it is not UTF-8 text`);
  }
}

/** A path from the command line as it may be echoed: controls escaped, long ones cut at the front. */
function showPath(path: string): string {
  if (path === '-') return 'standard input';
  const shown = escapeControls(path);
  return shown.length > 80 ? `…${shown.slice(-79)}` : shown;
}

function readInput(path: string, maxBytes: number): string {
  try {
    if (path === '-') return readStdinText(maxBytes, 'standard input');
    return decodeUtf8(readRegularFileSync(path, maxBytes), showPath(path));
  } catch (error) {
    if (error instanceof StdinError) throw new UsageError(error.message);
    if (error instanceof BoundedReadError) throw new UsageError(`cannot read ${showPath(path)}: ${error.message}`);
    throw error;
  }
}

/** Text-mode output with every control and bidi character escaped, line by line. */
function safeLines(lines: readonly string[]): string {
  return `${lines.map((line) => escapeControls(line)).join('\n')}\n`;
}

// JSON.stringify escapes C0 controls and lone surrogates, not C1 controls, bidi controls or
// line separators: escape those too (they can only occur inside strings, where \uXXXX is valid).
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON for standard output (pretty unless `indent` is 0), terminal-safe. */
function safeJson(value: unknown, indent = 2): string {
  const text = indent > 0 ? JSON.stringify(value, null, indent) : JSON.stringify(value);
  return `${text.replace(JSON_UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** The titles of a batch, one a line, all checked before any is answered. */
function batchTitles(): string[] {
  let input: string;
  try {
    input = readStdinText(MAX_BATCH_BYTES, 'standard input');
  } catch (error) {
    throw error instanceof StdinError ? new UsageError(error.message) : error;
  }
  const titles: string[] = [];
  for (const [index, line] of input.split(/\r?\n/).entries()) {
    const title = line.trim();
    if (!title) continue;
    if (title.length > MAX_TITLE_CHARS) {
      throw new UsageError(`line ${index + 1} of standard input is longer than ${MAX_TITLE_CHARS} characters, the most a title can be`);
    }
    if (titles.length === MAX_BATCH_LINES) {
      throw new UsageError(`standard input has more than ${MAX_BATCH_LINES} titles, the most one run answers`);
    }
    titles.push(title);
  }
  return titles;
}

function runSuggestBatch(args: Parsed, output: CliOutput): number {
  const answers = batchTitles().map((title) => {
    const suggestion = suggestOwner(title);
    return args.json ? safeJson({ text: title, ...suggestionJson(suggestion) }, 0) : suggestionText(title, suggestion);
  });
  output.out(answers.join(args.json ? '' : '\n'));
  return EXIT_OK;
}

function runSuggest(args: Parsed, output: CliOutput): number {
  if (args.positional.length === 2 && args.positional[1] === '-') return runSuggestBatch(args, output);
  const text = args.positional.slice(1).join(' ').trim();
  if (!text) throw new UsageError('suggest needs some text, e.g. remit suggest "Run the employee help desk"');
  const suggestion = suggestOwner(text);
  output.out(
    args.json ? safeJson(suggestionJson(suggestion)) : suggestionText(text, suggestion),
  );
  return EXIT_OK;
}

async function runCheck(args: Parsed, output: CliOutput): Promise<number> {
  const [{ MAX_SCENARIO_FILE_BYTES, parseScenarioFile }, { randomUUID }] = await Promise.all([
    loadFormat(),
    // Loading node:crypto alone costs a suggest a noticeable share of its start.
    import('node:crypto'),
  ]);
  if (args.positional.length !== 2) {
    throw new UsageError('check needs exactly one scenario file, e.g. remit check plan.remit.json');
  }
  const path = args.positional[1] ?? '';
  const parsed = parseScenarioFile(readInput(path, MAX_SCENARIO_FILE_BYTES), { newId: randomUUID, now: new Date().toISOString() });
  if (!parsed.ok) throw new UsageError(`${showPath(path)}: ${parsed.error.message}`);
  const { scenario } = parsed;
  const result = checkScenario(scenario);
  if (args.json) {
    const body = {
      name: scenario.name,
      score: result.score,
      counts: result.counts,
      findings: result.findings.map(findingJson),
    };
    output.out(safeJson(body));
  } else {
    output.out(checkText(scenario, result));
  }
  return result.counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script). Returns the exit
 * code instead of exiting; writes results to `output.out` and one line per failure to
 * `output.err`. Never rejects.
 */
export async function main(
  argv: readonly string[],
  output: CliOutput = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  },
): Promise<number> {
  try {
    if (argv[0] === 'serve' || argv[0] === 'invite') {
      // Loaded only for these two: the server and its dependencies stay out of every other run.
      const { runServerCommand } = await import('../server/cli.js');
      return await runServerCommand(argv, output);
    }
    const args = parseArguments(argv);
    const command = args.positional[0];
    if (args.help || command === 'help') {
      output.out(HELP);
      return EXIT_OK;
    }
    if (command === 'suggest') return runSuggest(args, output);
    if (command === 'check') return await runCheck(args, output);
    if (command === undefined) throw new UsageError('missing command: suggest or check (see remit --help)');
    throw new UsageError(`unknown command ${echoText(command)}: use suggest or check (see remit --help)`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // One line, whatever the message holds: our own line breaks become spaces, anything else
    // that could drive a terminal is escaped, and the line is bounded.
    output.err(`remit: ${echoText(message.replace(/\s*\n\s*/g, ' '), 600)}\n`);
    return EXIT_BAD_INPUT;
  }
}

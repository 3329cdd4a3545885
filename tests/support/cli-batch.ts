/**
 * Runs `remit check` in this one process over every file named on standard input (one path a
 * line), the way the CLI runs it, and prints one JSON line per file: exit code, what went to
 * standard output and error, and the CPU time the check took. Started by the hostile-corpus
 * test with `node --import tsx`, so 500 files cost one process start, not 500.
 */
import { readFileSync } from 'node:fs';
import { main } from '../../electron/cli/remit.js';

const paths = readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const path of paths) {
  let out = '';
  let err = '';
  const before = process.resourceUsage();
  const code = await main(['check', path], { out: (text) => void (out += text), err: (text) => void (err += text) });
  const after = process.resourceUsage();
  const cpuMs = (after.userCPUTime + after.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000;
  process.stdout.write(`${JSON.stringify({ path, code, out: out.slice(0, 2000), outLength: out.length, err, cpuMs })}\n`);
}
process.stdout.write(`${JSON.stringify({ done: true, maxRssKb: process.resourceUsage().maxRSS })}\n`);

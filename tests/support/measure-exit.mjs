// Preloaded (`node --import`) into a process under test: at exit it writes the process's own
// CPU time and peak memory to file descriptor 3, so a test can bound them per process.
import { writeSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(3, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS }));
});

import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findChromium } from './build/scripts/chromium-path.mjs';

/**
 * The web server's port: REMIT_E2E_PORT, or one derived from this checkout's path (4173–4672), so
 * two checkouts testing at once do not reuse each other's server (outside CI an existing server on
 * the port is reused, and it would serve the other checkout's build).
 */
function defaultPort(): number {
  const checkout = fileURLToPath(new URL('.', import.meta.url));
  return 4173 + (createHash('sha256').update(checkout).digest().readUInt16BE(0) % 500);
}
const port = Number(process.env.REMIT_E2E_PORT ?? defaultPort());

/**
 * The projects named on the command line (`--project=web`, `--project electron web`: like
 * Playwright, every word after a bare `--project` up to the next option); empty = all.
 */
function selectedProjects(argv: readonly string[]): string[] {
  const names: string[] = [];
  let inList = false;
  for (const arg of argv) {
    if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length));
    if (arg.startsWith('-')) inList = arg === '--project';
    else if (inList) names.push(arg);
  }
  return names;
}
const projects = selectedProjects(process.argv);
// The Electron project loads the built app from disk over app://; it needs no web server.
const electronOnly = projects.length > 0 && projects.every((name) => name === 'electron');
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  // Generous: on a shared 2-core machine a long journey can take 30 s; a timeout is never an assertion.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'web', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: electronOnly
    ? []
    : {
        command: `node build/scripts/serve-web.mjs --port ${port}`,
        url: `http://127.0.0.1:${port}/`,
        reuseExistingServer: !process.env.CI,
        stdout: 'ignore',
      },
});

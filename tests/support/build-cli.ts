import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: bundles the CLI once before any test file runs, so the tests that start
 * `electron/cli/remit.mjs` run today's source, never a bundle left by an older `npm ci`.
 */
export function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync(process.execPath, ['build/scripts/build-cli.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });
}

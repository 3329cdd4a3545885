#!/usr/bin/env node
// Launcher for the remit CLI: runs the bundle `npm ci` builds (the `prepare` script,
// build/scripts/build-cli.mjs), plain JavaScript that starts in a blink.
try {
  await import('../../dist/cli/remit.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/remit.mjs')) throw error;
  process.stderr.write('remit: the CLI is not built yet; run `npm run build:cli` (npm ci does it for you)\n');
  process.exitCode = 2;
}

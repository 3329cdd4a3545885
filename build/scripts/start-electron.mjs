// `npm start` (after the build): launches Electron on the built app, or explains in one line
// why it cannot.
import { spawn as nodeSpawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from './electron-binary.mjs';

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs the electron package's own installer (Electron 45 fetches its binary on first use, not
 * at npm install). Output is captured so an offline failure stays one line, not a stack trace.
 * Returns true when the installer exited 0.
 */
function downloadElectron(root) {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return false;
  console.log('Remit: fetching the Electron binary for this platform (first start only)…');
  const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 300_000 });
  return result.status === 0;
}

/**
 * Starts Electron on `root` and resolves with the exit code to use. Prints exactly one line to
 * `printError` (no stack trace) and resolves 1 when the binary or the build is missing.
 */
export function startElectron(options = {}) {
  const root = options.root ?? defaultRoot;
  const env = options.env ?? process.env;
  const printError = options.printError ?? ((line) => console.error(line));
  const spawn = options.spawn ?? nodeSpawn;
  const download = options.download ?? downloadElectron;
  const find = () => findElectron({ env, platform: options.platform, electronDir: options.electronDir });
  let lookup = find();
  // Electron 45 downloads its binary lazily; do it here, unless the user opted out of downloads.
  if (!lookup.found && !env.ELECTRON_SKIP_BINARY_DOWNLOAD && !env.ELECTRON_OVERRIDE_DIST_PATH && download(root)) {
    lookup = find();
  }
  if (!lookup.found) {
    printError(lookup.reason);
    return Promise.resolve(1);
  }
  if (!existsSync(path.join(root, 'dist', 'electron', 'main.cjs'))) {
    printError('Remit: the app is not built (dist/electron/main.cjs is missing). Run "npm run build" first.');
    return Promise.resolve(1);
  }
  // With ELECTRON_RUN_AS_NODE set, Electron would behave as plain Node and ignore the app.
  const childEnv = { ...env };
  delete childEnv.ELECTRON_RUN_AS_NODE;
  const child = spawn(lookup.path, [root, ...(options.args ?? [])], {
    stdio: 'inherit',
    env: childEnv,
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      printError(`Remit: could not start Electron at ${lookup.path}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  startElectron({ args: process.argv.slice(2) }).then((code) => {
    process.exitCode = code;
  });
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, test, type ElectronApplication } from '@playwright/test';
import { findElectron } from '../../build/scripts/electron-binary.mjs';

/** The Electron binary, if installed (never triggers a download). */
export const lookup = findElectron();

/** The project root: Electron runs the built app from here (npm run build first). */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Skips every test of the calling spec where no Electron binary is installed (our CI:
 * ELECTRON_SKIP_BINARY_DOWNLOAD=1), printing the reason so the skip is never silent.
 */
export function skipWithoutElectron(): void {
  const reason = lookup.found ? '' : `Electron e2e skipped: ${lookup.reason}`;
  if (!lookup.found) console.log(reason);
  test.skip(!lookup.found, reason);
}

/**
 * Launches the built app with `userDataDir` as its profile and `args` after the app path.
 * Chromium refuses to start as root (containers, CI) unless its OS sandbox is off; the
 * renderer's `sandbox: true` web preference still applies and is asserted by the specs.
 */
export function launchRemit(userDataDir: string, args: readonly string[] = []): Promise<ElectronApplication> {
  if (!lookup.found) throw new Error(lookup.reason);
  return electron.launch({
    executablePath: lookup.path,
    args: [root, ...args, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, REMIT_USER_DATA_DIR: userDataDir },
  });
}

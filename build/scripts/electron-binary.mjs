// Finds the Electron executable WITHOUT require('electron'): since Electron 45 that require
// downloads the binary on first use, which fails (slowly, with a stack trace) offline.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The executable's path inside an Electron dist folder, as Electron's own installer names it. */
function executableName(electronDir, platform) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (existsSync(pathFile)) return readFileSync(pathFile, 'utf8').trim();
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** One line telling a person why Electron cannot start and what to do instead. */
export const NO_ELECTRON_MESSAGE =
  'Remit: the Electron binary is not installed (node_modules/electron/dist is missing). Run "npx install-electron" where GitHub downloads work, or use "npm run web" to open Remit in a browser.';

/**
 * Locates the Electron executable: `$ELECTRON_OVERRIDE_DIST_PATH/<exe>` when that variable is
 * set, else `node_modules/electron/dist/<exe>` (with `<exe>` from `path.txt`, or the
 * platform's default name). Never downloads anything.
 */
export function findElectron(options = {}) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  let electronDir = options.electronDir;
  if (electronDir === undefined) {
    try {
      electronDir = path.dirname(require.resolve('electron/package.json'));
    } catch {
      return {
        found: false,
        reason:
          'Remit: the "electron" package is not installed. Run "npm install", or use "npm run web" to open Remit in a browser.',
      };
    }
  }
  const executable = executableName(electronDir, platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, executable);
    return existsSync(candidate)
      ? { found: true, path: candidate }
      : {
          found: false,
          reason: `Remit: ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist. Point it at an Electron dist folder, or use "npm run web" to open Remit in a browser.`,
        };
  }
  const candidate = path.join(electronDir, 'dist', executable);
  return existsSync(candidate)
    ? { found: true, path: candidate }
    : { found: false, reason: NO_ELECTRON_MESSAGE };
}

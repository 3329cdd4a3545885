// Finds a Chromium for Playwright: $REMIT_CHROMIUM_PATH, then Debian's, then Playwright's own.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Chromium executable to use, or null when none is installed. */
export function findChromium() {
  const fromEnv = process.env.REMIT_CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const { chromium } = require('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core missing or no browser downloaded: fall through to "none".
  }
  return null;
}

/** One line telling a person how to get a Chromium. */
export const NO_CHROMIUM_MESSAGE =
  'Remit tests need Chromium: install it with "sudo apt-get install -y chromium" (Debian/Ubuntu) or "npx playwright install chromium", or set REMIT_CHROMIUM_PATH to a Chrome/Chromium executable.';

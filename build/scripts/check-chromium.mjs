// Fails fast, in one line, when no Chromium is available for the end-to-end tests.
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium-path.mjs';

const path = findChromium();
if (!path) {
  if (process.env.REMIT_CHROMIUM_PATH) {
    console.error(`REMIT_CHROMIUM_PATH points to ${process.env.REMIT_CHROMIUM_PATH}, which does not exist. ${NO_CHROMIUM_MESSAGE}`);
  } else {
    console.error(NO_CHROMIUM_MESSAGE);
  }
  process.exit(1);
}

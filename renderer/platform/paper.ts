import type { PaperSize } from '../../shared/ipc/print-route.js';

/** Where US Letter is the usual paper; everywhere else A4. */
const LETTER_LOCALES = /^(en-US|en-CA|es-US|es-MX|fr-CA|en-PH)$/i;

/** The options the dialog offered last, so a second export starts from the same choices. */
/** The usual paper where the user is: US Letter in the Americas' Letter countries, else A4. */
export function localePaper(): PaperSize {
  return LETTER_LOCALES.test(navigator.language) ? 'letter' : 'a4';
}

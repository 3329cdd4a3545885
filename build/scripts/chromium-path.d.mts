/** The Chromium executable to use, or null when none is installed. */
export function findChromium(): string | null;
/** One line telling a person how to get a Chromium. */
export const NO_CHROMIUM_MESSAGE: string;

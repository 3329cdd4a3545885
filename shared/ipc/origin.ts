/**
 * The custom scheme the renderer is served from. Registered as privileged, standard and secure
 * so that the page has a real origin (IndexedDB, fetch). Never change it: IndexedDB data is
 * keyed by origin, so a new scheme or host would make saved scenarios look lost.
 */
export const APP_SCHEME = 'app';

/** The one host of {@link APP_SCHEME}. Together they form {@link APP_ORIGIN}. */
export const APP_HOST = 'remit';

/** The renderer's origin, `app://remit`. Pinned for the same reason as {@link APP_SCHEME}. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The URL the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-url.js';

/** Something whose default action can be cancelled, like Electron's navigation events. */
export interface Preventable {
  preventDefault(): void;
}

/**
 * Cancels a navigation unless it stays on the app origin. The URL is parsed, so
 * `app://remit.evil.com`, `app://remit@evil` and every `https:`/`file:` URL are refused.
 * Returns whether the navigation was allowed.
 */
export function guardNavigation(event: Preventable, url: string): boolean {
  if (isAppUrl(url)) return true;
  event.preventDefault();
  return false;
}

/** `setWindowOpenHandler` handler: no page may open a window. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Permission request handler: every request is refused. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** Permission check (and device permission) handler: every check answers "not granted". */
export function denyPermissionCheck(): boolean {
  return false;
}

/**
 * The one permission the app's own page gets: persistent storage (`navigator.storage.persist()`),
 * so the browser engine never evicts the library under storage pressure. Everything else stays
 * refused.
 */
export const PERSISTENT_STORAGE_PERMISSION = 'persistent-storage';

/**
 * Permission request handler: grants persistent storage to the app origin (`app://remit`)
 * only; refuses every other request, and persistent storage for any other origin.
 */
export function guardPermissionRequest(
  _webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details?: { readonly requestingUrl?: string },
): void {
  callback(permission === PERSISTENT_STORAGE_PERMISSION && isAppUrl(details?.requestingUrl ?? ''));
}

/** Permission check handler: "granted" for persistent storage on the app origin only. */
export function guardPermissionCheck(_webContents: unknown, permission: string, requestingOrigin: string): boolean {
  return permission === PERSISTENT_STORAGE_PERMISSION && isAppUrl(requestingOrigin);
}

/**
 * Installs the permission handlers on a session: persistent storage for the app origin,
 * nothing else, and no device access at all.
 */
export function installPermissionGuards(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
): void {
  session.setPermissionRequestHandler(guardPermissionRequest);
  session.setPermissionCheckHandler(guardPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
}

/**
 * Hardens any web contents (call it from `app.on('web-contents-created')`): navigation and
 * redirects off the app origin are cancelled, `<webview>` cannot attach and window.open is
 * denied.
 */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event) => {
    guardNavigation(event, event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    guardNavigation(event, event.url);
  });
  contents.on('will-redirect', (event) => {
    guardNavigation(event, event.url);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(denyWindowOpen);
}

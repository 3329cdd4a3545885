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

/** Installs the deny-all permission handlers on a session. */
export function installPermissionGuards(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
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

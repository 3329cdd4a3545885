import type { RemitBridge } from '../../shared/ipc/bridge.js';
import { createBrowserPlatform } from './browser-platform.js';
import { createElectronPlatform } from './electron-platform.js';
import type { Platform } from './platform.js';

declare global {
  interface Window {
    /** The preload bridge; present only inside Electron. Read it through `getPlatform()`. */
    readonly remit?: RemitBridge | undefined;
  }
}

let platform: Platform | undefined;

/**
 * The platform for this page, created once: Electron's when the preload bridge is present,
 * otherwise the browser's. The only code that reads `window.remit`.
 */
export function getPlatform(): Platform {
  platform ??= window.remit ? createElectronPlatform(window.remit) : createBrowserPlatform();
  return platform;
}

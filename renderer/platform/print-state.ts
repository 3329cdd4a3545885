import type { PrintReadyReport } from '../../shared/ipc/channels.js';
import { getPlatform } from './bridge.js';

/**
 * The attribute on `<html>` that says where a print route is: `loading`, `ready` (laid out,
 * fonts loaded: print now) or `failed`. Tests and the bench wait for `ready` before
 * `page.pdf()`; in Electron the same moment is reported to main over IPC.
 */
export const PRINT_STATE_ATTRIBUTE = 'data-print-state';

let reported = false;

/** Marks the print route as loading (before its document is read from storage). */
export function markPrintLoading(): void {
  document.documentElement.setAttribute(PRINT_STATE_ATTRIBUTE, 'loading');
}

/**
 * Marks the page ready or failed and tells the host, once per page load (StrictMode runs
 * effects twice). A print route calls it once its document is laid out.
 */
export function reportPrintState(result: PrintReadyReport): void {
  document.documentElement.setAttribute(PRINT_STATE_ATTRIBUTE, result.ok ? 'ready' : 'failed');
  if (reported) return;
  reported = true;
  getPlatform().reportPrintReady(result);
}

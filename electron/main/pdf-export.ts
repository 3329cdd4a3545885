import path from 'node:path';
import type {
  BrowserWindowConstructorOptions,
  PrintToPDFOptions,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';
import type { ExportPdfRequest, ExportPdfResult, PrintReadyReport } from '../../shared/ipc/channels.js';
import { APP_ORIGIN } from '../../shared/ipc/origin.js';
import { printRouteHash, type ComparedRef, type PdfOptions } from '../../shared/ipc/print-route.js';
import { IpcFailure } from './ipc-failure.js';
import { secureWebPreferences } from './window.js';

/** How long rendering (load, fonts, layout, printToPDF) may take before the export gives up. */
export const PDF_RENDER_TIMEOUT_MS = 30_000;

/** The parts of a hidden print window the export drives; a real `BrowserWindow` satisfies it. */
export interface PdfWindow {
  readonly webContents: {
    readonly id: number;
    loadURL(url: string): Promise<void>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  isDestroyed(): boolean;
  destroy(): void;
}

/** What the export needs from Electron and the file system; injected so it is unit-tested. */
export interface PdfExportDeps {
  /** Creates the hidden, sandboxed print window (see {@link pdfWindowOptions}). */
  readonly createWindow: () => PdfWindow;
  /** Shows the native save dialog attached to the window of `sender`. */
  readonly showSaveDialog: (
    sender: WebContents,
    options: SaveDialogOptions,
  ) => Promise<SaveDialogReturnValue>;
  /** Writes atomically: temporary file in the same folder, then rename. */
  readonly writeFile: (target: string, data: Uint8Array) => Promise<void>;
  /** Folder the save dialog starts in, e.g. the user's Documents. */
  readonly defaultDirectory: () => string;
  /** Milliseconds rendering may take; {@link PDF_RENDER_TIMEOUT_MS} unless a test says otherwise. */
  readonly timeoutMs?: number;
}

/**
 * The options of the hidden print window: the same secure preferences as the main window
 * (sandbox, context isolation, the allowlisted preload the print view reports through), never
 * shown, and not throttled, because a hidden page's timers would otherwise slow to a crawl.
 */
export function pdfWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1024,
    height: 1400,
    title: 'Remit PDF',
    webPreferences: { ...secureWebPreferences(preloadPath, false), backgroundThrottling: false },
  };
}

/**
 * The `printToPDF` options for `options`. The page's own `@page` rule sets size, orientation
 * and margins (`preferCSSPageSize`); `pageSize`/`landscape` say the same in case it is missing.
 * Tagged PDF and an outline from the headings make the file accessible and navigable.
 */
export function printToPdfOptions(options: PdfOptions): PrintToPDFOptions {
  return {
    pageSize: options.paper === 'a4' ? 'A4' : 'Letter',
    landscape: options.orientation === 'landscape',
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/** The URL of the print view for one export (a scenario or a comparison), on the app origin. */
export function printUrl(
  request:
    | { readonly scenarioId: string; readonly options: PdfOptions }
    | { readonly compare: readonly ComparedRef[]; readonly options: PdfOptions },
): string {
  const route =
    'compare' in request
      ? { scenarioId: '', compare: request.compare, options: request.options }
      : { scenarioId: request.scenarioId, options: request.options };
  return `${APP_ORIGIN}/index.html${printRouteHash(route)}`;
}

/**
 * Ready signals from print views, keyed by the id of the web contents that sends them. The
 * export registers its window's id before loading, so a page that reports fast is never missed;
 * a report from any other web contents is ignored.
 */
export class PrintReadySignals {
  private readonly waiting = new Map<number, (report: PrintReadyReport) => void>();

  /** Resolves with the first report from web contents `id`. */
  wait(id: number): Promise<PrintReadyReport> {
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  /** Delivers a report; false when nobody waits for `id` (not a print window, or too late). */
  report(id: number, report: PrintReadyReport): boolean {
    const resolve = this.waiting.get(id);
    if (!resolve) return false;
    this.waiting.delete(id);
    resolve(report);
    return true;
  }

  /** Stops waiting for `id`, e.g. once its export has settled. */
  forget(id: number): void {
    this.waiting.delete(id);
  }

  /** How many windows are waited for; for tests. */
  get size(): number {
    return this.waiting.size;
  }
}

/** Why writing failed, in plain words. */
function writeFailureReason(error: unknown): string {
  switch ((error as { code?: unknown } | null)?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission was denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return 'the system reported an error';
  }
}

/** `name` with a `.pdf` extension, so the dialog and the file agree on the type. */
function pdfFileName(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

/** Renders the print view in `window` and returns the PDF bytes. */
async function render(
  window: PdfWindow,
  request: ExportPdfRequest,
  signals: PrintReadySignals,
): Promise<Uint8Array> {
  const contents = window.webContents;
  const ready = signals.wait(contents.id);
  await contents.loadURL(printUrl(request));
  const report = await ready;
  if (!report.ok) throw new IpcFailure('print-failed', `Remit could not lay out the PDF: ${report.message}`);
  return contents.printToPDF(printToPdfOptions(request.options));
}

/** Most PDF exports running at once; one more is refused with a message, not queued. */
export const MAX_CONCURRENT_PDF_EXPORTS = 2;

/**
 * Handler of `export:pdf`: renders the print view of a saved scenario in a hidden sandboxed
 * window, waits for its ready report (fonts loaded, layout done), prints it to PDF, then asks
 * where to save and writes atomically. Rendering that takes longer than the timeout fails with
 * a clear message. The window is destroyed only once rendering has settled (success, failure
 * or timeout), before the save dialog opens. At most {@link MAX_CONCURRENT_PDF_EXPORTS} run at
 * once. Throws {@link IpcFailure} for what a user can meet.
 */
export function createExportPdfHandler(
  deps: PdfExportDeps,
  signals: PrintReadySignals,
): (request: ExportPdfRequest, context: { readonly sender: WebContents }) => Promise<ExportPdfResult> {
  // Each export is a hidden renderer process: a page (or a stuck key) must not start dozens.
  let running = 0;
  return async (request, { sender }) => {
    if (running >= MAX_CONCURRENT_PDF_EXPORTS) {
      throw new IpcFailure(
        'print-failed',
        `Remit is already making ${MAX_CONCURRENT_PDF_EXPORTS} PDFs; please wait for them to finish, then try again.`,
      );
    }
    running += 1;
    try {
      return await exportPdf(deps, signals, request, sender);
    } finally {
      running -= 1;
    }
  };
}

async function exportPdf(
  deps: PdfExportDeps,
  signals: PrintReadySignals,
  request: ExportPdfRequest,
  sender: WebContents,
): Promise<ExportPdfResult> {
  const timeoutMs = deps.timeoutMs ?? PDF_RENDER_TIMEOUT_MS;
  const window = deps.createWindow();
  const id = window.webContents.id;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pdf: Uint8Array;
  try {
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new IpcFailure(
              'print-failed',
              `Making the PDF took longer than ${Math.round(timeoutMs / 1000)} seconds, so Remit stopped. Nothing was saved; please try again.`,
            ),
          ),
        timeoutMs,
      );
    });
    pdf = await Promise.race([render(window, request, signals), timeout]);
  } catch (error) {
    if (error instanceof IpcFailure) throw error;
    throw new IpcFailure(
      'print-failed',
      'Remit could not make the PDF. Nothing was saved; please try again.',
    );
  } finally {
    clearTimeout(timer);
    signals.forget(id);
    if (!window.isDestroyed()) window.destroy();
  }

  const choice = await deps.showSaveDialog(sender, {
    title: 'Export PDF',
    defaultPath: path.join(deps.defaultDirectory(), pdfFileName(request.suggestedName)),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    await deps.writeFile(choice.filePath, pdf);
  } catch (error) {
    throw new IpcFailure(
      'io',
      `Remit could not save "${path.basename(choice.filePath)}": ${writeFailureReason(error)}. Nothing was overwritten.`,
    );
  }
  return { saved: true, location: choice.filePath };
}

/** Handler of `print:report-ready`: hands the print view's report to the export waiting for it. */
export function createPrintReadyHandler(
  signals: PrintReadySignals,
): (report: PrintReadyReport, context: { readonly sender: Pick<WebContents, 'id'> }) => undefined {
  return (report, { sender }) => {
    signals.report(sender.id, report);
    return undefined;
  };
}

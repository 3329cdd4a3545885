import type { MenuCommand, PrintReadyReport } from '../../shared/ipc/channels.js';
import type { ComparedRef, PdfOptions } from '../../shared/ipc/print-route.js';

/**
 * A file could not be read as text (too large, or not valid UTF-8). `openFile` rejects with it;
 * the message is written for the user.
 */
export class FileReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileReadError';
  }
}

/** A file the user chose to open, read as text (strict UTF-8: invalid bytes are an error). */
export interface OpenedFile {
  readonly name: string;
  readonly text: string;
}

/** What to save and how to offer it to the user. */
export interface SaveRequest {
  /** File name offered in the save dialog or used for the download, e.g. `plan.remit.json`. */
  readonly suggestedName: string;
  readonly mimeType: string;
  readonly data: string | Uint8Array;
}

/** Outcome of a save: `saved` is false when the user cancelled. */
export interface SaveResult {
  readonly saved: boolean;
  /** Where it went, when the platform knows (Electron); absent in the browser. */
  readonly location?: string | undefined;
}

/**
 * A command chosen from the native application menu (Electron only); the list is the IPC
 * contract's `MENU_COMMANDS`. `edit:undo`/`edit:redo` arrive only when no text field has focus
 * (the Electron platform routes them to the focused field's own undo otherwise).
 */
export type { MenuCommand } from '../../shared/ipc/channels.js';

/**
 * Everything the renderer needs from its host. Features call this, never `window.remit`
 * directly: the Electron implementation goes through the preload bridge, the browser one
 * uses downloads, file inputs and print.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** App version and OS, for the About box. */
  getInfo(): Promise<{ readonly version: string; readonly platform: string }>;
  /** Offers `request.data` to the user as a file. */
  saveFile(request: SaveRequest): Promise<SaveResult>;
  /**
   * Lets the user pick a file; null when cancelled. Rejects with a user-readable error when the
   * file is too large or not valid UTF-8 (never decodes lossily).
   */
  openFile(accept: readonly string[]): Promise<OpenedFile | null>;
  /** Subscribes to native menu commands; returns the unsubscribe. A no-op in the browser. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to files the OS asked the app to open (command line, file association). */
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  /**
   * Opens a guidance source's web page in the user's browser. Only https pages on the source
   * articles' hosts are allowed (`isAllowedExternalUrl` in shared/ipc/external-links.ts);
   * anything else rejects. Electron: main opens it with the OS browser.
   */
  openExternal(url: string): Promise<void>;
  /**
   * Exports the print view of a saved scenario as PDF. Electron: main renders it in a hidden
   * window and saves the PDF where the user says. Browser: opens the browser's print dialog
   * for the print view the caller has mounted (print.css hides everything else). Rejects with
   * an error whose message can be shown as is.
   */
  exportPdf(request: PdfExportRequest): Promise<PdfExportOutcome>;
  /**
   * Tells the host the print view is laid out (or why it could not be). Main's hidden PDF
   * window waits for it; nothing to do in the browser.
   */
  reportPrintReady(report: PrintReadyReport): void;
}

/**
 * What to export as PDF: a saved scenario, or a comparison of 2 to 4 saved scenarios or
 * versions (the baseline first). The Electron path prints them from IndexedDB.
 */
export type PdfExportRequest =
  | {
      readonly scenarioId: string;
      /** File name offered in the save dialog, e.g. `Board plan.pdf`. */
      readonly suggestedName: string;
      readonly options: PdfOptions;
    }
  | {
      readonly compare: readonly ComparedRef[];
      /** File name offered in the save dialog, e.g. `Comparison A vs B.pdf`. */
      readonly suggestedName: string;
      readonly options: PdfOptions;
    };

/** How a PDF export ended. */
export type PdfExportOutcome =
  | { readonly kind: 'saved'; readonly location?: string | undefined }
  | { readonly kind: 'cancelled' }
  /** The browser's print dialog was shown; where the PDF went is the browser's business. */
  | { readonly kind: 'print-dialog' };

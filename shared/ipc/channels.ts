/**
 * The IPC contract between the main process and the renderer: channel names, their payload
 * types and the runtime allowlists. Pure types and constants (no zod here, so the preload
 * bundle stays small); the matching validators live in `schemas.ts`.
 *
 * Channel names follow `area:verb-noun`.
 */

import type { ComparedRef, PdfOptions } from './print-route.js';

/** Largest file, in bytes, that may be saved or opened through IPC (32 MiB). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** App version and OS, for the About box. */
export interface AppInfo {
  /** Semantic version from package.json, e.g. `0.1.0`. */
  readonly version: string;
  /** Node's `process.platform` of the host, e.g. `linux`, `win32`, `darwin`. */
  readonly platform: string;
}

/** Asks main to show a native save dialog and write `data` to the chosen path. */
export interface SaveFileRequest {
  /** A bare file name (no directory part) offered in the dialog, e.g. `plan.remit.json`. */
  readonly suggestedName: string;
  /** MIME type of `data`; used to pick the dialog's file-type filter. */
  readonly mimeType: string;
  /** Text is written as UTF-8; bytes are written as they are. At most {@link MAX_FILE_BYTES}. */
  readonly data: string | Uint8Array;
}

/** Outcome of a save: `saved` is false when the user cancelled the dialog. */
export interface SaveFileResult {
  readonly saved: boolean;
  /** Absolute path written to, when saved. */
  readonly location?: string | undefined;
}

/** Asks main to show a native open dialog and read the chosen file as UTF-8 text. */
export interface OpenFileRequest {
  /**
   * Accepted types as in an `<input accept>`: extensions such as `.remit.json` or `.json`
   * (MIME types are allowed and ignored by the native dialog). Empty means any file.
   */
  readonly accept: readonly string[];
}

/** A file read as text: what the user opened or what the OS asked the app to open. */
export interface OpenedFile {
  /** Base name of the file, without its directory. */
  readonly name: string;
  /** Contents decoded as UTF-8. */
  readonly text: string;
}

/** Asks main to render a saved scenario's print view to PDF and save it where the user says. */
export interface ExportScenarioPdfRequest {
  /** The scenario to print; main's hidden window loads it from the app's IndexedDB. */
  readonly scenarioId: string;
  /** A bare file name offered in the save dialog, e.g. `My plan.pdf`. */
  readonly suggestedName: string;
  readonly options: PdfOptions;
}

/** Asks main to render a comparison of saved scenarios or versions to PDF and save it. */
export interface ExportComparisonPdfRequest {
  /** 2 to 4 saved scenarios or versions, the baseline first; loaded from the app's IndexedDB. */
  readonly compare: readonly ComparedRef[];
  /** A bare file name offered in the save dialog, e.g. `Comparison A vs B.pdf`. */
  readonly suggestedName: string;
  /** Paper and orientation; `appendix` does not apply to a comparison. */
  readonly options: PdfOptions;
}

/** What `export:pdf` prints: one scenario's decision record, or a comparison. */
export type ExportPdfRequest = ExportScenarioPdfRequest | ExportComparisonPdfRequest;

/** Outcome of a PDF export: `saved` is false when the user cancelled the save dialog. */
export interface ExportPdfResult {
  readonly saved: boolean;
  /** Absolute path written to, when saved. */
  readonly location?: string | undefined;
}

/**
 * What the print view reports to main once it has rendered (fonts loaded, layout done), or
 * why it could not (e.g. the scenario does not exist).
 */
export type PrintReadyReport = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Asks main to open a web page in the user's default browser. */
export interface OpenExternalRequest {
  /** An https URL on an allowlisted host (see `isAllowedExternalUrl`). */
  readonly url: string;
}

/**
 * Every invoke channel (renderer → main, with a response): its request payload (`undefined`
 * when the channel takes none) and its response value.
 */
export interface InvokeContract {
  /** App version and platform. */
  'app:get-info': { readonly request: undefined; readonly response: AppInfo };
  /** Native save dialog, then an atomic write. */
  'dialog:save-file': { readonly request: SaveFileRequest; readonly response: SaveFileResult };
  /** Native open dialog, then a read; `null` when cancelled. */
  'dialog:open-file': { readonly request: OpenFileRequest; readonly response: OpenedFile | null };
  /** Renders the print view in a hidden window, prints it to PDF, native save dialog, atomic write. */
  'export:pdf': { readonly request: ExportPdfRequest; readonly response: ExportPdfResult };
  /** Sent by the print view in main's hidden PDF window: rendered, or failed with a reason. */
  'print:report-ready': { readonly request: PrintReadyReport; readonly response: undefined };
  /**
   * Opens an https page in the user's browser; only the source articles' hosts are allowed
   * (see `external-links.ts`), anything else is refused as `invalid-request`.
   */
  'shell:open-external': { readonly request: OpenExternalRequest; readonly response: undefined };
}

/** Name of an invoke channel. */
export type InvokeChannel = keyof InvokeContract;

/** Request payload of invoke channel `C`. */
export type InvokeRequest<C extends InvokeChannel> = InvokeContract[C]['request'];

/** Response value of invoke channel `C`. */
export type InvokeResponse<C extends InvokeChannel> = InvokeContract[C]['response'];

/** Argument list of `invoke(channel, ...args)` for channel `C`: empty when it takes no payload. */
export type InvokeArgs<C extends InvokeChannel> =
  InvokeRequest<C> extends undefined ? [] : [request: InvokeRequest<C>];

/**
 * Runtime allowlist of invoke channels. `satisfies` makes a channel missing from, or extra to,
 * {@link InvokeContract} a compile error.
 */
export const INVOKE_CHANNELS = {
  'app:get-info': true,
  'dialog:save-file': true,
  'dialog:open-file': true,
  'export:pdf': true,
  'print:report-ready': true,
  'shell:open-external': true,
} as const satisfies Record<InvokeChannel, true>;

/** Why main refused or failed a request. */
export type IpcErrorCode =
  /** The sender is not a Remit page (forged or navigated frame). */
  | 'forbidden'
  /** The payload failed validation against the shared schema. */
  | 'invalid-request'
  /** The file is larger than {@link MAX_FILE_BYTES}. */
  | 'too-large'
  /** Reading or writing the file failed (permissions, full disk, ...). */
  | 'io'
  /** Rendering the PDF failed or took too long. */
  | 'print-failed'
  /** Any other failure in main; a bug. */
  | 'internal';

/** An error as a value: a code for code and a message in plain words for people. */
export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
}

/**
 * What every invoke resolves to. Main never rejects for reasons a user can cause; it answers
 * with `ok: false` and an {@link IpcError} instead.
 */
export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/** Every command of the native application menu, forwarded to the renderer. */
export const MENU_COMMANDS = [
  'scenario:new',
  'scenario:import',
  'scenario:export',
  'export:pdf',
  'data:backup',
  'data:restore',
  'plan:share',
  'plan:join',
  'plan:stop-sharing',
  'edit:undo',
  'edit:redo',
  'view:toggle-guidance',
  'view:theme-light',
  'view:theme-dark',
  'view:theme-system',
  'help:about',
  'help:sources',
] as const;

/** A command chosen from the native application menu. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Every event channel (main → renderer, no response) and its payload. */
export interface EventContract {
  /** The user chose a native menu item. */
  'menu:run-command': MenuCommand;
  /** The OS asked Remit to open a file (command line, file association, second instance). */
  'app:open-file': OpenedFile;
}

/** Name of an event channel. */
export type EventChannel = keyof EventContract;

/** Payload of event channel `C`. */
export type EventPayload<C extends EventChannel> = EventContract[C];

/**
 * Runtime allowlist of event channels; `satisfies` keeps it equal to {@link EventContract}.
 */
export const EVENT_CHANNELS = {
  'menu:run-command': true,
  'app:open-file': true,
} as const satisfies Record<EventChannel, true>;

/** True when `value` names an invoke channel. Pure; safe on any input. */
export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && Object.hasOwn(INVOKE_CHANNELS, value);
}

/** True when `value` names an event channel. Pure; safe on any input. */
export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && Object.hasOwn(EVENT_CHANNELS, value);
}

import path from 'node:path';
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';
import {
  MAX_FILE_BYTES,
  type OpenFileRequest,
  type OpenedFile,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/ipc/channels.js';
import { echoText } from '../../shared/format/safe-text.js';
import { BoundedReadError } from '../files/bounded-read.js';
import { IpcFailure } from './ipc-failure.js';

/** What the file handlers need; main wires Electron's dialog and Node's fs in. */
export interface FileDeps {
  /** Shows the save dialog attached to the window of `sender`. */
  readonly showSaveDialog: (
    sender: WebContents,
    options: SaveDialogOptions,
  ) => Promise<SaveDialogReturnValue>;
  /** Shows the open dialog attached to the window of `sender`. */
  readonly showOpenDialog: (
    sender: WebContents,
    options: OpenDialogOptions,
  ) => Promise<OpenDialogReturnValue>;
  /** Writes atomically (see `writeFileAtomic`). */
  readonly writeFile: (target: string, data: string | Uint8Array) => Promise<void>;
  /**
   * Reads a regular file's bytes, at most `limit + 1` of them (see `readRegularFile`); rejects
   * with a `BoundedReadError` for a FIFO, device or folder, or a file over the limit.
   * {@link readUserFile} decodes the bytes (strictly) as UTF-8.
   */
  readonly readBytes: (filePath: string, limit: number) => Promise<Uint8Array>;
  /** Folder the save dialog starts in, e.g. the user's Documents. */
  readonly defaultDirectory: () => string;
}

const MEGABYTE = 1024 * 1024;

function describe(error: unknown): string {
  if (error instanceof BoundedReadError) {
    if (error.reason === 'permission') return 'permission was denied';
    if (error.reason === 'not-found') return 'the file or folder does not exist';
  }
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission was denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'ENOENT':
      return 'the file or folder does not exist';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return 'the system reported an error';
  }
}

function saveFilters(mimeType: string): SaveDialogOptions['filters'] {
  const all = { name: 'All files', extensions: ['*'] };
  if (mimeType.startsWith('application/json')) {
    return [{ name: 'Remit scenario (JSON)', extensions: ['json'] }, all];
  }
  if (mimeType === 'application/pdf') return [{ name: 'PDF document', extensions: ['pdf'] }, all];
  return [all];
}

/**
 * Turns `<input accept>` entries into dialog filters. Only the last part of an extension is
 * used (`.remit.json` → `json`) because macOS matches single extensions only; the renderer
 * validates the content anyway.
 */
export function openFilters(accept: readonly string[]): OpenDialogOptions['filters'] {
  const extensions = [
    ...new Set(
      accept
        .filter((entry) => entry.startsWith('.'))
        .map((entry) => entry.slice(entry.lastIndexOf('.') + 1).toLowerCase())
        .filter((extension) => /^[a-z0-9]+$/.test(extension)),
    ),
  ];
  const all = { name: 'All files', extensions: ['*'] };
  return extensions.length > 0 ? [{ name: 'Supported files', extensions }, all] : [all];
}

/**
 * Reads a user-chosen file as text for IPC: only a regular file (a FIFO, device or folder is
 * refused before anything is read, so a name on the command line or from another program
 * cannot hang or exhaust the app), at most {@link MAX_FILE_BYTES}, and only valid UTF-8
 * (instead of silently turning bad bytes into U+FFFD, which would import a damaged plan); a
 * UTF-8 byte-order mark is stripped. Throws {@link IpcFailure} with a readable message:
 * `too-large`, or `io` when the file cannot be read as text.
 */
export async function readUserFile(deps: Pick<FileDeps, 'readBytes'>, filePath: string): Promise<OpenedFile> {
  // The name is shown in dialogs and may come from another program: keep it short and inert.
  const name = echoText(path.basename(filePath));
  let bytes: Uint8Array;
  try {
    bytes = await deps.readBytes(filePath, MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof BoundedReadError && error.reason === 'too-large') {
      throw new IpcFailure('too-large', `"${name}" is larger than ${MAX_FILE_BYTES / MEGABYTE} MB, the most Remit opens.`);
    }
    if (error instanceof BoundedReadError && error.reason === 'not-a-file') {
      throw new IpcFailure('io', `Remit could not read "${name}": ${error.message}. Nothing was changed.`);
    }
    throw new IpcFailure('io', `Remit could not read "${name}": ${describe(error)}.`);
  }
  let text: string;
  try {
    // fatal: a bad byte throws instead of becoming U+FFFD; the BOM is consumed by default.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IpcFailure(
      'io',
      `Remit could not read "${name}": it is not UTF-8 text (it may be in another encoding, or not a Remit file). Nothing was changed.`,
    );
  }
  return { name, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

/** Handler of `dialog:save-file`: native save dialog, then an atomic write. */
export function createSaveFileHandler(
  deps: FileDeps,
): (request: SaveFileRequest, context: { readonly sender: WebContents }) => Promise<SaveFileResult> {
  return async (request, { sender }) => {
    const choice = await deps.showSaveDialog(sender, {
      defaultPath: path.join(deps.defaultDirectory(), request.suggestedName),
      filters: saveFilters(request.mimeType),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    try {
      await deps.writeFile(choice.filePath, request.data);
    } catch (error) {
      throw new IpcFailure(
        'io',
        `Remit could not save "${path.basename(choice.filePath)}": ${describe(error)}. Nothing was overwritten.`,
      );
    }
    return { saved: true, location: choice.filePath };
  };
}

/** Handler of `dialog:open-file`: native open dialog, then a read; null when cancelled. */
export function createOpenFileHandler(
  deps: FileDeps,
): (request: OpenFileRequest, context: { readonly sender: WebContents }) => Promise<OpenedFile | null> {
  return async (request, { sender }) => {
    const choice = await deps.showOpenDialog(sender, {
      filters: openFilters(request.accept),
      properties: ['openFile'],
    });
    const chosen = choice.filePaths[0];
    if (choice.canceled || chosen === undefined) return null;
    return readUserFile(deps, chosen);
  };
}

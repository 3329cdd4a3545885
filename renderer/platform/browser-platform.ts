import { isAllowedExternalUrl } from '../../shared/ipc/external-links.js';
import { FileReadError, type OpenedFile, type Platform, type SaveRequest, type SaveResult } from './platform.js';

function download(request: SaveRequest): SaveResult {
  const blob = new Blob([request.data as BlobPart], { type: request.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a later tick is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true };
}

/** Largest file read into memory; the importers apply their own, smaller limits. */
const MAX_READ_BYTES = 32 * 1024 * 1024;

/**
 * Reads a file as UTF-8, refusing invalid byte sequences instead of replacing them with U+FFFD
 * (a silently altered file must never be imported). Rejects with {@link FileReadError}.
 */
async function readText(file: File): Promise<string> {
  if (file.size > MAX_READ_BYTES) {
    throw new FileReadError(`“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB, larger than Remit can open (32 MB).`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    // A byte-order mark is tolerated (ignoreBOM false strips it).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileReadError(`“${file.name}” is not valid UTF-8 text, so it cannot be a Remit file.`);
  }
}

function pickFile(accept: readonly string[]): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) {
        resolve(null);
        return;
      }
      readText(file).then((text) => resolve({ name: file.name, text }), reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

/** The platform for a plain browser tab: downloads, file inputs, no native menu. */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    getInfo: () => Promise.resolve({ version: __APP_VERSION__, platform: navigator.platform }),
    saveFile: (request) => Promise.resolve(download(request)),
    openFile: pickFile,
    onMenuCommand: () => () => undefined,
    onFileOpened: () => () => undefined,
    openExternal: (url) => {
      // Same allowlist as Electron, so a link that works in the browser works in the app.
      if (!isAllowedExternalUrl(url)) {
        return Promise.reject(new Error('Only the guidance sources can be opened.'));
      }
      window.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve();
    },
    exportPdf: () => {
      // Blocks until the dialog closes; the user saves as PDF or prints from there.
      window.print();
      return Promise.resolve({ kind: 'print-dialog' });
    },
    reportPrintReady: () => undefined,
  };
}

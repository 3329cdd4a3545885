import type { OpenedFile, Platform, SaveRequest, SaveResult } from './platform.js';

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
      file.text().then((text) => resolve({ name: file.name, text }), reject);
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
  };
}

import { useImperativeHandle, useState, type Ref } from 'react';
import type { PdfOptions } from '../../../shared/ipc/print-route.js';
import { getPlatform } from '../../platform/bridge.js';
import { lazyWithPreload } from '../../ui/lazy-preload.js';

const ExportPdfDialog = lazyWithPreload(async () => (await import('./export-pdf-dialog.js')).ExportPdfDialog);
const BrowserScenarioPrint = lazyWithPreload(async () => (await import('./export-pdf-dialog.js')).BrowserScenarioPrint);

/** Fetches the Export PDF dialog and print view ahead of need (see app/workspace). */
export const preloadExportPdf = () => Promise.all([ExportPdfDialog.preload(), BrowserScenarioPrint.preload()]);


/** What app/'s menu router can ask of Export PDF. */
export interface ExportPdfHandle {
  /** Opens the PDF options dialog. */
  readonly open: () => void;
}

/** The toolbar's "Export PDF" button and its options dialog; `ref` opens it for the native menu. */
export function ExportPdf({ ref }: { readonly ref?: Ref<ExportPdfHandle> }) {
  const platform = getPlatform();
  const [open, setOpen] = useState(false);
  const [printing, setPrinting] = useState<PdfOptions | null>(null);

  useImperativeHandle(ref, () => ({ open: () => setOpen(true) }), []);

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Export PDF
      </button>
      {open && (
        <ExportPdfDialog
          platform={platform}
          onClose={() => setOpen(false)}
          onPrint={(options) => {
            setOpen(false);
            setPrinting(options);
          }}
        />
      )}
      {printing && <BrowserScenarioPrint platform={platform} options={printing} onDone={() => setPrinting(null)} />}
    </>
  );
}

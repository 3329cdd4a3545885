import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { checkScenario } from '../../../shared/guidance/index.js';
import {
  DEFAULT_PDF_OPTIONS,
  type Orientation,
  type PaperSize,
  type PdfOptions,
} from '../../../shared/ipc/print-route.js';
import type { Platform } from '../../platform/platform.js';
import { useStore } from '../../state/use-store.js';
import { Dialog } from '../../ui/dialog.js';
import { BrowserPrint } from '../../ui/browser-print.js';
import { pdfFileName } from '../../platform/file-name.js';
import { localePaper } from '../../platform/paper.js';
import { buildPrintModel } from './print-model.js';
import { PrintView } from './print-view.js';
import './export-pdf.css';

let lastOptions: PdfOptions | null = null;

function initialOptions(): PdfOptions {
  if (lastOptions) return lastOptions;
  return { ...DEFAULT_PDF_OPTIONS, paper: localePaper() };
}

type Progress =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | { readonly status: 'saved'; readonly location: string | undefined }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

const PAPERS: readonly { readonly value: PaperSize; readonly label: string }[] = [
  { value: 'a4', label: 'A4 (210 × 297 mm)' },
  { value: 'letter', label: 'US Letter (8.5 × 11 in)' },
];
const ORIENTATIONS: readonly { readonly value: Orientation; readonly label: string }[] = [
  { value: 'portrait', label: 'Portrait' },
  { value: 'landscape', label: 'Landscape' },
];

export function ExportPdfDialog({
  platform,
  onClose,
  onPrint,
}: {
  readonly platform: Platform;
  readonly onClose: () => void;
  /** Browser path: print the view with these options (the dialog has closed by then). */
  readonly onPrint: (options: PdfOptions) => void;
}) {
  const store = useStore();
  const [options, setOptions] = useState<PdfOptions>(initialOptions);
  const [progress, setProgress] = useState<Progress>({ status: 'idle' });
  const appendixId = useId();
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );
  const electron = platform.kind === 'electron';
  const working = progress.status === 'working';

  const submit = async (): Promise<void> => {
    lastOptions = options;
    if (!electron) {
      onPrint(options);
      return;
    }
    setProgress({ status: 'working' });
    try {
      // Main prints the saved scenario: wait for the last change to reach the database.
      await store.flush();
      const { scenario, save } = store.getState();
      if (save.status === 'error') {
        throw new Error(
          `Your latest changes are not saved yet (${save.message}), so the PDF would be out of date.`,
        );
      }
      const outcome = await platform.exportPdf({
        scenarioId: scenario.id,
        suggestedName: pdfFileName(scenario.name),
        options,
      });
      if (!live.current) return;
      setProgress(
        outcome.kind === 'saved'
          ? { status: 'saved', location: outcome.location }
          : outcome.kind === 'cancelled'
            ? { status: 'cancelled' }
            : { status: 'idle' },
      );
    } catch (error) {
      if (!live.current) return;
      setProgress({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <Dialog
      title="Export PDF"
      description={
        electron
          ? 'A decision record of this scenario: the org chart with every responsibility, and the sources.'
          : 'A decision record of this scenario. Your browser’s print dialog opens: choose “Save as PDF” there.'
      }
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <fieldset className="export-pdf-choice" disabled={working}>
        <legend>Paper size</legend>
        {PAPERS.map((paper) => (
          <label key={paper.value}>
            <input
              type="radio"
              name="paper"
              value={paper.value}
              checked={options.paper === paper.value}
              onChange={() => setOptions((current) => ({ ...current, paper: paper.value }))}
            />
            {paper.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-pdf-choice" disabled={working}>
        <legend>Orientation</legend>
        {ORIENTATIONS.map((orientation) => (
          <label key={orientation.value}>
            <input
              type="radio"
              name="orientation"
              value={orientation.value}
              checked={options.orientation === orientation.value}
              onChange={() => setOptions((current) => ({ ...current, orientation: orientation.value }))}
            />
            {orientation.label}
          </label>
        ))}
      </fieldset>
      <div className="export-pdf-appendix">
        <input
          id={appendixId}
          type="checkbox"
          checked={options.appendix}
          disabled={working}
          onChange={(event) => setOptions((current) => ({ ...current, appendix: event.target.checked }))}
        />
        <label htmlFor={appendixId}>
          Include the guidance appendix
          <span className="export-pdf-hint">Findings with their sources, waivers and contested topics.</span>
        </label>
      </div>

      <div className="export-pdf-progress">
        {progress.status === 'working' && <p role="status">Making the PDF…</p>}
        {progress.status === 'saved' && (
          <p role="status" className="export-pdf-saved">
            PDF saved{progress.location ? ` to ${progress.location}` : ''}.
          </p>
        )}
        {progress.status === 'cancelled' && <p role="status">Not saved: you cancelled the save dialog.</p>}
        {progress.status === 'failed' && (
          <p role="alert" className="export-pdf-error">
            {progress.message}
          </p>
        )}
      </div>

      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {progress.status === 'saved' ? 'Close' : 'Cancel'}
        </button>
        <button type="submit" className="primary" disabled={working} aria-disabled={working}>
          {electron ? (progress.status === 'saved' ? 'Export again' : 'Export PDF') : 'Print…'}
        </button>
      </div>
    </Dialog>
  );
}

/** The browser path: prints the open scenario's print view through the browser's print dialog. */
export function BrowserScenarioPrint({
  platform,
  options,
  onDone,
}: {
  readonly platform: Platform;
  readonly options: PdfOptions;
  readonly onDone: () => void;
}) {
  const store = useStore();
  const [date] = useState(() => new Date());
  const model = useMemo(() => {
    const { scenario } = store.getState();
    return buildPrintModel(scenario, checkScenario(scenario));
  }, [store]);
  return (
    <BrowserPrint print={() => platform.exportPdf({ scenarioId: '', suggestedName: '', options })} onDone={onDone}>
      <PrintView model={model} options={options} date={date} />
    </BrowserPrint>
  );
}

import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PdfOptions, PrintRoute } from '../../../shared/ipc/print-route.js';
import type { Scenario } from '../../../shared/model/index.js';
import { RemitDatabase } from '../../persistence/database.js';
import { ScenarioRepository } from '../../persistence/repository.js';
import type { Platform } from '../../platform/platform.js';
import { loadPrintFonts } from '../print/fonts.js';
import { reportPrintState } from '../print/print-page.js';
import '../print/print.css';
import { ComparisonPages } from './comparison-pages.js';
import { loadCompared } from './compared.js';
import './compare.css';

/**
 * The printed comparison: a title block (what is compared, which is the baseline, the date),
 * then the comparison pages (summary and guidance, lanes side by side, every responsibility,
 * findings that change with their sources). Paper is light whatever the app's theme.
 */
export function ComparisonDocument(props: {
  readonly scenarios: readonly Scenario[];
  readonly options: PdfOptions;
  readonly date: Date;
}) {
  const { scenarios, options } = props;
  const dateText = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(props.date);
  const [baseline, ...others] = scenarios;
  return (
    <article className="print-document compare-print" data-page={`${options.paper}-${options.orientation}`} lang="en">
      <header className="print-title">
        <p className="print-kicker">Remit · who owns what between the CIO and the CTO</p>
        <h1>Comparison of {scenarios.length} plans</h1>
        <dl className="print-meta">
          <div>
            <dt>Date</dt>
            <dd>{dateText}</dd>
          </div>
          <div>
            <dt>Baseline</dt>
            <dd>{baseline?.name}</dd>
          </div>
          <div>
            <dt>Compared with it</dt>
            <dd>{others.map((scenario) => scenario.name).join(' · ')}</dd>
          </div>
        </dl>
      </header>
      <ComparisonPages scenarios={scenarios} />
    </article>
  );
}

type Load =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly scenarios: readonly Scenario[] }
  | { readonly status: 'failed'; readonly message: string };

async function loadFromStorage(route: PrintRoute): Promise<Scenario[]> {
  if (!route.compare || route.compare.length === 0) {
    throw new Error('The print link does not name 2 to 4 scenarios or versions to compare.');
  }
  const database = new RemitDatabase();
  try {
    return await loadCompared(new ScenarioRepository(database), route.compare);
  } finally {
    database.close();
  }
}

/**
 * The print route for a comparison (`#/print?compare=…`): loads the compared scenarios and
 * versions from IndexedDB, shows the comparison document, and once it is laid out with its
 * fonts reports ready (main's hidden PDF window waits for that; tests wait for
 * `data-print-state="ready"`).
 */
export function ComparisonPrintPage({ route }: { readonly route: PrintRoute }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [date] = useState(() => new Date());

  useEffect(() => {
    document.documentElement.setAttribute('data-print-state', 'loading');
    let live = true;
    loadFromStorage(route).then(
      (scenarios) => {
        if (!live) return;
        document.title = `Comparison: ${scenarios.map((scenario) => scenario.name).join(' vs ')} · Remit`;
        setLoad({ status: 'ready', scenarios });
      },
      (error: unknown) => live && setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [route]);

  useEffect(() => {
    if (load.status === 'failed') {
      reportPrintState({ ok: false, message: load.message });
      return;
    }
    if (load.status !== 'ready') return;
    let live = true;
    loadPrintFonts(document.body.textContent ?? '').then(() => live && reportPrintState({ ok: true }));
    return () => {
      live = false;
    };
  }, [load]);

  if (load.status === 'failed') {
    return (
      <main className="boot">
        <h1>Remit could not prepare this document</h1>
        <p role="alert">{load.message}</p>
      </main>
    );
  }
  if (load.status === 'loading') {
    return (
      <main className="boot" aria-busy="true">
        <p>Preparing the document…</p>
      </main>
    );
  }
  return (
    <main className="print-screen" aria-label="Print preview">
      <ComparisonDocument scenarios={load.scenarios} options={route.options} date={date} />
    </main>
  );
}

/**
 * The browser path of "Export PDF" in the compare view: mounts the comparison document next to
 * the app (print.css hides everything else on paper), waits for its fonts, opens the browser's
 * print dialog, then removes it again.
 */
export function BrowserComparisonPrint(props: {
  readonly platform: Platform;
  readonly scenarios: readonly Scenario[];
  readonly options: PdfOptions;
  readonly onDone: () => void;
}) {
  const { platform, scenarios, options } = props;
  const [date] = useState(() => new Date());
  const [host] = useState(() => {
    const element = document.createElement('div');
    element.className = 'print-portal';
    return element;
  });
  const onDoneRef = useRef(props.onDone);
  onDoneRef.current = props.onDone;

  useEffect(() => {
    document.body.append(host);
    document.body.classList.add('remit-printing');
    let live = true;
    loadPrintFonts(host.textContent ?? '')
      .then(() => (live ? platform.exportPdf({ compare: [], suggestedName: '', options }) : undefined))
      .catch((error: unknown) => console.error('Remit: printing failed', error))
      .finally(() => live && onDoneRef.current());
    return () => {
      live = false;
      document.body.classList.remove('remit-printing');
      host.remove();
    };
  }, [host, options, platform]);

  return createPortal(<ComparisonDocument scenarios={scenarios} options={options} date={date} />, host);
}

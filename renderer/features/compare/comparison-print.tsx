import { useState } from 'react';
import type { PdfOptions, PrintRoute } from '../../../shared/ipc/print-route.js';
import type { Scenario } from '../../../shared/model/index.js';
import type { Platform } from '../../platform/platform.js';
import { usePrintedComparison } from '../../state/print-route.js';
import { PrintRouteFrame } from '../../ui/print-route-frame.js';
import { BrowserPrint } from '../../ui/browser-print.js';
import '../../ui/print.css';
import { ComparisonPages } from './comparison-pages.js';
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

/**
 * The print route for a comparison (`#/print?compare=…`): the compared scenarios and versions
 * as one document. state/'s print-route loader reads them and reports ready once the document
 * is laid out with its fonts.
 */
export function ComparisonPrintPage({ route }: { readonly route: PrintRoute }) {
  const load = usePrintedComparison(route.compare);
  const [date] = useState(() => new Date());
  return (
    <PrintRouteFrame load={load}>
      {load.status === 'ready' ? <ComparisonDocument scenarios={load.value} options={route.options} date={date} /> : null}
    </PrintRouteFrame>
  );
}

/**
 * The browser path of "Export PDF" in the compare view: prints the comparison document through
 * the browser's print dialog.
 */
export function BrowserComparisonPrint(props: {
  readonly platform: Platform;
  readonly scenarios: readonly Scenario[];
  readonly options: PdfOptions;
  readonly onDone: () => void;
}) {
  const { platform, scenarios, options } = props;
  const [date] = useState(() => new Date());
  return (
    <BrowserPrint print={() => platform.exportPdf({ compare: [], suggestedName: '', options })} onDone={props.onDone}>
      <ComparisonDocument scenarios={scenarios} options={options} date={date} />
    </BrowserPrint>
  );
}

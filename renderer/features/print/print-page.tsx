import { useEffect, useMemo, useState } from 'react';
import { checkScenario } from '../../../shared/guidance/index.js';
import type { PrintReadyReport } from '../../../shared/ipc/channels.js';
import type { PrintRoute } from '../../../shared/ipc/print-route.js';
import { scenarioId, type Scenario } from '../../../shared/model/index.js';
import { RemitDatabase } from '../../persistence/database.js';
import { ScenarioRepository } from '../../persistence/repository.js';
import { getPlatform } from '../../platform/bridge.js';
import { loadPrintFonts } from './fonts.js';
import { buildPrintModel } from './print-model.js';
import { PrintView } from './print-view.js';

/**
 * The attribute on `<html>` that says where the print view is: `loading`, `ready` (laid out,
 * fonts loaded: print now) or `failed`. Tests and the bench wait for `ready` before
 * `page.pdf()`; in Electron the same moment is reported to main over IPC.
 */
export const PRINT_STATE_ATTRIBUTE = 'data-print-state';

type Load =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly scenario: Scenario }
  | { readonly status: 'failed'; readonly message: string };

let reported = false;

/**
 * Marks the page ready or failed and tells the host, once per page load (StrictMode runs
 * effects twice). Every print route's page calls it once its document is laid out.
 */
export function reportPrintState(result: PrintReadyReport): void {
  document.documentElement.setAttribute(PRINT_STATE_ATTRIBUTE, result.ok ? 'ready' : 'failed');
  if (reported) return;
  reported = true;
  getPlatform().reportPrintReady(result);
}

async function loadScenario(id: string): Promise<Scenario> {
  if (id === '') throw new Error('The print link does not name a scenario.');
  const database = new RemitDatabase();
  try {
    const scenario = await new ScenarioRepository(database).load(scenarioId(id));
    if (!scenario) throw new Error('This scenario no longer exists; it may have been deleted.');
    return scenario;
  } finally {
    database.close();
  }
}

/**
 * The print route (`#/print?scenario=…`): loads one saved scenario from IndexedDB and shows
 * its print view. Once the view is committed and its fonts are loaded it sets
 * `data-print-state="ready"` on `<html>` and reports ready to the host (main's hidden PDF
 * window waits for that before `printToPDF`).
 */
export function PrintPage({ route }: { readonly route: PrintRoute }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [date] = useState(() => new Date());

  useEffect(() => {
    document.documentElement.setAttribute(PRINT_STATE_ATTRIBUTE, 'loading');
    let live = true;
    loadScenario(route.scenarioId).then(
      (scenario) => {
        if (!live) return;
        document.title = `${scenario.name} · Remit`;
        setLoad({ status: 'ready', scenario });
      },
      (error: unknown) => {
        if (!live) return;
        setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [route.scenarioId]);

  const model = useMemo(
    () => (load.status === 'ready' ? buildPrintModel(load.scenario, checkScenario(load.scenario)) : null),
    [load],
  );

  useEffect(() => {
    if (load.status === 'failed') {
      reportPrintState({ ok: false, message: load.message });
      return;
    }
    if (!model) return;
    let live = true;
    // The effect runs after React committed the view; loading the fonts for its text makes
    // sure the PDF is laid out with the bundled font, not a fallback.
    loadPrintFonts(document.body.textContent ?? '').then(() => live && reportPrintState({ ok: true }));
    return () => {
      live = false;
    };
  }, [load, model]);

  if (load.status === 'failed') {
    return (
      <main className="boot">
        <h1>Remit could not prepare this document</h1>
        <p role="alert">{load.message}</p>
      </main>
    );
  }
  if (!model) {
    return (
      <main className="boot" aria-busy="true">
        <p>Preparing the document…</p>
      </main>
    );
  }
  return (
    <main className="print-screen" aria-label="Print preview">
      <PrintView model={model} options={route.options} date={date} />
    </main>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { ComparedRef } from '../../shared/ipc/print-route.js';
import { scenarioId, type Scenario } from '../../shared/model/index.js';
import type { ScenarioRepository } from '../persistence/repository.js';
import { markPrintLoading, reportPrintState } from '../platform/print-state.js';
import { loadPrintFonts } from '../ui/print-fonts.js';
import { loadCompared } from './compared.js';
import { useStoredLibrary } from './stored-library.js';

/** Where a print route's document is: being read, read, or not readable (with why). */
export type PrintLoad<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly message: string };

/**
 * The one loader of the print routes: marks the page loading, reads the document from storage,
 * names the window, and once the view that shows it is committed and its fonts are loaded,
 * reports ready (main's hidden PDF window waits for that before `printToPDF`), or failed.
 */
function usePrintRouteLoad<T>(
  key: string,
  load: (repository: ScenarioRepository) => Promise<T>,
  titleOf: (value: T) => string,
): PrintLoad<T> {
  const repository = useStoredLibrary();
  const [state, setState] = useState<PrintLoad<T>>({ status: 'loading' });
  // `key` says when the document changes; the functions are the latest render's.
  const request = useRef({ load, titleOf });
  request.current = { load, titleOf };

  useEffect(() => {
    markPrintLoading();
    let live = true;
    const { load: read, titleOf: title } = request.current;
    read(repository).then(
      (value) => {
        if (!live) return;
        document.title = title(value);
        setState({ status: 'ready', value });
      },
      (error: unknown) => live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [key, repository]);

  useEffect(() => {
    if (state.status === 'failed') {
      reportPrintState({ ok: false, message: state.message });
      return;
    }
    if (state.status !== 'ready') return;
    let live = true;
    // The effect runs after React committed the view; loading the fonts for its text makes
    // sure the PDF is laid out with the bundled font, not a fallback.
    void loadPrintFonts(document.body.textContent ?? '').then(() => live && reportPrintState({ ok: true }));
    return () => {
      live = false;
    };
  }, [state]);

  return state;
}

/** The scenario a print route (`#/print?scenario=…`) names, read from storage. */
export function usePrintedScenario(id: string): PrintLoad<Scenario> {
  return usePrintRouteLoad(
    id,
    async (repository) => {
      if (id === '') throw new Error('The print link does not name a scenario.');
      const scenario = await repository.load(scenarioId(id));
      if (!scenario) throw new Error('This scenario no longer exists; it may have been deleted.');
      return scenario;
    },
    (scenario) => `${scenario.name} · Remit`,
  );
}

/** The scenarios and versions a comparison print route (`#/print?compare=…`) names, in order. */
export function usePrintedComparison(refs: readonly ComparedRef[] | undefined): PrintLoad<readonly Scenario[]> {
  return usePrintRouteLoad(
    JSON.stringify(refs ?? []),
    async (repository) => {
      if (!refs || refs.length === 0) {
        throw new Error('The print link does not name 2 to 4 scenarios or versions to compare.');
      }
      return loadCompared(repository, refs);
    },
    (scenarios) => `Comparison: ${scenarios.map((scenario) => scenario.name).join(' vs ')} · Remit`,
  );
}

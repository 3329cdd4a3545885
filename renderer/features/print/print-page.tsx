import { useMemo, useState } from 'react';
import { checkScenario } from '../../../shared/guidance/index.js';
import type { PrintRoute } from '../../../shared/ipc/print-route.js';
import { usePrintedScenario } from '../../state/print-route.js';
import { PrintRouteFrame } from '../../ui/print-route-frame.js';
import { buildPrintModel } from './print-model.js';
import { PrintView } from './print-view.js';

/**
 * The print route (`#/print?scenario=…`): one saved scenario's print view. state/'s print-route
 * loader reads it and reports ready once the view is laid out with its fonts.
 */
export function PrintPage({ route }: { readonly route: PrintRoute }) {
  const load = usePrintedScenario(route.scenarioId);
  const [date] = useState(() => new Date());
  const model = useMemo(() => (load.status === 'ready' ? buildPrintModel(load.value, checkScenario(load.value)) : null), [load]);
  return <PrintRouteFrame load={load}>{model ? <PrintView model={model} options={route.options} date={date} /> : null}</PrintRouteFrame>;
}

import { useMemo } from 'react';
import { compareScenarios } from '../../../shared/compare/index.js';
import type { Scenario } from '../../../shared/model/index.js';
import { ComparisonSummary, FindingChanges, GuidanceMatrix, ResponsibilityChanges, SideBySide } from './comparison-view.js';

/**
 * The comparison as print pages, for the PDF export: summary, guidance matrix, lanes side by
 * side, every responsibility (unchanged ones listed, not collapsed) and the findings that
 * change, with citations. `scenarios` as for `compareScenarios` (2 to 4, the first is the
 * baseline). Static: no controls.
 */
export function ComparisonPages({ scenarios }: { readonly scenarios: readonly Scenario[] }) {
  const comparison = useMemo(() => compareScenarios(scenarios), [scenarios]);
  const names = comparison.scenarios.map((entry) => entry.scenario.name);
  return (
    <section className="compare-pages" aria-label="Comparison">
      <h2 className="compare-pages-title">Comparison: {names.join(' · ')}</h2>
      <section className="compare-page">
        <h3>Summary</h3>
        <ComparisonSummary comparison={comparison} />
        <h3>Guidance</h3>
        <GuidanceMatrix comparison={comparison} />
      </section>
      <section className="compare-page">
        <h3>Side by side</h3>
        <SideBySide comparison={comparison} onlyChanges={false} />
      </section>
      <section className="compare-page">
        <h3>Responsibilities</h3>
        <ResponsibilityChanges comparison={comparison} collapsible={false} />
      </section>
      <section className="compare-page">
        <h3>Findings that change</h3>
        <FindingChanges comparison={comparison} />
      </section>
    </section>
  );
}

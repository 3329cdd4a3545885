import { useId, useMemo, useState } from 'react';
import {
  compareScenarios,
  describeChange,
  describeMatch,
  describePlacement,
  type Change,
  type Comparison,
  type ComparisonRow,
  type FindingChange,
} from '../../../shared/compare/index.js';
import { formatCitation } from '../../../shared/guidance/index.js';
import { STATUSES, STATUS_LABEL, cardStatuses, findingStatus, type GuidanceStatus } from '../../../shared/status/index.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { StatusIcon } from '../../ui/status-icon.js';
import { LANES, type Lane, type Responsibility, type Scenario } from '../../../shared/model/index.js';
import { distinctNames } from '../../state/compared.js';
import './compare.css';

const LANE_HEADINGS: Readonly<Record<Lane, string>> = {
  CIO: 'CIO',
  Shared: 'Shared',
  CTO: 'CTO',
  Unassigned: 'Unassigned',
};

function nameOf(comparison: Comparison, index: number): string {
  return comparison.scenarios[index]?.scenario.name ?? `Scenario ${index + 1}`;
}

/** The plain-language summary of every pair. */
export function ComparisonSummary({ comparison }: { readonly comparison: Comparison }) {
  const base = nameOf(comparison, 0);
  if (comparison.pairs.length === 0) return <p className="compare-muted">Pick a second scenario to compare.</p>;
  return (
    <div className="compare-summary">
      {comparison.pairs.map((pair) => (
        <div key={pair.index} className="compare-summary-pair">
          <h4>
            {nameOf(comparison, pair.index)} <span className="compare-muted">compared with</span> {base}
          </h4>
          <ul aria-label={`Summary: ${nameOf(comparison, pair.index)} compared with ${base}`}>
            {pair.summary.map((sentence, at) => (
              <li key={at}>{sentence}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** The matrix's card columns: every badge word except "No guidance". */
const MATRIX_STATUSES: readonly GuidanceStatus[] = STATUSES.filter((status) => status !== 'unrated');

/** Scenarios as rows, guidance figures as columns (cards counted by their badge). */
export function GuidanceMatrix({ comparison }: { readonly comparison: Comparison }) {
  return (
    <table className="compare-table compare-matrix">
      <caption>Guidance by scenario</caption>
      <thead>
        <tr>
          <th scope="col">Scenario</th>
          <th scope="col">Score</th>
          {MATRIX_STATUSES.map((status) => (
            <th key={status} scope="col" className={`compare-status status-${status}`}>
              <StatusIcon status={status} />
              {STATUS_LABEL[status]}
            </th>
          ))}
          <th scope="col">Gaps</th>
        </tr>
      </thead>
      <tbody>
        {comparison.scenarios.map((entry, index) => {
          const change = index === 0 ? null : (comparison.pairs[index - 1]?.guidance.scoreChange ?? 0);
          return (
            <tr key={index}>
              <th scope="row">
                {entry.scenario.name}
                {index === 0 ? <span className="compare-tag">Baseline</span> : null}
              </th>
              <td>
                {entry.stats.score ?? '–'}
                {change !== null && change !== 0 ? (
                  <span className={change > 0 ? 'compare-up' : 'compare-down'}>
                    {' '}
                    ({change > 0 ? '+' : '−'}
                    {Math.abs(change)})
                  </span>
                ) : null}
              </td>
              {MATRIX_STATUSES.map((status) => (
                <td key={status}>{entry.stats.cards[status]}</td>
              ))}
              <td>{entry.stats.gaps}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function changeClass(changes: readonly Change[]): string {
  if (changes.length === 0) return '';
  const kind = changes[0]?.kind;
  if (kind === 'added') return 'is-added';
  if (kind === 'removed') return 'is-removed';
  return 'is-changed';
}

function BoardCard(props: {
  readonly item: Responsibility;
  readonly row: ComparisonRow | undefined;
  readonly index: number;
  readonly status: GuidanceStatus;
}) {
  const { item, row, index, status } = props;
  const changes = row?.changes[index] ?? [];
  const cell = row?.cells[index];
  const badges = changes.map((change) => describeChange(change));
  if (cell && cell.match === 'fuzzy') badges.push(`Paired by ${describeMatch(cell)}`);
  return (
    <li className={`compare-card ${changeClass(changes)}`}>
      <span className="compare-card-title">{item.title}</span>
      {item.owner === 'Shared' ? <span className="compare-card-lead">{item.lead ? `${item.lead} leads` : 'No lead'}</span> : null}
      <span className="compare-card-status">
        <StatusBadge status={status} />
      </span>
      {badges.length > 0 ? (
        <span className="compare-badges">
          {badges.map((badge) => (
            <span key={badge} className="compare-badge">
              {badge}
            </span>
          ))}
        </span>
      ) : null}
    </li>
  );
}

/**
 * The scenarios side by side: one column per scenario, one row per lane, so the same lane
 * lines up across scenarios; changes against the baseline are marked on the cards, and
 * cards the baseline has but a scenario lacks show as removed in the baseline's lane.
 */
export function SideBySide({ comparison, onlyChanges }: { readonly comparison: Comparison; readonly onlyChanges: boolean }) {
  const count = comparison.scenarios.length;
  // The same badge each card shows on its own board.
  const statuses = useMemo(
    () => comparison.scenarios.map((entry) => cardStatuses(entry.scenario.responsibilities, entry.check)),
    [comparison],
  );
  return (
    <table className="compare-board" style={{ ['--compare-columns' as string]: String(count) }}>
      <caption className="visually-hidden">Scenarios side by side, lanes aligned</caption>
      <thead>
        <tr>
          <th scope="col" className="compare-board-corner">
            Lane
          </th>
          {comparison.scenarios.map((entry, index) => (
            <th scope="col" key={index}>
              {entry.scenario.name}
              {index === 0 ? <span className="compare-tag">Baseline</span> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {LANES.map((lane) => (
          <tr key={lane} className={`compare-lane compare-lane-${lane.toLowerCase()}`}>
            <th scope="row">{LANE_HEADINGS[lane]}</th>
            {comparison.scenarios.map((entry, index) => {
              const map = comparison.rowIndex[index];
              const items = entry.scenario.responsibilities.filter((item) => item.owner === lane);
              const shown = items
                .map((item) => ({ item, row: comparison.rows[map?.get(item.id) ?? -1] }))
                .filter(({ row }) => !onlyChanges || index === 0 || (row?.changes[index]?.length ?? 0) > 0);
              const removed =
                index === 0
                  ? []
                  : comparison.rows.filter((row) => row.cells[0]?.item.owner === lane && !row.cells[index]);
              const hidden = items.length - shown.length;
              return (
                <td key={index}>
                  <ul className="compare-cards" aria-label={`${LANE_HEADINGS[lane]} in ${entry.scenario.name}`}>
                    {shown.map(({ item, row }) => (
                      <BoardCard key={item.id} item={item} row={row} index={index} status={statuses[index]?.get(item.id) ?? 'unrated'} />
                    ))}
                    {removed.map((row) => (
                      <li key={row.key} className="compare-card is-removed">
                        <span className="compare-card-title">{row.cells[0]?.item.title ?? row.title}</span>
                        <span className="compare-badges">
                          <span className="compare-badge">Removed</span>
                        </span>
                      </li>
                    ))}
                  </ul>
                  {items.length === 0 && removed.length === 0 ? <p className="compare-muted">None</p> : null}
                  {hidden > 0 ? <p className="compare-muted">{hidden} unchanged hidden</p> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChangeTable(props: {
  readonly comparison: Comparison;
  readonly rows: readonly ComparisonRow[];
  readonly caption: string;
  readonly hideCaption?: boolean;
}) {
  const { comparison, rows } = props;
  return (
    <table className="compare-table compare-changes">
      <caption className={props.hideCaption ? 'visually-hidden' : undefined}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Responsibility</th>
          {comparison.scenarios.map((entry, index) => (
            <th scope="col" key={index}>
              {entry.scenario.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.title}
              {row.fuzzy ? <span className="compare-tag">Fuzzy match</span> : null}
            </th>
            {row.cells.map((cell, index) => {
              const changes = row.changes[index] ?? [];
              return (
                <td key={index} className={changeClass(changes)}>
                  {cell ? describePlacement(cell) : <span className="compare-muted">Not in this scenario</span>}
                  {changes.length > 0 ? (
                    <ul className="compare-change-list">
                      {changes.map((change, at) => (
                        <li key={at}>{describeChange(change)}</li>
                      ))}
                    </ul>
                  ) : null}
                  {cell && (cell.match === 'fuzzy' || cell.match === 'title') ? (
                    <span className="compare-match">Paired by {describeMatch(cell)}</span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Changed responsibilities in a table; the unchanged ones in a collapsed section. */
export function ResponsibilityChanges({ comparison, collapsible = true }: { readonly comparison: Comparison; readonly collapsible?: boolean }) {
  const changed = comparison.rows.filter((row) => row.changed);
  const unchanged = comparison.rows.filter((row) => !row.changed);
  return (
    <>
      {changed.length === 0 ? (
        <p>No responsibility differs from the baseline.</p>
      ) : (
        <ChangeTable comparison={comparison} rows={changed} caption={`Changed responsibilities (${changed.length})`} />
      )}
      {unchanged.length > 0 ? (
        collapsible ? (
          <details className="compare-unchanged">
            <summary>Unchanged responsibilities ({unchanged.length})</summary>
            <ChangeTable comparison={comparison} rows={unchanged} caption="Unchanged responsibilities" hideCaption />
          </details>
        ) : (
          <ChangeTable comparison={comparison} rows={unchanged} caption={`Unchanged responsibilities (${unchanged.length})`} />
        )
      ) : null}
    </>
  );
}

function FindingItem({ change }: { readonly change: FindingChange }) {
  const { finding } = change;
  return (
    <li className={`compare-finding compare-severity-${finding.severity}`}>
      <p>
        <span className={`compare-tag status-${findingStatus(finding)}`}>{STATUS_LABEL[findingStatus(finding)]}</span>
        {change.resolution === 'waived' ? <span className="compare-tag status-accepted">{STATUS_LABEL.accepted}</span> : null}
        {finding.message}
      </p>
      {finding.citations.length > 0 ? (
        <p className="compare-citations">
          Sources:{' '}
          {finding.citations.map((citation, at) => (
            <cite key={at}>
              {formatCitation(citation)}
              {at < finding.citations.length - 1 ? '; ' : ''}
            </cite>
          ))}
        </p>
      ) : null}
    </li>
  );
}

/** Findings that appear and disappear between the baseline and each other scenario, with citations. */
export function FindingChanges({ comparison }: { readonly comparison: Comparison }) {
  const base = nameOf(comparison, 0);
  return (
    <div className="compare-findings">
      {comparison.pairs.map((pair) => {
        const name = nameOf(comparison, pair.index);
        const { appeared, disappeared } = pair.guidance;
        return (
          <div key={pair.index} className="compare-findings-pair">
            <h4>
              {name} <span className="compare-muted">compared with</span> {base}
            </h4>
            {appeared.length === 0 && disappeared.length === 0 ? <p>The same findings.</p> : null}
            {appeared.length > 0 ? (
              <>
                <h5>New in {name} ({appeared.length})</h5>
                <ul aria-label={`New findings in ${name}`}>
                  {appeared.map((change) => (
                    <FindingItem key={change.finding.id} change={change} />
                  ))}
                </ul>
              </>
            ) : null}
            {disappeared.length > 0 ? (
              <>
                <h5>Gone in {name} ({disappeared.length})</h5>
                <ul aria-label={`Findings gone in ${name}`}>
                  {disappeared.map((change) => (
                    <FindingItem key={change.finding.id} change={change} />
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** The full comparison as shown in the compare dialog. */
export function ComparisonView({ comparison }: { readonly comparison: Comparison }) {
  const [onlyChanges, setOnlyChanges] = useState(false);
  const toggleId = useId();
  const ids = { summary: useId(), guidance: useId(), board: useId(), changes: useId(), findings: useId() };
  return (
    <div className="compare-view">
      <section aria-labelledby={ids.summary}>
        <h3 id={ids.summary}>Summary</h3>
        <ComparisonSummary comparison={comparison} />
      </section>
      <section aria-labelledby={ids.guidance}>
        <h3 id={ids.guidance}>Guidance</h3>
        <GuidanceMatrix comparison={comparison} />
        <p className="compare-muted compare-legend">
          Cards counted by the badge they show on the board: the worst open finding on each (Error, Warning, Contested,
          Advice), Accepted when every finding on it was accepted, Aligned when the guidance has nothing to say. Gaps: core
          areas of a role that nobody holds.
        </p>
      </section>
      <section aria-labelledby={ids.board}>
        <div className="compare-section-head">
          <h3 id={ids.board}>Side by side</h3>
          <span className="compare-toggle">
            <input id={toggleId} type="checkbox" checked={onlyChanges} onChange={(event) => setOnlyChanges(event.target.checked)} />
            <label htmlFor={toggleId}>Hide unchanged cards</label>
          </span>
        </div>
        <SideBySide comparison={comparison} onlyChanges={onlyChanges} />
      </section>
      <section aria-labelledby={ids.changes}>
        <h3 id={ids.changes}>Responsibilities</h3>
        <ResponsibilityChanges comparison={comparison} />
      </section>
      <section aria-labelledby={ids.findings}>
        <h3 id={ids.findings}>Findings that change</h3>
        <FindingChanges comparison={comparison} />
      </section>
    </div>
  );
}

/**
 * The compare view of given plans, the first the baseline (equal names numbered): what app/
 * hands to other features that preview a change, such as restoring a version.
 */
export function ScenarioComparison({ scenarios }: { readonly scenarios: readonly Scenario[] }) {
  const comparison = useMemo(() => compareScenarios(distinctNames([...scenarios])), [scenarios]);
  return <ComparisonView comparison={comparison} />;
}

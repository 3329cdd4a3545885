import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
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
import {
  STATUSES,
  STATUS_LABEL,
  cardStatuses,
  findingStatus,
  type GuidanceStatus,
} from '../../../shared/status/index.js';
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
  if (comparison.pairs.length === 0)
    return <p className="compare-muted">Pick a second scenario to compare.</p>;
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

function ScoreChange({ change }: { readonly change: number | null }) {
  if (change === null || change === 0) return null;
  return (
    <span className={change > 0 ? 'compare-up' : 'compare-down'}>
      {' '}
      ({change > 0 ? '+' : '−'}
      {Math.abs(change)})
    </span>
  );
}

/**
 * The matrix turned a quarter for a narrow window: one column per scenario, one row per figure,
 * so it is as wide as the scenarios, not as the nine figures.
 */
function GuidanceMatrixTransposed({ comparison }: { readonly comparison: Comparison }) {
  const change = (index: number) =>
    index === 0 ? null : (comparison.pairs[index - 1]?.guidance.scoreChange ?? 0);
  return (
    <table className="compare-table compare-matrix compare-matrix-transposed">
      <caption>Guidance by scenario</caption>
      <thead>
        <tr>
          <th scope="col" className="compare-matrix-corner">
            <span className="visually-hidden">Figure</span>
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
        <tr>
          <th scope="row">Score</th>
          {comparison.scenarios.map((entry, index) => (
            <td key={index}>
              {entry.stats.score ?? '–'}
              <ScoreChange change={change(index)} />
            </td>
          ))}
        </tr>
        {MATRIX_STATUSES.map((status) => (
          <tr key={status}>
            <th scope="row" className={`compare-status status-${status}`}>
              <StatusIcon status={status} />
              {STATUS_LABEL[status]}
            </th>
            {comparison.scenarios.map((entry, index) => (
              <td key={index}>{entry.stats.cards[status]}</td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">Gaps</th>
          {comparison.scenarios.map((entry, index) => (
            <td key={index}>{entry.stats.gaps}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/**
 * Scenarios as rows, guidance figures as columns (cards counted by their badge); `narrow`
 * turns it a quarter (figures as rows) so it never scrolls sideways.
 */
export function GuidanceMatrix({
  comparison,
  narrow = false,
}: {
  readonly comparison: Comparison;
  readonly narrow?: boolean;
}) {
  if (narrow) return <GuidanceMatrixTransposed comparison={comparison} />;
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
                <ScoreChange change={change} />
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
      {item.owner === 'Shared' ? (
        <span className="compare-card-lead">{item.lead ? `${item.lead} leads` : 'No lead'}</span>
      ) : null}
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
export function SideBySide(props: {
  readonly comparison: Comparison;
  readonly onlyChanges: boolean;
  /** Stacked for a narrow window: a block per lane, each scenario's cards under its name. */
  readonly narrow?: boolean;
}) {
  const { comparison, onlyChanges } = props;
  const count = comparison.scenarios.length;
  // The same badge each card shows on its own board.
  const statuses = useMemo(
    () => comparison.scenarios.map((entry) => cardStatuses(entry.scenario.responsibilities, entry.check)),
    [comparison],
  );
  const cell = (lane: Lane, index: number) => (
    <LaneCards
      comparison={comparison}
      lane={lane}
      index={index}
      onlyChanges={onlyChanges}
      statuses={statuses[index]}
    />
  );
  if (props.narrow) {
    return (
      <div className="compare-stack">
        {LANES.map((lane) => (
          <section
            key={lane}
            className={`compare-stack-lane compare-lane-${lane.toLowerCase()}`}
            aria-label={LANE_HEADINGS[lane]}
          >
            <h4>{LANE_HEADINGS[lane]}</h4>
            {comparison.scenarios.map((entry, index) => (
              <div key={index} className="compare-stack-scenario">
                <h5>
                  {entry.scenario.name}
                  {index === 0 ? <span className="compare-tag">Baseline</span> : null}
                </h5>
                {cell(lane, index)}
              </div>
            ))}
          </section>
        ))}
      </div>
    );
  }
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
            {comparison.scenarios.map((_entry, index) => (
              <td key={index}>{cell(lane, index)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One lane's cards in one scenario, changes marked; removed baseline cards shown struck out. */
function LaneCards(props: {
  readonly comparison: Comparison;
  readonly lane: Lane;
  readonly index: number;
  readonly onlyChanges: boolean;
  readonly statuses: ReadonlyMap<string, GuidanceStatus> | undefined;
}) {
  const { comparison, lane, index, onlyChanges, statuses } = props;
  const entry = comparison.scenarios[index];
  if (!entry) return null;
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
    <>
      <ul className="compare-cards" aria-label={`${LANE_HEADINGS[lane]} in ${entry.scenario.name}`}>
        {shown.map(({ item, row }) => (
          <BoardCard
            key={item.id}
            item={item}
            row={row}
            index={index}
            status={statuses?.get(item.id) ?? 'unrated'}
          />
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
    </>
  );
}

/** What one scenario says of one responsibility: its placement, its changes, how it was paired. */
function PlacementCell({ row, index }: { readonly row: ComparisonRow; readonly index: number }) {
  const cell = row.cells[index];
  const changes = row.changes[index] ?? [];
  return (
    <>
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
    </>
  );
}

/**
 * The change table for a narrow window: one block per responsibility (a heading, then each
 * scenario's placement as a term and its description), so nothing scrolls sideways.
 */
function ChangeBlocks(props: {
  readonly comparison: Comparison;
  readonly rows: readonly ComparisonRow[];
  readonly caption: string;
  readonly hideCaption?: boolean;
}) {
  const { comparison, rows } = props;
  const captionId = useId();
  return (
    <div className="compare-blocks" role="group" aria-labelledby={captionId}>
      <p id={captionId} className={props.hideCaption ? 'visually-hidden' : 'compare-blocks-caption'}>
        {props.caption}
      </p>
      {rows.map((row) => (
        <section key={row.key} className="compare-block" aria-label={row.title}>
          <h4>
            {row.title}
            {row.fuzzy ? <span className="compare-tag">Fuzzy match</span> : null}
          </h4>
          <dl>
            {comparison.scenarios.map((entry, index) => (
              <div key={index} className={`compare-block-entry ${changeClass(row.changes[index] ?? [])}`}>
                <dt>{entry.scenario.name}</dt>
                <dd>
                  <PlacementCell row={row} index={index} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

function ChangeTable(props: {
  readonly comparison: Comparison;
  readonly rows: readonly ComparisonRow[];
  readonly caption: string;
  readonly hideCaption?: boolean;
  readonly narrow?: boolean;
}) {
  const { comparison, rows } = props;
  if (props.narrow) return <ChangeBlocks {...props} />;
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
            {row.cells.map((_cell, index) => (
              <td key={index} className={changeClass(row.changes[index] ?? [])}>
                <PlacementCell row={row} index={index} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Changed responsibilities in a table; the unchanged ones in a collapsed section. */
export function ResponsibilityChanges({
  comparison,
  collapsible = true,
  narrow = false,
}: {
  readonly comparison: Comparison;
  readonly collapsible?: boolean;
  /** One block per responsibility instead of a table (a narrow window). */
  readonly narrow?: boolean;
}) {
  const changed = comparison.rows.filter((row) => row.changed);
  const unchanged = comparison.rows.filter((row) => !row.changed);
  return (
    <>
      {changed.length === 0 ? (
        <p>No responsibility differs from the baseline.</p>
      ) : (
        <ChangeTable
          comparison={comparison}
          rows={changed}
          caption={`Changed responsibilities (${changed.length})`}
          narrow={narrow}
        />
      )}
      {unchanged.length > 0 ? (
        collapsible ? (
          <details className="compare-unchanged">
            <summary>Unchanged responsibilities ({unchanged.length})</summary>
            <ChangeTable
              comparison={comparison}
              rows={unchanged}
              caption="Unchanged responsibilities"
              hideCaption
              narrow={narrow}
            />
          </details>
        ) : (
          <ChangeTable
            comparison={comparison}
            rows={unchanged}
            caption={`Unchanged responsibilities (${unchanged.length})`}
            narrow={narrow}
          />
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
        <span className={`compare-tag status-${findingStatus(finding)}`}>
          {STATUS_LABEL[findingStatus(finding)]}
        </span>
        {change.resolution === 'waived' ? (
          <span className="compare-tag status-accepted">{STATUS_LABEL.accepted}</span>
        ) : null}
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
                <h5>
                  New in {name} ({appeared.length})
                </h5>
                <ul aria-label={`New findings in ${name}`}>
                  {appeared.map((change) => (
                    <FindingItem key={change.finding.id} change={change} />
                  ))}
                </ul>
              </>
            ) : null}
            {disappeared.length > 0 ? (
              <>
                <h5>
                  Gone in {name} ({disappeared.length})
                </h5>
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

/** Below this width (of the view, in px) the tables turn or stack instead of scrolling sideways. */
const NARROW_VIEW_PX = 800;

/** Whether the element is narrower than NARROW_VIEW_PX, kept up to date as it resizes. */
function useNarrow(): { readonly ref: React.RefObject<HTMLDivElement | null>; readonly narrow: boolean } {
  const ref = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = () => setNarrow(node.clientWidth < NARROW_VIEW_PX);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return { ref, narrow };
}

/**
 * The full comparison as shown in the compare dialog. On a narrow window (the view under
 * NARROW_VIEW_PX) the guidance matrix turns a quarter, the side-by-side board stacks by lane and
 * the responsibilities are one block each: nothing scrolls sideways.
 */
export function ComparisonView({ comparison }: { readonly comparison: Comparison }) {
  const [onlyChanges, setOnlyChanges] = useState(false);
  const { ref, narrow } = useNarrow();
  const toggleId = useId();
  const ids = { summary: useId(), guidance: useId(), board: useId(), changes: useId(), findings: useId() };
  return (
    <div className={narrow ? 'compare-view is-narrow' : 'compare-view'} ref={ref}>
      <section aria-labelledby={ids.summary}>
        <h3 id={ids.summary}>Summary</h3>
        <ComparisonSummary comparison={comparison} />
      </section>
      <section aria-labelledby={ids.guidance}>
        <h3 id={ids.guidance}>Guidance</h3>
        <GuidanceMatrix comparison={comparison} narrow={narrow} />
        <p className="compare-muted compare-legend">
          Cards counted by the badge they show on the board: the worst open finding on each (Error, Warning,
          Contested, Advice), Accepted when every finding on it was accepted, Aligned when the guidance has
          nothing to say. Gaps: core areas of a role that nobody holds.
        </p>
      </section>
      <section aria-labelledby={ids.board}>
        <div className="compare-section-head">
          <h3 id={ids.board}>Side by side</h3>
          <span className="compare-toggle">
            <input
              id={toggleId}
              type="checkbox"
              checked={onlyChanges}
              onChange={(event) => setOnlyChanges(event.target.checked)}
            />
            <label htmlFor={toggleId}>Hide unchanged cards</label>
          </span>
        </div>
        <SideBySide comparison={comparison} onlyChanges={onlyChanges} narrow={narrow} />
      </section>
      <section aria-labelledby={ids.changes}>
        <h3 id={ids.changes}>Responsibilities</h3>
        <ResponsibilityChanges comparison={comparison} narrow={narrow} />
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

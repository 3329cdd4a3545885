import { memo, useCallback, useDeferredValue, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { CitationText } from '../../ui/citation-text.js';
import { type Citation, type Finding, type Severity } from '../../../shared/guidance/index.js';
import type { ResponsibilityId, Role } from '../../../shared/model/index.js';
import { useCheckedScenario } from '../../state/checked-scenario.js';
import { STATUS_GROUP_LABEL, findingStatus } from '../../../shared/status/index.js';
import { useStore, useStoreState } from '../../state/use-store.js';
import { openSourceSection } from '../../ui/source-links.js';
import { SpriteIcon } from '../../ui/icon-sprite.js';
import { useAnnounce } from '../../ui/announcer.js';
import { useBoardView, useBoardViewActions } from '../../state/board-view.js';
import { ContextSettings } from './context-settings.js';
import { TEXT_LIMITS } from '../../ui/character-count.js';
import { TextDialog } from '../../ui/text-dialog.js';
import { useGuidance } from '../../state/guidance-context.js';
import './guidance-panel.css';

const GROUPS: readonly { readonly severity: Severity; readonly title: string; readonly open: boolean }[] = [
  { severity: 'error', title: STATUS_GROUP_LABEL.error, open: true },
  { severity: 'warning', title: STATUS_GROUP_LABEL.warning, open: true },
  { severity: 'info', title: STATUS_GROUP_LABEL.advice, open: false },
];

/** The first citations in full; the rest behind a disclosure, so long lists stay scannable. */
function Citations({ citations }: { readonly citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  // Each citation opens the Sources view at its section.
  const item = (citation: Citation) => (
    <li key={`${citation.source}-${citation.section}`}>
      <button type="button" className="link-button citation-link" onClick={() => openSourceSection(citation)}>
        <span>
          <CitationText citation={citation} />
        </span>
      </button>
    </li>
  );
  const shown = citations.slice(0, 2);
  const rest = citations.slice(2);
  return (
    <div className="finding-sources">
      <ul className="finding-citations" aria-label="Sources">
        {shown.map(item)}
      </ul>
      {rest.length > 0 ? (
        <details className="more-sources">
          <summary>
            {rest.length} more {rest.length === 1 ? 'source' : 'sources'}
          </summary>
          <ul className="finding-citations">{rest.map(item)}</ul>
        </details>
      ) : null}
    </div>
  );
}

interface FindingItemProps {
  readonly finding: Finding;
  readonly titles: ReadonlyMap<ResponsibilityId, string>;
  readonly stance: Role | null;
  readonly onAccept: (finding: Finding) => void;
  /** After a fix that names no card: where focus goes (the panel heading). */
  readonly onFixedPlan: () => void;
}

/**
 * Same finding object (the context shares unchanged ones), stance and handler, and the same
 * titles for the cards this finding names: the titles map itself is new after every change.
 */
function sameFindingProps(before: FindingItemProps, after: FindingItemProps): boolean {
  return (
    before.finding === after.finding &&
    before.stance === after.stance &&
    before.onAccept === after.onAccept &&
    before.onFixedPlan === after.onFixedPlan &&
    after.finding.responsibilityIds.every((id) => before.titles.get(id) === after.titles.get(id))
  );
}

const FindingItem = memo(function FindingItem({
  finding,
  titles,
  stance,
  onAccept,
  onFixedPlan,
}: FindingItemProps) {
  const store = useStore();
  const announce = useAnnounce();
  const { highlight } = useBoardViewActions();
  const subjects = finding.responsibilityIds.filter((id) => titles.has(id));
  const topicId = finding.topic?.id;
  const status = findingStatus(finding);
  // The body (sources, positions, stance) is built when the finding is first opened: a 300-card
  // plan shows 100+ findings, and their closed bodies were most of the panel's elements.
  const [opened, setOpened] = useState(false);
  return (
    <li
      className={`finding finding-${finding.severity} finding-status-${status}`}
      data-finding-id={finding.id}
    >
      {/* One line until opened: the message, then its sources, both positions and the stance. */}
      <details
        className="finding-details"
        onToggle={(event) => {
          if (event.currentTarget.open) setOpened(true);
        }}
      >
        <summary className="finding-summary">
          <SpriteIcon name={`status-${status}`} size={14} />
          <span className="finding-message">{finding.message}</span>
        </summary>
        {opened ? (
          <div className="finding-body">
            {finding.note && (
              <p className="finding-note">Remit’s note (not from the sources): {finding.note}</p>
            )}
            {finding.positions && topicId ? (
              <div className="finding-positions">
                {finding.positions.map((position) => (
                  <div key={position.label} className="position">
                    <p>
                      <strong>{position.label}.</strong> {position.summary}
                    </p>
                    <Citations citations={position.citations} />
                  </div>
                ))}
                <fieldset className="stance">
                  <legend>Our stance on {finding.topic?.label ?? 'this topic'}</legend>
                  {(['CIO', 'CTO'] as const).map((role) => (
                    <button
                      key={role}
                      type="button"
                      className="small"
                      aria-pressed={stance === role}
                      onClick={() => {
                        store.dispatch({ type: 'stance/set', topicId, role: stance === role ? null : role });
                        announce(
                          stance === role
                            ? 'Stance cleared.'
                            : `Recorded stance: ${role} holds ${finding.topic?.label ?? 'it'}.`,
                        );
                      }}
                    >
                      {role} holds it
                    </button>
                  ))}
                </fieldset>
              </div>
            ) : (
              <Citations citations={finding.citations} />
            )}
          </div>
        ) : null}
      </details>
      {finding.waived ? (
        <div className="finding-waiver">
          <p>
            <strong>Accepted:</strong> {finding.waived.rationale}
          </p>
          <button
            type="button"
            className="small"
            onClick={() => store.dispatch({ type: 'waiver/remove', findingId: finding.id })}
          >
            Withdraw acceptance
          </button>
        </div>
      ) : null}
      <div className="finding-actions">
        {subjects.map((id) => (
          <button
            key={id}
            type="button"
            className="link-button finding-card"
            aria-label={`Show “${titles.get(id)}”`}
            title={titles.get(id)}
            onClick={() => highlight(id)}
          >
            <SpriteIcon name="locate" size={12} />
            <span className="finding-card-title">{titles.get(id)}</span>
          </button>
        ))}
        {finding.waived ? null : (
          <span className="finding-buttons">
            {finding.fix ? (
              <button
                type="button"
                className="primary small"
                onClick={() => {
                  const fix = finding.fix;
                  if (!fix || !store.dispatch(fix.command)) return;
                  announce(`Fixed: ${fix.label}.`);
                  // The finding (and this button) goes away: focus follows the card that was
                  // fixed, at its new place; a plan-level fix returns focus to the panel heading.
                  const subject = finding.responsibilityIds.find((id) => titles.has(id));
                  if (subject) highlight(subject);
                  else onFixedPlan();
                }}
              >
                {finding.fix.label}
              </button>
            ) : null}
            <button type="button" className="small" onClick={() => onAccept(finding)}>
              Accept with rationale…
            </button>
          </span>
        )}
      </div>
    </li>
  );
}, sameFindingProps);

/** How many findings a group shows until "Show all" is pressed. */
const GROUP_FIRST_SHOWN = 20;

interface FindingGroupProps {
  readonly severity: Severity | 'waived';
  readonly title: string;
  readonly initiallyOpen: boolean;
  /** The group's findings (its count is their number). */
  readonly findings: readonly Finding[];
  /** One finding's item; called only while the group is open, for the findings it shows. */
  readonly renderItem: (finding: Finding) => ReactNode;
}

/**
 * One collapsible group of findings. A closed group renders its summary only and builds its
 * items when first opened: a 300-card plan can have 200+ advice findings, and building them
 * all at load was about half of the page's elements (5,600 of 10,400) for a group nobody had
 * opened. Once opened, the items stay (closing it again keeps scroll and focus simple).
 *
 * A long group shows its first {@link GROUP_FIRST_SHOWN} findings and a "Show all" button: a
 * 300-card plan's open errors and warnings (100+ findings, ~1,650 elements) were a quarter of
 * the page's elements at load. The count in the summary is always the whole group's; every
 * card's badge shows its own worst finding whether or not the panel lists it yet.
 */
function FindingGroup({ severity, title, initiallyOpen, findings, renderItem }: FindingGroupProps) {
  const [opened, setOpened] = useState(initiallyOpen);
  const [all, setAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const count = findings.length;
  const shown = all ? findings : findings.slice(0, GROUP_FIRST_SHOWN);
  const showAll = () => {
    setAll(true);
    // The button goes away: focus moves to the first finding it revealed.
    requestAnimationFrame(() => {
      list.current?.children[GROUP_FIRST_SHOWN]?.querySelector<HTMLElement>('summary')?.focus();
    });
  };
  return (
    <details
      className={`finding-group group-${severity}`}
      open={initiallyOpen}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>
        <span className="group-title">{title}</span> <span className="group-count">{count}</span>
      </summary>
      {opened ? (
        <>
          <ul ref={list} className="finding-list">
            {shown.map(renderItem)}
          </ul>
          {shown.length < count ? (
            <button type="button" className="small show-all-findings" onClick={showAll}>
              Show all {count} {title.toLowerCase()}
            </button>
          ) : null}
        </>
      ) : null}
    </details>
  );
}

function Score() {
  const { result } = useGuidance();
  const { score, counts } = result;
  // An empty plan has nothing to score (the engine says null): no number, no red bar.
  if (score === null) {
    return (
      <div className="score">
        <p className="score-line" data-testid="alignment-score">
          <span className="score-label">Alignment score</span>
          <span className="score-none">None yet</span>
        </p>
        <p className="score-counts">The score appears once the plan has responsibilities to check.</p>
      </div>
    );
  }
  const tone = score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
  return (
    <div className="score">
      <p className="score-line">
        <span className="score-label">Alignment score</span>
        <span className={`score-value score-${tone}`} data-testid="alignment-score">
          {score}
        </span>
        <span className="score-of">of 100</span>
      </p>
      <div className="score-bar" aria-hidden="true">
        <div className={`score-fill score-${tone}`} style={{ width: `${score}%` }} />
      </div>
      <p className="score-counts">
        {counts.error} {counts.error === 1 ? 'error' : 'errors'} · {counts.warning}{' '}
        {counts.warning === 1 ? 'warning' : 'warnings'} · {counts.info} advice · {counts.waived} accepted
      </p>
    </div>
  );
}

/** Live findings grouped by severity, with fixes, waivers and stances; the alignment score. */
export function GuidancePanel({ id }: { readonly id?: string }) {
  const { result } = useGuidance();
  // Titles follow the (deferred) guidance: the panel catches up after the board has painted.
  const responsibilities = useDeferredValue(useCheckedScenario().responsibilities);
  const stances = useStoreState((state) => state.scenario.stances);
  const store = useStore();
  const announce = useAnnounce();
  const { findingsOnly } = useBoardView();
  const { setFindingsOnly } = useBoardViewActions();
  const [accepting, setAccepting] = useState<Finding | null>(null);
  // The Accept button disappears with the finding it accepted: focus then goes to the heading.
  const acceptedRef = useRef(false);
  const startAccepting = useCallback((finding: Finding) => {
    acceptedRef.current = false;
    setAccepting(finding);
  }, []);
  const headingId = useId();
  const filterId = useId();
  const focusHeading = useCallback(
    () => requestAnimationFrame(() => document.getElementById(headingId)?.focus()),
    [headingId],
  );
  const titles = useMemo(
    () => new Map(responsibilities.map((item) => [item.id, item.title])),
    [responsibilities],
  );
  const open = result.findings.filter((finding) => !finding.waived);
  const waived = result.findings.filter((finding) => finding.waived);

  return (
    <aside id={id} className="guidance-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading" tabIndex={-1}>
        Guidance
      </h2>
      <ContextSettings />
      <Score />
      <div className="panel-filter">
        <input
          id={filterId}
          type="checkbox"
          checked={findingsOnly}
          onChange={(event) => setFindingsOnly(event.target.checked)}
        />
        <label htmlFor={filterId}>Show only cards with findings</label>
      </div>
      {responsibilities.length === 0 ? (
        <p className="panel-empty">
          Add responsibilities to the board and the guidance checks each placement here.
        </p>
      ) : open.length === 0 ? (
        <p className="panel-empty">
          Nothing to review: every placement matches the guidance or has been accepted.
        </p>
      ) : null}
      {GROUPS.map((group) => {
        const items = open.filter((finding) => finding.severity === group.severity);
        if (items.length === 0) return null;
        return (
          <FindingGroup
            key={group.severity}
            severity={group.severity}
            title={group.title}
            initiallyOpen={group.open}
            findings={items}
            renderItem={(finding) => (
              <FindingItem
                key={finding.id}
                finding={finding}
                titles={titles}
                stance={finding.topic ? (stances[finding.topic.id] ?? null) : null}
                onAccept={startAccepting}
                onFixedPlan={focusHeading}
              />
            )}
          />
        );
      })}
      {waived.length > 0 ? (
        <FindingGroup
          severity="waived"
          title="Accepted"
          initiallyOpen={false}
          findings={waived}
          renderItem={(finding) => (
            <FindingItem
              key={finding.id}
              finding={finding}
              titles={titles}
              stance={null}
              onAccept={startAccepting}
              onFixedPlan={focusHeading}
            />
          )}
        />
      ) : null}
      {accepting ? (
        <TextDialog
          title="Accept with rationale"
          label="Rationale"
          description={`${accepting.message} Say why this is right for your company; the finding then stops lowering the score and the reason shows on the card.`}
          initial=""
          submitLabel="Accept finding"
          multiline
          required
          maxLength={TEXT_LIMITS.rationale}
          onClose={() => setAccepting(null)}
          returnFocus={() => (acceptedRef.current ? document.getElementById(headingId) : null)}
          onSubmit={(rationale) => {
            store.dispatch({
              type: 'waiver/add',
              waiver: { findingId: accepting.id, rationale, at: new Date().toISOString() },
            });
            acceptedRef.current = true;
            announce('Finding accepted.');
            setAccepting(null);
          }}
        />
      ) : null}
    </aside>
  );
}

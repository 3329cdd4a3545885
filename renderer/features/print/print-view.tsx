import { SOURCES, sectionLabel, type Citation, type SourceId } from '../../../shared/guidance/index.js';
import type { PdfOptions } from '../../../shared/ipc/print-route.js';
import type { ReportingLine, Role } from '../../../shared/model/index.js';
import { STATUS_LABEL } from '../../../shared/status/index.js';
import { REPORTING_LINE_LABELS, type PrintCard, type PrintModel } from './print-model.js';
import '../../ui/print-fonts.js';
import '../../ui/print.css';

/** Props of {@link PrintView}. */
export interface PrintViewProps {
  readonly model: PrintModel;
  readonly options: PdfOptions;
  /** When the document was made; shown as its date. */
  readonly date: Date;
}


/** Where each box of the org chart sits (SVG units) and which lines join them. */
const DIAGRAMS: Record<
  ReportingLine,
  {
    readonly height: number;
    readonly boxes: Record<'CEO' | Role, { readonly x: number; readonly y: number }>;
    readonly lines: readonly string[];
  }
> = {
  'both-to-ceo': {
    height: 96,
    boxes: { CEO: { x: 300, y: 4 }, CIO: { x: 100, y: 60 }, CTO: { x: 500, y: 60 } },
    lines: ['M300 36 V48 H100 V60', 'M300 48 H500 V60'],
  },
  'cto-to-cio': {
    height: 132,
    boxes: { CEO: { x: 300, y: 4 }, CIO: { x: 100, y: 52 }, CTO: { x: 500, y: 96 } },
    lines: ['M300 36 V44 H100 V52', 'M100 84 V112 H420'],
  },
  'cio-to-cto': {
    height: 132,
    boxes: { CEO: { x: 300, y: 4 }, CTO: { x: 500, y: 52 }, CIO: { x: 100, y: 96 } },
    lines: ['M300 36 V44 H500 V52', 'M500 84 V112 H180'],
  },
};

function OrgDiagram({ model }: { readonly model: PrintModel }) {
  const diagram = DIAGRAMS[model.reportingLine];
  const label = (box: 'CEO' | Role): string =>
    box === 'CEO' ? 'CEO' : `${box} · ${model.lanes[box].length}`;
  return (
    <figure className="print-diagram">
      <svg
        viewBox={`0 0 600 ${diagram.height}`}
        role="img"
        aria-label={REPORTING_LINE_LABELS[model.reportingLine]}
      >
        {diagram.lines.map((path) => (
          <path key={path} d={path} className="print-diagram-line" />
        ))}
        {(['CEO', 'CIO', 'CTO'] as const).map((box) => {
          const { x, y } = diagram.boxes[box];
          return (
            <g key={box} className={`print-diagram-box print-diagram-${box.toLowerCase()}`}>
              <rect x={x - 80} y={y} width={160} height={32} rx={6} />
              <text x={x} y={y + 21} textAnchor="middle">
                {label(box)}
              </text>
            </g>
          );
        })}
        {model.reportingLine === 'both-to-ceo' && (
          <text x={300} y={81} textAnchor="middle" className="print-diagram-shared">
            {`Shared · ${model.lanes.Shared.length}`}
          </text>
        )}
      </svg>
      <figcaption>{REPORTING_LINE_LABELS[model.reportingLine]}.</figcaption>
    </figure>
  );
}

function Card({ card, showFindings }: { readonly card: PrintCard; readonly showFindings: boolean }) {
  return (
    <li className="print-card">
      <span className="print-card-title">{card.title}</span>
      {card.lead && <span className="print-card-lead">Lead: {card.lead}</span>}
      {card.note && <span className="print-card-note">{card.note}</span>}
      {showFindings && (
        <span className={`print-card-status print-status-${card.status}`}>{STATUS_LABEL[card.status]}</span>
      )}
      {showFindings && card.findingNumbers.length > 0 && (
        <span className="print-card-refs">
          See finding{card.findingNumbers.length > 1 ? 's' : ''} {card.findingNumbers.join(', ')}
        </span>
      )}
    </li>
  );
}

/** The chart's columns, left to right (Unassigned is listed under the chart). */
const CHART_LANES = ['CIO', 'Shared', 'CTO'] as const;

function Column({
  lane,
  heading,
  cards,
  showFindings,
}: {
  readonly lane: 'CIO' | 'Shared' | 'CTO' | 'Unassigned';
  readonly heading: string;
  readonly cards: readonly PrintCard[];
  readonly showFindings: boolean;
}) {
  const id = `print-lane-${lane.toLowerCase()}`;
  return (
    <section className={`print-lane print-lane-${lane.toLowerCase()}`} aria-labelledby={id}>
      {/* The visible heading is the columns' repeating header row; this one names the column
          for assistive technology and the PDF outline. */}
      <h3 id={id} className="print-visually-hidden">
        {heading} ({cards.length})
      </h3>
      {cards.length === 0 ? (
        <p className="print-empty">None</p>
      ) : (
        <ul className="print-cards">
          {cards.map((card) => (
            <Card key={card.id} card={card} showFindings={showFindings} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Citations grouped by article, on one line: "Sources: Title — §13 …; Title — …". */
function Citations({ citations }: { readonly citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  const bySource = new Map<SourceId, string[]>();
  for (const citation of citations) {
    bySource.set(citation.source, [...(bySource.get(citation.source) ?? []), sectionLabel(citation)]);
  }
  return (
    <p className="print-citations">
      <span className="print-citations-label">Sources: </span>
      {[...bySource].map(([source, sections], index) => (
        <span key={source}>
          {index > 0 && '; '}
          <cite>{SOURCES[source].title}</cite> — {sections.join(' · ')}
        </span>
      ))}
    </p>
  );
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function Appendix({ model }: { readonly model: PrintModel }) {
  return (
    <section className="print-appendix" aria-labelledby="print-appendix-heading">
      <h2 id="print-appendix-heading">Guidance appendix</h2>
      <p className="print-lede">
        How this plan compares with the guidance Remit derives from two published articles on the CIO and CTO
        roles. {model.score === null ? 'No alignment score yet (the plan is empty)' : `Alignment score ${model.score} of 100`}:{' '}
        {plural(model.counts.error, 'error', 'errors')}, {plural(model.counts.warning, 'warning', 'warnings')},{' '}
        {model.counts.info} advice, {model.counts.waived} accepted.
      </p>

      <h3>Findings</h3>
      {model.findings.length === 0 ? (
        <p className="print-empty">The guidance has no open findings for this plan.</p>
      ) : (
        <ol className="print-findings">
          {model.findings.map((finding) => (
            <li
              key={finding.number}
              className={`print-finding print-finding-${finding.severity} print-status-${finding.status}`}
              value={finding.number}
            >
              <p className="print-finding-head">
                <span className="print-severity">{STATUS_LABEL[finding.status]}</span>
                {finding.titles.length > 0 && (
                  <span className="print-finding-cards">{finding.titles.join(' · ')}</span>
                )}
              </p>
              <p>{finding.message}</p>
              {finding.note && <p className="finding-note">Remit’s note (not from the sources): {finding.note}</p>}
              <Citations citations={finding.citations} />
            </li>
          ))}
        </ol>
      )}

      <h3>Accepted findings</h3>
      {model.waivers.length === 0 ? (
        <p className="print-empty">The team has accepted no finding.</p>
      ) : (
        <ul className="print-findings">
          {model.waivers.map((waiver) => (
            <li key={`${waiver.at}:${waiver.message}`} className="print-finding print-waiver">
              <p className="print-finding-head">
                <span className="print-severity">{STATUS_LABEL.accepted}</span>
                {waiver.titles.length > 0 && (
                  <span className="print-finding-cards">{waiver.titles.join(' · ')}</span>
                )}
              </p>
              <p>{waiver.message}</p>
              <p className="print-rationale">
                <strong>Why the team accepted it:</strong> {waiver.rationale}
              </p>
              <Citations citations={waiver.citations} />
            </li>
          ))}
        </ul>
      )}

      <h3>Contested topics</h3>
      {model.contested.length === 0 ? (
        <p className="print-empty">No finding of this plan is about a topic the sources disagree on.</p>
      ) : (
        <ul className="print-findings">
          {model.contested.map((topic) => (
            <li key={topic.topicId} className="print-finding print-contested">
              <p className="print-finding-head">
                <span className="print-severity">{STATUS_LABEL.contested}</span>
                <span className="print-finding-cards">
                  {topic.label}
                  {topic.titles.length > 0 ? `: ${topic.titles.join(' · ')}` : ''}
                </span>
                <span className="print-chosen">
                  {topic.chosen ? `The team chose: ${topic.chosen}` : 'The team has not chosen a side'}
                </span>
              </p>
              {topic.positions.map((position) => (
                <div key={position.label} className="print-position">
                  <p>
                    <strong>{position.label}.</strong> {position.summary}
                  </p>
                  <Citations citations={position.citations} />
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Sources({ model, appendix }: { readonly model: PrintModel; readonly appendix: boolean }) {
  return (
    <section className="print-sources" aria-labelledby="print-sources-heading">
      <h2 id="print-sources-heading">Sources</h2>
      <p className="print-lede">
        Remit’s guidance is our own summary of two public articles. Every finding names the article and
        section it rests on.{' '}
        {appendix
          ? 'These are the sections this document cites.'
          : 'These are the sections behind this plan’s findings (the guidance appendix was left out of this document).'}
      </p>
      {model.sources.map((source) => (
        <section key={source.id} className="print-source" aria-label={source.title}>
          <h3>
            {source.titleIsOwn ? `“${source.title}”` : source.title}
            {!source.titleIsOwn && (
              <span className="print-muted"> (untitled news article; named by its thesis)</span>
            )}
          </h3>
          {source.sections.length > 0 ? (
            <ul>
              {source.sections.map((section) => (
                <li key={section}>{section}</li>
              ))}
            </ul>
          ) : (
            <p className="print-muted">No section of this article bears on this plan’s findings.</p>
          )}
        </section>
      ))}
    </section>
  );
}

/**
 * The printable decision record of one scenario: title block, org chart (CEO → CIO and CTO per
 * the reporting line, each role's responsibilities under it, the Shared band between them),
 * the Unassigned pool, an optional guidance appendix and the sources. Laid out for paged media
 * by print.css: cards never split across pages, each part after the chart starts a new page.
 */
export function PrintView({ model, options, date }: PrintViewProps) {
  const dateText = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  const showFindings = options.appendix;
  return (
    <article className="print-document" data-page={`${options.paper}-${options.orientation}`} lang="en">
      <header className="print-title">
        <p className="print-kicker">Remit · who owns what between the CIO and the CTO</p>
        <h1>{model.name}</h1>
        <dl className="print-meta">
          <div>
            <dt>Date</dt>
            <dd>{dateText}</dd>
          </div>
          <div>
            <dt>Alignment score</dt>
            <dd>{model.score === null ? 'none yet (empty plan)' : `${model.score} / 100`}</dd>
          </div>
          <div>
            <dt>Responsibilities</dt>
            <dd>{model.total}</dd>
          </div>
          {model.context.map((entry) => (
            <div key={entry.label}>
              <dt>{entry.label}</dt>
              <dd>{entry.value}</dd>
            </div>
          ))}
        </dl>
      </header>

      <section className="print-chart" aria-labelledby="print-chart-heading">
        <h2 id="print-chart-heading">Org chart</h2>
        <OrgDiagram model={model} />
        {/* A layout table only for its header row, which Chromium repeats on every page the
            columns continue on: a reader of page 5 still sees which column is which. The row is
            hidden from assistive technology and from the tagged PDF; each column keeps its own
            heading (in the document outline), shown on the first page by the header row. */}
        <table className="print-columns-frame" role="presentation">
          <thead aria-hidden="true">
            <tr>
              <td>
                <div className="print-columns">
                  {CHART_LANES.map((lane) => (
                    <p key={lane} className={`print-lane print-lane-${lane.toLowerCase()} print-lane-heading`}>
                      {lane} <span className="print-count">({model.lanes[lane].length})</span>
                    </p>
                  ))}
                </div>
              </td>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                <div className="print-columns">
                  {CHART_LANES.map((lane) => (
                    <Column key={lane} lane={lane} heading={lane} cards={model.lanes[lane]} showFindings={showFindings} />
                  ))}
                </div>
              </td>
            </tr>
          </tbody>
        </table>
      </section>

      <section className="print-unassigned" aria-labelledby="print-lane-unassigned-heading">
        <h2 id="print-lane-unassigned-heading">
          Unassigned <span className="print-count">({model.lanes.Unassigned.length})</span>
        </h2>
        {model.lanes.Unassigned.length === 0 ? (
          <p className="print-empty">Every responsibility has an owner.</p>
        ) : (
          <ul className="print-cards print-cards-flow">
            {model.lanes.Unassigned.map((card) => (
              <Card key={card.id} card={card} showFindings={showFindings} />
            ))}
          </ul>
        )}
      </section>

      {options.appendix && <Appendix model={model} />}
      <Sources model={model} appendix={options.appendix} />
    </article>
  );
}

import { displayScenario } from '../../../shared/format/safe-text.js';
import {
  SOURCES,
  TOPICS,
  uniqueCitations,
  type CheckResult,
  type Citation,
  type Position,
  type Severity,
  type SourceId,
} from '../../../shared/guidance/index.js';
import {
  laneItems,
  type CompanySize,
  type Focus,
  type ReportingLine,
  type Responsibility,
  type Role,
  type Scenario,
} from '../../../shared/model/index.js';
import { cardStatuses, findingStatus, type GuidanceStatus } from '../../../shared/status/index.js';

/** One card of the printed chart. */
export interface PrintCard {
  readonly id: string;
  readonly title: string;
  readonly note?: string | undefined;
  /** The leading role of a Shared card. */
  readonly lead?: Role | undefined;
  /** 1-based numbers of the appendix findings about this card (not waived), for cross-reference. */
  readonly findingNumbers: readonly number[];
  /** How the card stands: the same word its badge shows in the app (shared/status). */
  readonly status: GuidanceStatus;
}

/** One finding as printed: numbered, with the titles of its cards and readable citations. */
export interface PrintFinding {
  readonly number: number;
  readonly severity: Severity;
  /** The finding's word in the shared vocabulary (error, warning, advice, contested). */
  readonly status: GuidanceStatus;
  readonly message: string;
  /** Remit's own note, printed apart from the cited message. */
  readonly note?: string;
  readonly titles: readonly string[];
  readonly citations: readonly Citation[];
}

/** A finding the team accepted, with its reason. */
export interface PrintWaiver {
  readonly message: string;
  readonly titles: readonly string[];
  readonly rationale: string;
  /** ISO 8601. */
  readonly at: string;
  readonly citations: readonly Citation[];
}

/**
 * A topic the sources disagree on, both sides, what the team chose (if anything) and the cards
 * of this plan it concerns.
 */
export interface PrintContested {
  readonly topicId: string;
  readonly label: string;
  /** Titles of the cards whose findings are about this topic (empty for a stance alone). */
  readonly titles: readonly string[];
  readonly positions: readonly Position[];
  readonly chosen: Role | null;
}

/** The sections of one source cited anywhere in the document, in the article's own order. */
export interface PrintSource {
  readonly id: SourceId;
  readonly title: string;
  readonly titleIsOwn: boolean;
  /** Display labels of the cited sections (ours, short; see shared/guidance/sources.ts). */
  readonly sections: readonly string[];
}

/** Everything the print view shows, derived from a scenario and its guidance check. Readonly. */
export interface PrintModel {
  readonly name: string;
  readonly reportingLine: ReportingLine;
  readonly context: readonly { readonly label: string; readonly value: string }[];
  /** Null for an empty plan (nothing to score). */
  readonly score: number | null;
  readonly counts: CheckResult['counts'];
  readonly lanes: Readonly<Record<'CIO' | 'Shared' | 'CTO' | 'Unassigned', readonly PrintCard[]>>;
  readonly total: number;
  readonly findings: readonly PrintFinding[];
  readonly waivers: readonly PrintWaiver[];
  readonly contested: readonly PrintContested[];
  readonly sources: readonly PrintSource[];
}

const SIZE_LABELS: Record<CompanySize, string> = { small: 'Small', medium: 'Medium', large: 'Large' };
const FOCUS_LABELS: Record<Focus, string> = {
  product: 'Sells technology (product)',
  information: 'Runs on technology (information)',
  balanced: 'Balanced',
};

/** How the reporting line reads in a sentence. */
export const REPORTING_LINE_LABELS: Record<ReportingLine, string> = {
  'both-to-ceo': 'CIO and CTO both report to the CEO',
  'cto-to-cio': 'CTO reports to the CIO; CIO reports to the CEO',
  'cio-to-cto': 'CIO reports to the CTO; CTO reports to the CEO',
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Builds the print model: the chart lanes in board order, findings numbered in the guidance's
 * order (errors first), waived findings with their rationale, contested topics that concern
 * the plan (any finding showing both positions, or a recorded stance) and the source sections cited anywhere
 * in the document. Pure.
 */
export function buildPrintModel(stored: Scenario, check: CheckResult): PrintModel {
  // The PDF shows titles, notes and the name without bidi overrides (they could spoof a row).
  const scenario = displayScenario(stored);
  const titles = new Map<string, string>(scenario.responsibilities.map((item) => [item.id, item.title]));
  const titlesOf = (ids: readonly string[]): string[] =>
    ids.map((id) => titles.get(id)).filter((title): title is string => title !== undefined);

  const open = check.findings
    .filter((finding) => !finding.waived)
    .toSorted((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const findings: PrintFinding[] = open.map((finding, index) => ({
    number: index + 1,
    severity: finding.severity,
    status: findingStatus(finding),
    message: finding.message,
    ...(finding.note ? { note: finding.note } : {}),
    titles: titlesOf(finding.responsibilityIds),
    citations: uniqueCitations(finding.citations),
  }));
  const numbersByCard = new Map<string, number[]>();
  open.forEach((finding, index) => {
    const first = finding.responsibilityIds[0];
    if (first === undefined) return;
    numbersByCard.set(first, [...(numbersByCard.get(first) ?? []), index + 1]);
  });

  const waivers: PrintWaiver[] = check.findings.flatMap((finding) =>
    finding.waived
      ? [
          {
            message: finding.message,
            titles: titlesOf(finding.responsibilityIds),
            rationale: finding.waived.rationale,
            at: finding.waived.at,
            citations: uniqueCitations(finding.citations),
          },
        ]
      : [],
  );

  // Every topic a finding shows both positions for (whatever the rule: contested, unplaced,
  // against a recorded stance), and every topic with a recorded stance: the appendix never says
  // "no contested topic" while a finding says the sources disagree.
  const contestedTitles = new Map<string, Set<string>>();
  for (const id of Object.keys(scenario.stances)) contestedTitles.set(id, new Set());
  for (const finding of check.findings) {
    if (!finding.topic || (!finding.positions && finding.ruleId !== 'contested')) continue;
    const set = contestedTitles.get(finding.topic.id) ?? new Set<string>();
    for (const title of titlesOf(finding.responsibilityIds)) set.add(title);
    contestedTitles.set(finding.topic.id, set);
  }
  const positionsOf = new Map<string, { readonly label: string; readonly positions: readonly Position[] }>();
  for (const finding of check.findings) {
    if (finding.topic && finding.positions) positionsOf.set(finding.topic.id, { label: finding.topic.label, positions: finding.positions });
  }
  for (const topic of TOPICS) {
    if (topic.stance.kind === 'contested') positionsOf.set(topic.id, { label: topic.label, positions: topic.stance.positions });
  }
  const contested: PrintContested[] = [...contestedTitles].flatMap(([topicId, set]) => {
    const topic = positionsOf.get(topicId);
    return topic
      ? [{ topicId, label: topic.label, titles: [...set], positions: topic.positions, chosen: scenario.stances[topicId] ?? null }]
      : [];
  });
  // In the knowledge base's order, as before.
  const topicOrder = new Map(TOPICS.map((topic, index) => [topic.id, index]));
  contested.sort((a, b) => (topicOrder.get(a.topicId) ?? Infinity) - (topicOrder.get(b.topicId) ?? Infinity));

  const statuses = cardStatuses(scenario.responsibilities, check);

  const card = (item: Responsibility): PrintCard => ({
    id: item.id,
    title: item.title,
    note: item.note,
    lead: item.owner === 'Shared' ? item.lead : undefined,
    findingNumbers: numbersByCard.get(item.id) ?? [],
    status: statuses.get(item.id) ?? 'unrated',
  });

  const cited = [
    ...findings.flatMap((finding) => finding.citations),
    ...waivers.flatMap((waiver) => waiver.citations),
    ...contested.flatMap((topic) => topic.positions.flatMap((position) => position.citations)),
  ];

  return {
    name: scenario.name,
    reportingLine: scenario.context.reportingLine,
    context: [
      { label: 'Company size', value: SIZE_LABELS[scenario.context.companySize] },
      { label: 'Focus', value: FOCUS_LABELS[scenario.context.focus] },
      { label: 'Reporting line', value: REPORTING_LINE_LABELS[scenario.context.reportingLine] },
    ],
    score: check.score,
    counts: check.counts,
    lanes: {
      CIO: laneItems(scenario, 'CIO').map(card),
      Shared: laneItems(scenario, 'Shared').map(card),
      CTO: laneItems(scenario, 'CTO').map(card),
      Unassigned: laneItems(scenario, 'Unassigned').map(card),
    },
    total: scenario.responsibilities.length,
    findings,
    waivers,
    contested,
    sources: citedSources(cited),
  };
}

/** Both sources, each with the sections of `citations` that point into it, in article order. */
function citedSources(citations: readonly Citation[]): PrintSource[] {
  return (Object.keys(SOURCES) as SourceId[]).map((id) => {
    const used = new Set<string>(
      citations.filter((citation) => citation.source === id).map((c) => c.section),
    );
    return {
      id,
      title: SOURCES[id].title,
      titleIsOwn: SOURCES[id].titleIsOwn,
      sections: SOURCES[id].sections.filter((section) => used.has(section.key)).map((section) => section.label),
    };
  });
}

/** Plan-level rules on the context: company size, the sole executive, focus and reporting line. */
import type { Lane, ResponsibilityId, Role } from '../model/index.js';
import { uniqueCitations } from './sources.js';
import { TOPICS_BY_ID } from './topics.js';
import {
  COMPANY_SIZE_CITATIONS,
  FOCUS_CITATIONS,
  findingId,
  other,
  refOf,
  stanceFix,
} from './check-support.js';
import type { CheckInput, Emit } from './check-types.js';

/** The topic whose stance names the reporting line. */
const REPORTING_LINE_TOPIC = 'reporting-line';

/**
 * The one technology executive of a small company: the role that leads work while the other
 * leads nothing. The sources allow a small company one of the two roles, so such a plan is
 * judged as one executive holding both halves, not as a string of misplaced cards. Pure.
 */
export function soleExecutive(scenario: CheckInput): Role | undefined {
  if (scenario.context.companySize !== 'small') return undefined;
  let cio = false;
  let cto = false;
  for (const item of scenario.responsibilities) {
    const led = item.owner === 'Shared' ? item.lead : item.owner === 'Unassigned' ? undefined : item.owner;
    if (led === 'CIO') cio = true;
    else if (led === 'CTO') cto = true;
    if (cio && cto) return undefined;
  }
  return cio ? 'CIO' : cto ? 'CTO' : undefined;
}

/** One plan-level note instead of a finding per card the sole executive holds by design. */
export function checkSole(sole: Role, absorbed: readonly ResponsibilityId[], emit: Emit): void {
  const absent = other(sole);
  const count = absorbed.length;
  emit({
    id: findingId('context-company-size', `sole-${sole}`, []),
    ruleId: 'context-company-size',
    severity: 'info',
    responsibilityIds: absorbed,
    topic: null,
    message:
      `The ${sole} is this company’s only technology executive and holds ${count} ` +
      `${count === 1 ? 'responsibility' : 'responsibilities'} the sources give the ${absent}. ` +
      'That fits a small company, which the sources say may need only one of the two roles. ' +
      `If you later hire a ${absent}, these are the first to hand over.`,
    citations: COMPANY_SIZE_CITATIONS,
  });
}

/** Emits the context rules: company size, focus and reporting line. */
export function checkContext(
  scenario: CheckInput,
  laneCount: Readonly<Record<Lane, number>>,
  cioLed: number,
  ctoLed: number,
  emit: Emit,
): void {
  const { companySize, focus, reportingLine } = scenario.context;
  const placed = laneCount.CIO + laneCount.CTO + laneCount.Shared;
  if (companySize === 'small' && laneCount.CIO > 0 && laneCount.CTO > 0) {
    const pick = focus === 'product' ? 'CTO' : focus === 'information' ? 'CIO' : null;
    emit({
      id: findingId('context-company-size', 'small', []),
      ruleId: 'context-company-size',
      severity: 'info',
      responsibilityIds: [],
      topic: null,
      message:
        'The sources note that a small company may need only one of the two roles, and that ' +
        'funding both is often the hard part. This plan keeps both lanes busy; check whether ' +
        `one executive could hold both${pick ? `, most naturally a ${pick} given your focus` : ''}, ` +
        'with contractors covering the rest.',
      citations: COMPANY_SIZE_CITATIONS,
    });
  }
  if (companySize === 'large' && placed > 0 && (cioLed === 0 || ctoLed === 0)) {
    const missing: Role = cioLed === 0 ? 'CIO' : 'CTO';
    emit({
      id: findingId('context-company-size', 'large', []),
      ruleId: 'context-company-size',
      severity: 'info',
      responsibilityIds: [],
      topic: null,
      message:
        `Nothing is led by the ${missing}. The sources say a large, complex company may need ` +
        'both roles, and that most organisations have both; make sure the empty role’s ' +
        'work is really covered.',
      citations: COMPANY_SIZE_CITATIONS,
    });
  }
  const sole = soleExecutive(scenario);
  if (focus !== 'balanced' && placed > 0 && sole !== undefined) {
    const favoured: Role = focus === 'product' ? 'CTO' : 'CIO';
    if (sole !== favoured) {
      const kind = focus === 'product' ? 'its product' : 'its information';
      emit({
        id: findingId('context-focus', `${focus}-sole-${sole}`, []),
        ruleId: 'context-focus',
        severity: 'info',
        responsibilityIds: [],
        topic: null,
        message:
          `The sources say a small company may need only one of the two roles, and that a company ` +
          `whose value is in ${kind} is better served by a ${favoured}. Your one technology ` +
          `executive is the ${sole}; that can work, but when you hire or redefine the role, ` +
          `consider whether it should be a ${favoured}.`,
        citations: FOCUS_CITATIONS,
      });
    }
  } else if (focus !== 'balanced' && placed > 0) {
    const favoured: Role = focus === 'product' ? 'CTO' : 'CIO';
    const favouredCount = favoured === 'CTO' ? ctoLed : cioLed;
    const otherCount = favoured === 'CTO' ? cioLed : ctoLed;
    const kind = focus === 'product' ? 'its product' : 'its information';
    if (favouredCount === 0) {
      emit({
        id: findingId('context-focus', focus, []),
        ruleId: 'context-focus',
        severity: 'warning',
        responsibilityIds: [],
        topic: null,
        message:
          `The company’s value is in ${kind}, and the sources say that calls for a ` +
          `${favoured}, yet the plan gives the ${favoured} nothing to lead. Either give the ` +
          `${favoured} the work that creates that value, or revisit the focus setting.`,
        citations: FOCUS_CITATIONS,
      });
    } else if (otherCount > 2 * favouredCount) {
      emit({
        id: findingId('context-focus', focus, []),
        ruleId: 'context-focus',
        severity: 'info',
        responsibilityIds: [],
        topic: null,
        message:
          `The company’s value is in ${kind}, which the sources tie to the ${favoured}, but ` +
          `the ${other(favoured)} leads more than twice as much. Check that the ${favoured}’s ` +
          'remit matches where the value is.',
        citations: FOCUS_CITATIONS,
      });
    }
  }
  const topic = TOPICS_BY_ID.get(REPORTING_LINE_TOPIC);
  const positions = topic?.stance.kind === 'contested' ? topic.stance.positions : undefined;
  const citations = topic ? uniqueCitations(topic.citations) : [];
  const recorded = scenario.stances[REPORTING_LINE_TOPIC];
  // A recorded stance that says one thing while the context says another.
  const expected = recorded === 'CIO' ? 'cto-to-cio' : recorded === 'CTO' ? 'cio-to-cto' : undefined;
  if (expected !== undefined && reportingLine !== expected) {
    const said = recorded === 'CIO' ? 'the CTO reports to the CIO' : 'the CIO reports to the CTO';
    const context =
      reportingLine === 'both-to-ceo'
        ? 'both report to the CEO'
        : reportingLine === 'cto-to-cio'
          ? 'the CTO reports to the CIO'
          : 'the CIO reports to the CTO';
    emit({
      id: findingId('context-reporting-line', `stance-${recorded}-${reportingLine}`, []),
      ruleId: 'context-reporting-line',
      severity: 'warning',
      responsibilityIds: [],
      topic: topic ? refOf(topic) : null,
      message:
        `Your recorded stance says ${said}, but the plan’s context says ${context}. The plan ` +
        'should say one thing: change the context or the stance.',
      citations,
      ...(positions ? { positions } : {}),
      fix: {
        label: 'Set the context to match the stance',
        command: { type: 'scenario/set-context', context: { reportingLine: expected } },
      },
    });
  }
  if (reportingLine === 'cto-to-cio' && recorded !== 'CIO') {
    emit({
      id: findingId('context-reporting-line', reportingLine, []),
      ruleId: 'context-reporting-line',
      severity: 'info',
      responsibilityIds: [],
      topic: topic ? refOf(topic) : null,
      message:
        'Having the CTO report to the CIO is one side of a disagreement in the sources; other ' +
        'passages treat the two as peers under the CEO. Make it a deliberate choice and record it.',
      citations,
      ...(positions ? { positions } : {}),
      fix: stanceFix(REPORTING_LINE_TOPIC, 'CIO'),
    });
  }
  if (reportingLine === 'cio-to-cto') {
    emit({
      id: findingId('context-reporting-line', reportingLine, []),
      ruleId: 'context-reporting-line',
      severity: recorded === 'CTO' ? 'info' : 'warning',
      responsibilityIds: [],
      topic: topic ? refOf(topic) : null,
      message:
        'Neither source describes the CIO reporting to the CTO: they either put the CTO under ' +
        'the CIO or treat both as peers under the CEO. If the CTO is the senior technologist ' +
        'here, say why; otherwise have both report to the CEO.',
      citations,
      ...(positions ? { positions } : {}),
      fix: {
        label: 'Have both report to the CEO',
        command: { type: 'scenario/set-context', context: { reportingLine: 'both-to-ceo' } },
      },
    });
  }
}

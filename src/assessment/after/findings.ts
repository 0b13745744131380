/**
 * What a follow-up shows that the organisation should act on: a gap between
 * groups that widened, a measure not (or only partly) carried out or not yet
 * answered, an indicator or breakdown that could not be measured, and a
 * judgement of the user's that the user's own figures contradict. Every
 * finding comes from what the user entered in the assessment and the
 * follow-up; nothing is assumed about what was not entered.
 */
import type { Assessment } from '../assessment';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import { indicatorOutcome, type IndicatorOutcome } from './compute';
import type { FollowUp } from './follow-up';
import { indicatorsOf, measuresOf } from './refs';

export type FollowUpFindingCode =
  | 'gap-widened'
  | 'measure-not-done'
  | 'measure-partly'
  | 'measure-unanswered'
  | 'indicator-not-measured'
  | 'breakdown-missing'
  | 'judgement-differs';

/** The order findings are listed in: what went wrong before what is unknown. */
export const FOLLOW_UP_FINDING_CODES: readonly FollowUpFindingCode[] = [
  'gap-widened',
  'judgement-differs',
  'measure-not-done',
  'measure-partly',
  'indicator-not-measured',
  'breakdown-missing',
  'measure-unanswered',
];

/**
 * A finding with the parameters its sentence needs (texts under
 * `followUpFindings.<code>`). Parameters by code:
 * - gap-widened: indicator, breakdown (an option id of the breakdown set, or `group`), gapBefore, gapNow, unit
 * - judgement-differs: indicator, judged, computed (narrowed | stayed | widened)
 * - measure-not-done, measure-partly, measure-unanswered: measure
 * - indicator-not-measured: indicator
 * - breakdown-missing: indicator, breakdown
 */
export interface FollowUpFinding {
  code: FollowUpFindingCode;
  /** The indicator's or measure's item id. */
  itemId: string;
  params: Record<string, string | number>;
}

export interface FollowUpResult {
  indicators: IndicatorOutcome[];
  findings: FollowUpFinding[];
}

/** The outcomes of a follow-up's indicators and what it shows, in the order of FOLLOW_UP_FINDING_CODES. */
export function followUpResult(file: QuestionnaireFile, assessment: Assessment, followUp: FollowUp): FollowUpResult {
  const indicatorRefs = indicatorsOf(file, assessment.answers);
  const measureRefs = measuresOf(file, assessment.answers);
  const findings: FollowUpFinding[] = [];

  const indicators = followUp.indicators.map((entry) => {
    const ref = indicatorRefs.find((r) => r.itemId === entry.itemId);
    const outcome = indicatorOutcome(ref, entry);
    const indicator = ref?.name ?? '';
    const itemId = entry.itemId;
    if (!entry.measured) findings.push({ code: 'indicator-not-measured', itemId, params: { indicator } });
    for (const change of outcome.changes) {
      if (change.computed === 'widened' && change.gapBefore !== null && change.gapNow !== null) {
        findings.push({
          code: 'gap-widened',
          itemId,
          params: { indicator, breakdown: change.breakdown, gapBefore: change.gapBefore, gapNow: change.gapNow, unit: entry.unit },
        });
      }
    }
    for (const breakdown of outcome.missingBreakdowns) findings.push({ code: 'breakdown-missing', itemId, params: { indicator, breakdown } });
    // Checked against every breakdown computed: a judgement that matches one
    // breakdown's figures is not contradicted by the figures, even when
    // another breakdown moved the other way (that one gets its own finding).
    const computed = outcome.changes.flatMap((c) => (c.computed ? [c.computed] : []));
    if (outcome.judged && outcome.basis === 'computed' && outcome.trend && !computed.includes(outcome.judged)) {
      findings.push({ code: 'judgement-differs', itemId, params: { indicator, judged: outcome.judged, computed: outcome.trend } });
    }
    return outcome;
  });

  // Measures the assessment named, then any the follow-up still holds that
  // were removed from the assessment since (kept: the user answered them).
  const entries = new Map(followUp.measures.map((m) => [m.itemId, m]));
  const ids = [...measureRefs.map((m) => m.itemId), ...followUp.measures.map((m) => m.itemId).filter((id) => !measureRefs.some((m) => m.itemId === id))];
  for (const itemId of ids) {
    const measure = measureRefs.find((m) => m.itemId === itemId)?.what ?? '';
    const status = entries.get(itemId)?.status;
    const code = status === 'not' ? 'measure-not-done' : status === 'partly' ? 'measure-partly' : status === undefined ? 'measure-unanswered' : undefined;
    if (code) findings.push({ code, itemId, params: { measure } });
  }

  const rank = (f: FollowUpFinding) => FOLLOW_UP_FINDING_CODES.indexOf(f.code);
  return { indicators, findings: findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f) };
}

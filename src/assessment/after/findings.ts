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
  /** How the sentence names the indicator or measure (`indicator` and `measure` in params are set only when named). */
  item: FindingItem;
  params: Record<string, string | number>;
}

/**
 * What the user gave to name a finding's indicator or measure: its name; or,
 * when the row has none, its place in the assessment's list ("indikator 2");
 * or, when the follow-up still holds it but the assessment no longer does (or
 * never did), only that. A sentence never names it with an empty string.
 */
export type FindingItem = { kind: 'named'; name: string } | { kind: 'unnamed'; number: number } | { kind: 'removed' };

/** How to name the row `itemId` of `refs` (the assessment's indicators or measures), `name` reading its name. */
export function findingItem<R extends { itemId: string }>(refs: R[], itemId: string, name: (ref: R) => string): FindingItem {
  const at = refs.findIndex((r) => r.itemId === itemId);
  if (at < 0) return { kind: 'removed' };
  const given = name(refs[at]!).trim();
  return given ? { kind: 'named', name: given } : { kind: 'unnamed', number: at + 1 };
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
    const itemId = entry.itemId;
    const item = findingItem(indicatorRefs, itemId, (r) => r.name);
    const named: Record<string, string> = item.kind === 'named' ? { indicator: item.name } : {};
    if (!entry.measured) findings.push({ code: 'indicator-not-measured', itemId, item, params: { ...named } });
    for (const change of outcome.changes) {
      if (change.computed === 'widened' && change.gapBefore !== null && change.gapNow !== null) {
        findings.push({
          code: 'gap-widened',
          itemId,
          item,
          params: { ...named, breakdown: change.breakdown, gapBefore: change.gapBefore, gapNow: change.gapNow, unit: entry.unit },
        });
      }
    }
    for (const breakdown of outcome.missingBreakdowns) findings.push({ code: 'breakdown-missing', itemId, item, params: { ...named, breakdown } });
    // Checked against every breakdown computed: a judgement that matches one
    // breakdown's figures is not contradicted by the figures, even when
    // another breakdown moved the other way (that one gets its own finding).
    const computed = outcome.changes.flatMap((c) => (c.computed ? [c.computed] : []));
    if (outcome.judged && outcome.basis === 'computed' && outcome.trend && !computed.includes(outcome.judged)) {
      findings.push({ code: 'judgement-differs', itemId, item, params: { ...named, judged: outcome.judged, computed: outcome.trend } });
    }
    return outcome;
  });

  // Measures the assessment named, then any the follow-up still holds that
  // were removed from the assessment since (kept: the user answered them).
  const entries = new Map(followUp.measures.map((m) => [m.itemId, m]));
  const ids = [...measureRefs.map((m) => m.itemId), ...followUp.measures.map((m) => m.itemId).filter((id) => !measureRefs.some((m) => m.itemId === id))];
  for (const itemId of ids) {
    const item = findingItem(measureRefs, itemId, (m) => m.what);
    const status = entries.get(itemId)?.status;
    const code = status === 'not' ? 'measure-not-done' : status === 'partly' ? 'measure-partly' : status === undefined ? 'measure-unanswered' : undefined;
    if (code) findings.push({ code, itemId, item, params: item.kind === 'named' ? { measure: item.name } : {} });
  }

  const rank = (f: FollowUpFinding) => FOLLOW_UP_FINDING_CODES.indexOf(f.code);
  return { indicators, findings: findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f) };
}

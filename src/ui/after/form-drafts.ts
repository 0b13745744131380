/**
 * The unsaved text of the forms after the decision, as kept between visits
 * (src/storage/form-drafts.ts): its shape per form, and how a draft is laid
 * over the form's starting values. Laid over, not put in place of them: the
 * assessment may have changed since (an indicator or a measure removed, a
 * step added), so a draft fills only the fields that still exist, matched by
 * their stable ids, and everything else starts as stored.
 */
import { z } from 'zod';
import { DECISION_OUTCOMES } from '../../assessment/after/decision';
import { GAP_TRENDS, MEASURE_STATUSES } from '../../assessment/after/follow-up';
import { REVIEW_VERDICTS, SIGN_OFF_OUTCOMES } from '../../assessment/after/review';
import type { DecisionValues } from './decision-values';
import type { FollowUpValues } from './follow-up-values';
import type { SignOffDraft, VerdictDrafts } from './review-values';

const text = z.string().max(100_000);
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.literal(''), z.enum(values)]);

export const ZDecisionDraft = z.strictObject({
  caseNumber: text,
  body: text,
  meetingDate: text,
  paragraph: text,
  outcome: choice(DECISION_OUTCOMES),
  changes: text,
}) satisfies z.ZodType<DecisionValues>;

export const ZFollowUpDraft = z.strictObject({
  date: text,
  indicators: z.array(
    z.strictObject({
      itemId: z.string(),
      measured: z.enum(['yes', 'no']),
      source: text,
      unit: text,
      figures: z.array(z.strictObject({ breakdown: text, category: text, baseline: text, now: text })).max(1000),
      judged: choice(GAP_TRENDS),
      note: text,
    }),
  ),
  measures: z.array(z.strictObject({ itemId: z.string(), status: choice(MEASURE_STATUSES), cost: text, note: text })),
  summary: text,
}) satisfies z.ZodType<FollowUpValues>;

/** A follow-up form's draft with the form it was typed in: a new follow-up, or the saved one with this id. */
export const ZFollowUpPageDraft = z.strictObject({ target: z.string().min(1), values: ZFollowUpDraft });
export type FollowUpPageDraft = z.infer<typeof ZFollowUpPageDraft>;

export interface ReviewerDraft {
  verdicts: VerdictDrafts;
  signOff: SignOffDraft;
}

export const ZReviewerDraft = z.strictObject({
  verdicts: z.record(z.string(), z.strictObject({ verdict: choice(REVIEW_VERDICTS), comment: text })),
  signOff: z.strictObject({ name: text, role: text, date: text, outcome: choice(SIGN_OFF_OUTCOMES) }),
}) satisfies z.ZodType<ReviewerDraft>;

/** The decision form's values with a draft's laid over them. */
export function withDecisionDraft(values: DecisionValues, draft: DecisionValues | undefined): DecisionValues {
  return draft ? { ...values, ...draft } : values;
}

/** A follow-up's values with a draft's laid over them: indicators and measures by item id, only those still asked. */
export function withFollowUpDraft(values: FollowUpValues, draft: FollowUpValues | undefined): FollowUpValues {
  if (!draft) return values;
  const indicators = new Map(draft.indicators.map((i) => [i.itemId, i]));
  const measures = new Map(draft.measures.map((m) => [m.itemId, m]));
  return {
    date: draft.date,
    summary: draft.summary,
    indicators: values.indicators.map((i) => indicators.get(i.itemId) ?? i),
    measures: values.measures.map((m) => measures.get(m.itemId) ?? m),
  };
}

/** The reviewer's verdicts and sign-off with a draft's laid over them, for the steps still reviewed. */
export function withReviewerDraft(values: ReviewerDraft, draft: ReviewerDraft | undefined): ReviewerDraft {
  if (!draft) return values;
  const verdicts = Object.fromEntries(Object.entries(values.verdicts).map(([stepId, v]) => [stepId, draft.verdicts[stepId] ?? v]));
  return { verdicts, signOff: draft.signOff };
}

/** The same text for the same content, whatever the order of its keys. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

/** True when the values with a draft laid over them say something the stored ones do not. */
export function differs<T>(stored: T, withDraft: T): boolean {
  return canonical(stored) !== canonical(withDraft);
}

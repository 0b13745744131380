/**
 * Scoring the check against the five recommendations from the data: each
 * criterion's answer takes its option's score and the criterion's weight;
 * "not relevant" and "don't know" are left out of the score. The share of
 * the maximum decides the status through the framework's thresholds.
 */
import type { Scalar } from '../questionnaire/answers';
import type { Option, Recommendation } from '../questionnaire/schema';
import { JUSTIFICATION } from '../questionnaire/step-questions';
import type { Ctx } from './context';
import type { CriterionAnswer, CriterionResult, Reason, Status } from './result';

/** The role of an option of the criterion scale: by its tags, else by its score relative to the best. */
function role(option: Option | undefined, best: number): CriterionAnswer {
  if (!option) return 'not-answered';
  if (option.tags?.includes('not-relevant')) return 'not-relevant';
  if (option.tags?.includes('dont-know') || option.score === undefined) return 'dont-know';
  if (option.score >= best) return 'yes';
  return option.score <= 0 ? 'no' : 'partly';
}

export interface Scored {
  criteria: CriterionResult[];
  share: number | null;
  status: Status;
  reasons: Reason[];
}

/** Scores one recommendation's criteria. `applies` is false when the check step is not on the branch taken. */
export function scoreRecommendation(ctx: Ctx, recommendation: Recommendation, applies: boolean): Scored {
  const check = ctx.file.steps.find((s) => s.kind === 'recommendation-check');
  const scale = check?.kind === 'recommendation-check' ? (ctx.file.optionSets[check.scale] ?? []) : [];
  const best = Math.max(0, ...scale.map((o) => o.score ?? 0));
  const criteria = recommendation.criteria.map((c): CriterionResult => {
    const value = applies ? (ctx.answers[c.id] as Scalar | undefined) : undefined;
    const answer = role(typeof value === 'string' ? scale.find((o) => o.id === value) : undefined, best);
    const option = typeof value === 'string' ? scale.find((o) => o.id === value) : undefined;
    const why = applies ? ctx.answers[`${c.id}${JUSTIFICATION}`] : undefined;
    return {
      id: c.id,
      weight: c.weight,
      answer,
      score: answer === 'yes' || answer === 'partly' || answer === 'no' ? (option?.score ?? 0) : null,
      ...(typeof why === 'string' && why.trim() ? { justification: why.trim() } : {}),
    };
  });

  const ref = (id: string) => ({ stepId: check?.id ?? '', questionId: id });
  const reasons: Reason[] = [];
  if (!applies) {
    reasons.push({ code: 'check-not-applicable', refs: [] });
    return { criteria, share: null, status: 'not-answered', reasons };
  }
  const scored = criteria.filter((c) => c.score !== null);
  const count = (a: CriterionAnswer) => criteria.filter((c) => c.answer === a).length;
  if (scored.length) {
    reasons.push({
      code: 'criteria-summary',
      params: { met: count('yes'), partly: count('partly'), not: count('no'), total: criteria.length },
      refs: scored.map((c) => ref(c.id)),
    });
  }
  for (const c of criteria) {
    if (c.answer === 'no') reasons.push({ code: 'criterion-not-met', params: { criterion: c.id }, refs: [ref(c.id)] });
    if (c.answer === 'partly') reasons.push({ code: 'criterion-partly', params: { criterion: c.id }, refs: [ref(c.id)] });
    if (c.answer === 'dont-know') reasons.push({ code: 'criterion-dont-know', params: { criterion: c.id }, refs: [ref(c.id)] });
  }
  if (count('not-answered')) reasons.push({ code: 'criteria-unanswered', params: { count: count('not-answered') }, refs: [] });

  if (!scored.length) {
    const allNotRelevant = criteria.length > 0 && count('not-relevant') === criteria.length;
    if (allNotRelevant) reasons.push({ code: 'all-not-relevant', refs: criteria.map((c) => ref(c.id)) });
    return { criteria, share: null, status: allNotRelevant ? 'not-relevant' : 'not-answered', reasons };
  }
  const max = scored.reduce((sum, c) => sum + c.weight * best, 0);
  const earned = scored.reduce((sum, c) => sum + c.weight * (c.score ?? 0), 0);
  const share = max > 0 ? earned / max : 0;
  const { met, partly } = ctx.framework.thresholds;
  const status: Status = share >= met ? 'met' : share >= partly ? 'partly' : 'not-met';
  return { criteria, share, status, reasons };
}

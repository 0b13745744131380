/** Small helpers the rules share. */
import type { Ctx } from '../context';
import { perItem } from '../context';
import type { AnswerRef, Finding, Params, RecommendationId, Severity } from '../result';
import type { FindingCode } from '../codes';

export { measuresFor } from '../facts';

/** What a rule adds to the evaluation: findings, and reasons for the recommendations they name. */
export interface RuleOutcome {
  findings: Finding[];
  reasons: Array<{ recommendation: RecommendationId; code: string; params?: Params; refs: AnswerRef[] }>;
}

/** A finding. Its id is stable within one evaluation: the code and the item ids it is about. */
export function finding(
  code: FindingCode,
  severity: Severity,
  recommendations: RecommendationId[],
  stepId: string,
  refs: AnswerRef[],
  params: Params = {},
  key: string[] = [],
  suggestions: string[] = [],
): Finding {
  return {
    id: [code, ...key].join(':'),
    code,
    severity,
    recommendations: [...new Set(recommendations)].sort(),
    stepId,
    refs,
    params,
    ...(suggestions.length ? { suggestions } : {}),
  };
}

/** The step where measures are added (falls back to the last step). */
export function measuresStep(ctx: Ctx): string {
  const l = ctx.tagged('measures')[0];
  return l?.step.id ?? ctx.file.steps.at(-1)!.id;
}

/** For a per-item question tagged `tag`, each affected group's chosen option and its tags. */
export function perGroup(ctx: Ctx, tag: string) {
  return ctx.tagged(tag).flatMap((l) =>
    ctx.items('affected-groups').map((group) => {
      const value = perItem(ctx.answers, l.question.id, group.id);
      return { located: l, group, value, tags: ctx.optionTags(l, value), option: typeof value === 'string' ? ctx.option(l, value) : undefined };
    }),
  );
}

/** True when the chosen option of the first question tagged `tag` carries option tag `yes` (or `wanted`). */
export function firstHas(ctx: Ctx, tag: string, wanted = 'yes'): boolean {
  const q = ctx.first(tag);
  return q !== undefined && ctx.optionTags(q.located, q.value).includes(wanted);
}

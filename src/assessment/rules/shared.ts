/** Small helpers the recommendation rules share. */
import type { Ctx, Item } from '../context';
import { perItem } from '../context';
import type { AnswerRef, Finding, RecommendationId, Severity } from '../result';
import type { FindingCode } from '../codes';

/** What one recommendation's rule adds to the evaluation. */
export interface RuleOutcome {
  findings: Finding[];
  reasons: Array<{ code: string; params?: Record<string, string | number>; refs: AnswerRef[] }>;
}

export function finding(
  code: FindingCode,
  severity: Severity,
  recommendation: RecommendationId,
  stepId: string,
  refs: AnswerRef[],
  params: Record<string, string | number> = {},
  key: string[] = [],
): Finding {
  return { id: [code, ...key].join(':'), code, severity, recommendation, stepId, refs, params };
}

/** Measures whose "addresses" answer names the group item. */
export function measuresFor(ctx: Ctx, groupId: string): Item[] {
  return ctx.items('measures').filter((m) => {
    const addresses = ctx.field(m, 'measure-addresses');
    return Array.isArray(addresses) && addresses.includes(groupId);
  });
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

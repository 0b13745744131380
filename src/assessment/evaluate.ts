/**
 * `evaluate()`: one pure pass from a questionnaire and an assessment's
 * answers to the `AssessmentResult` that every reader uses. For each of the
 * five recommendations: the criteria scored from the data (weights,
 * thresholds), the rule of that recommendation (findings across steps),
 * reasons that cite the answers, and suggestions for the gaps. The status
 * follows the user's own answers to the criteria; findings stand beside it
 * (with a reason pointing to them) rather than overriding that judgement,
 * so all criteria "yes" always reads as met.
 */
import type { Answers, Scalar } from '../questionnaire/answers';
import { groupItems } from '../questionnaire/answers';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import { allQuestions } from '../questionnaire/walk';
import { createContext, perItem, valueText, type Ctx } from './context';
import { scoreRecommendation } from './criteria';
import type { AssessmentResult, Finding, KnowledgeGap, RecommendationId, RecommendationResult, Severity } from './result';
import { ruleR1 } from './rules/r1';
import { ruleR2 } from './rules/r2';
import { ruleR3 } from './rules/r3';
import { ruleR4 } from './rules/r4';
import { ruleR5 } from './rules/r5';
import type { RuleOutcome } from './rules/shared';

/** The rule of each recommendation, by id. */
export const RULES: Record<RecommendationId, (ctx: Ctx) => RuleOutcome> = { r1: ruleR1, r2: ruleR2, r3: ruleR3, r4: ruleR4, r5: ruleR5 };

const SEVERITY: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function evaluate(file: QuestionnaireFile, framework: Framework, assessment: { answers: Answers }): AssessmentResult {
  const ctx = createContext(file, framework, assessment.answers);
  const check = file.steps.find((s) => s.kind === 'recommendation-check');
  const checkApplies = check !== undefined && ctx.visible.step(check);
  const stepOrder = new Map(file.steps.map((s, i) => [s.id, i]));

  const outcomes = framework.recommendations.map((r) => ({ r, rule: RULES[r.id](ctx) }));
  const findings = outcomes
    .flatMap((o) => o.rule.findings)
    .sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity] || (stepOrder.get(a.stepId) ?? 0) - (stepOrder.get(b.stepId) ?? 0) || a.id.localeCompare(b.id));

  const recommendations = outcomes.map(({ r, rule }): RecommendationResult => {
    const scored = scoreRecommendation(ctx, r, checkApplies);
    const own = findings.filter((f) => f.recommendation === r.id);
    const open = own.filter((f) => f.severity !== 'low');
    const reasons = [...scored.reasons, ...rule.reasons];
    if (open.length) reasons.push({ code: 'open-findings', params: { count: open.length }, refs: open.flatMap((f) => f.refs) });
    const suggestions = scored.criteria.filter((c) => ['no', 'partly', 'dont-know'].includes(c.answer)).map((c) => c.id);
    const steps = [...new Set([...(suggestions.length && check ? [check.id] : []), ...own.map((f) => f.stepId)])].sort(
      (a, b) => (stepOrder.get(a) ?? 0) - (stepOrder.get(b) ?? 0),
    );
    return { id: r.id, status: scored.status, share: scored.share, criteria: scored.criteria, reasons, suggestions, findings: own.map((f) => f.id), steps };
  });

  const outcome = ctx.first('screening-outcome');
  const depthTag = outcome ? ctx.optionTags(outcome.located, outcome.value).find((t) => ['no-analysis', 'light', 'full'].includes(t)) : undefined;

  return {
    questionnaire: { id: file.id, contentVersion: file.contentVersion },
    framework: { id: framework.id, contentVersion: framework.contentVersion },
    depth: (depthTag as AssessmentResult['depth']) ?? null,
    recommendations,
    findings: findings as Finding[],
    knowledgeGaps: knowledgeGaps(ctx, checkApplies),
    heatmap: heatmap(ctx),
  };
}

/** Every "don't know" answer on the branch taken, in questionnaire order. */
function knowledgeGaps(ctx: Ctx, checkApplies: boolean): KnowledgeGap[] {
  const gaps: KnowledgeGap[] = [];
  for (const l of allQuestions(ctx.file)) {
    if (!ctx.visible.question(l.question.id) || !('options' in l.question)) continue;
    const id = l.question.id;
    const isDontKnow = (v: Scalar | undefined) => ctx.optionTags(l, v).includes('dont-know');
    if (l.group) {
      for (const item of groupItems(ctx.answers[l.group.id])) {
        if (isDontKnow(item.values[id])) gaps.push({ ref: ctx.ref(id, { itemId: item.id, value: valueText(item.values[id]) }) });
      }
    } else if (l.step.kind === 'per-item') {
      for (const item of ctx.items('affected-groups')) {
        const v = perItem(ctx.answers, id, item.id);
        if (isDontKnow(v)) gaps.push({ ref: ctx.ref(id, { itemId: item.id, value: valueText(v) }) });
      }
    } else if (isDontKnow(ctx.answers[id] as Scalar | undefined)) {
      gaps.push({ ref: ctx.ref(id, { value: valueText(ctx.answers[id]) }) });
    }
  }
  const check = ctx.file.steps.find((s) => s.kind === 'recommendation-check');
  if (checkApplies && check?.kind === 'recommendation-check') {
    const scale = ctx.file.optionSets[check.scale] ?? [];
    for (const c of ctx.framework.recommendations.flatMap((r) => r.criteria)) {
      const v = ctx.answers[c.id];
      if (scale.find((o) => o.id === v)?.tags?.includes('dont-know')) {
        gaps.push({ ref: { stepId: check.id, questionId: c.id, value: valueText(v) } });
      }
    }
  }
  return gaps;
}

/** Affected groups × consequence dimensions, with each effect's score. */
function heatmap(ctx: Ctx): AssessmentResult['heatmap'] {
  const groups = ctx.items('affected-groups');
  const dimensions = ctx.tagged('consequence-dimension').filter((l) => l.step.kind === 'per-item');
  return {
    groups: groups.map((g) => ({ id: g.id, title: g.title })),
    dimensions: dimensions.map((d) => d.question.id),
    cells: groups.flatMap((g) =>
      dimensions.map((d) => {
        const v = perItem(ctx.answers, d.question.id, g.id);
        const option = typeof v === 'string' && v ? ctx.option(d, v) : undefined;
        return {
          groupId: g.id,
          dimension: d.question.id,
          value: option?.score ?? null,
          ...(option ? { option: option.id } : {}),
        };
      }),
    ),
  };
}

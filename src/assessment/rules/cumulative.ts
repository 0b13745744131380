/**
 * Cumulative effects: other decisions, cuts or changes that hit the same
 * group or area in the same period. A group that the answers say is hit by
 * several changes at once, with no measure addressing it, is a finding on
 * recommendation 1 (and 5 when the group also gets worse on access), one
 * per group: each group is its own root cause.
 */
import { perItem, valueText, type Ctx } from '../context';
import { ACCESS_DIMENSIONS, groupFacts } from '../facts';
import type { Finding, RecommendationId } from '../result';
import { finding, measuresStep, type RuleOutcome } from './shared';

export function ruleCumulative(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const question = ctx.tagged('cumulative-effects').find((l) => l.step.kind === 'per-item');
  if (!question || !ctx.tagged('measures').length) return { findings, reasons: [] };
  const details = ctx.tagged('cumulative-details').find((l) => l.step.kind === 'per-item');
  const step = measuresStep(ctx);
  for (const facts of groupFacts(ctx)) {
    const { group } = facts;
    const value = perItem(ctx.answers, question.question.id, group.id);
    if (!ctx.optionTags(question, value).includes('yes') || facts.measures.length) continue;
    const said = details ? perItem(ctx.answers, details.question.id, group.id) : undefined;
    const refs = [
      ctx.ref(question.question.id, { itemId: group.id, value: valueText(value) }),
      ...(details && valueText(said).trim() ? [ctx.ref(details.question.id, { itemId: group.id, value: valueText(said) })] : []),
    ];
    const recs: RecommendationId[] = ['r1', ...(facts.worseDimensions.some((d) => ACCESS_DIMENSIONS.includes(d)) ? (['r5'] as const) : [])];
    findings.push(finding('cumulative-effects', 'medium', recs, step, refs, { group: group.title }, [group.id]));
  }
  return { findings, reasons: [] };
}

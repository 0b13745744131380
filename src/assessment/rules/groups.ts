/**
 * What happens to each affected group, read from every answer that carries
 * meaning: each dimension rated worse (even under an overall "positive"),
 * barriers that concern the group, the overall rating, the measures that
 * address it and whether one compensates, and whether gaps widen.
 *
 * One root cause is one finding: a group that gets worse with nothing that
 * makes up for it is a single finding that lists every recommendation it
 * touches — 1 always (equity in ordinary decisions), 3 when the group is
 * defined as children, 4 when it is defined by low income, income support
 * or distance from the labour market, 5 when access itself gets worse.
 * Only a worse effect raises a negative finding; a positive or unchanged
 * one never does. (An audit's barriers are weighed by their severity in
 * ./barriers.ts.) Suggestions come from the framework's data, and only
 * those of the dimensions the group gets worse on are offered.
 */
import { valueText, type Ctx } from '../context';
import { ACCESS_DIMENSIONS, SELF_SUPPORT_FACTORS, factorIdsWith, groupFacts, type GroupFacts } from '../facts';
import type { Finding, RecommendationId } from '../result';
import { finding, measuresStep, type RuleOutcome } from './shared';

/** The recommendations a group getting worse on `dimensions` touches, from what the user said about it. */
export function touched(facts: GroupFacts, dimensions: readonly string[]): RecommendationId[] {
  const out: RecommendationId[] = ['r1'];
  if (facts.factorTags.includes('children')) out.push('r3');
  if (facts.factorTags.some((t) => SELF_SUPPORT_FACTORS.includes(t))) out.push('r4');
  if (dimensions.some((d) => ACCESS_DIMENSIONS.includes(d))) out.push('r5');
  return out;
}

export function suggestionsFor(ctx: Ctx, dimensions: string[], kinds: string[]): string[] {
  return ctx.framework.suggestions.filter((s) => dimensions.includes(s.dimension) && kinds.includes(s.measure)).map((s) => s.id);
}

export function ruleGroups(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const step = measuresStep(ctx);
  const hasMeasures = ctx.tagged('measures').length > 0;
  const gap = ctx.tagged('gap-effect').find((l) => l.step.kind === 'per-item');
  for (const facts of groupFacts(ctx)) {
    const { group } = facts;
    const negativeRating = facts.rating?.tags.some((t) => t === 'negative' || t === 'mixed') ?? false;
    // A barrier is its own root cause, weighed by its severity in ./barriers.ts; here only the consequences.
    const worse = facts.worse.filter((w) => !w.barrier);
    const dims = [...new Set(worse.flatMap((w) => (w.dimension ? [w.dimension] : [])))];
    const worseRefs = [...worse.map((w) => w.ref), ...(negativeRating && facts.rating ? [facts.rating.ref] : [])];
    const factors = factorIdsWith(ctx, facts, [...SELF_SUPPORT_FACTORS, 'children']);
    const params = { group: group.title, dimensions: dims, ...(factors.length ? { factors } : {}) };
    const recs = touched(facts, dims);
    // Without a measures step on the branch taken there is nothing to fix with yet.
    if (hasMeasures && (worse.length || negativeRating)) {
      if (!facts.measures.length) {
        const code = dims.length ? 'group-worse-unaddressed' : 'group-negative-unaddressed';
        findings.push(finding(code, 'high', recs, step, worseRefs, params, [group.id], suggestionsFor(ctx, dims, ['avoid', 'reduce', 'compensate'])));
      } else if (dims.length && !facts.compensating.length) {
        const measureRefs = facts.measures.map((m) => ctx.ref(m.groupId, { itemId: m.id }));
        findings.push(
          finding('group-worse-uncompensated', 'high', recs, step, [...worseRefs, ...measureRefs], { ...params, measures: facts.measures.map((m) => m.title) }, [group.id], suggestionsFor(ctx, dims, ['compensate'])),
        );
      }
    }
    if (facts.rating && !negativeRating && dims.length && facts.rating.answered) {
      findings.push(finding('rating-hides-worse', 'medium', ['r1'], facts.rating.ref.stepId, [facts.rating.ref, ...worse.map((w) => w.ref)], { group: group.title, dimensions: dims }, [group.id]));
    }
    if (hasMeasures && facts.rating?.tags.includes('unknown') && !facts.measures.length) {
      findings.push(finding('unknown-unaddressed', 'medium', ['r1'], step, [facts.rating.ref], { group: group.title }, [group.id]));
    }
    if (gap) {
      const map = ctx.answers[gap.question.id];
      const value = map && typeof map === 'object' && !Array.isArray(map) ? map[group.id] : undefined;
      if (ctx.optionTags(gap, value).includes('widens')) {
        const severity = facts.measures.length ? 'medium' : 'high';
        findings.push(finding('gaps-widen', severity, ['r1'], gap.step.id, [ctx.ref(gap.question.id, { itemId: group.id, value: valueText(value) })], { group: group.title }, [group.id]));
      }
    }
  }
  return { findings, reasons: [] };
}

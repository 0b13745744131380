/**
 * Recommendation 3, "Ge alla barn och unga en bra start i livet": when a
 * proposal affects children or young people (the screening says so, or an
 * affected group is defined by that factor), their best interests should be
 * assessed and their own views sought. Checks both, where the questionnaire
 * asks them on the branch taken, and notes when the screening says no
 * children are affected.
 */
import { valueText, type Ctx } from '../context';
import type { Finding } from '../result';
import { finding, firstHas, type RuleOutcome } from './shared';

export function ruleR3(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const reasons: RuleOutcome['reasons'] = [];
  const screening = ctx.first('children-affected');
  const groupsWithChildren = ctx.items('affected-groups').filter((g) => {
    const factors = ctx.fieldQuestion(g, 'group-factors');
    return factors !== undefined && ctx.optionTags(factors, g.values[factors.question.id]).includes('children');
  });
  const affected = firstHas(ctx, 'children-affected') || groupsWithChildren.length > 0;
  if (!affected) {
    if (screening && firstHas(ctx, 'children-affected', 'no')) {
      reasons.push({ code: 'children-not-affected', refs: [ctx.ref(screening.located.question.id, { value: valueText(screening.value) })] });
    }
    return { findings, reasons };
  }
  const best = ctx.first('child-best-interests');
  const views = ctx.first('children-views');
  const missingBest = best !== undefined && !firstHas(ctx, 'child-best-interests');
  const missingViews = views !== undefined && !firstHas(ctx, 'children-views');
  const refs = [
    ...(screening ? [ctx.ref(screening.located.question.id, { value: valueText(screening.value) })] : []),
    ...groupsWithChildren.map((g) => ctx.ref(g.groupId, { itemId: g.id })),
  ];
  if (missingBest && missingViews) {
    findings.push(finding('children-rights-missing', 'high', 'r3', best.located.step.id, [
      ...refs,
      ctx.ref(best.located.question.id, { value: valueText(best.value) }),
      ctx.ref(views.located.question.id, { value: valueText(views.value) }),
    ]));
  } else if (missingBest) {
    findings.push(finding('best-interests-missing', 'medium', 'r3', best.located.step.id, [...refs, ctx.ref(best.located.question.id, { value: valueText(best.value) })]));
  } else if (missingViews) {
    findings.push(finding('children-views-missing', 'medium', 'r3', views.located.step.id, [...refs, ctx.ref(views.located.question.id, { value: valueText(views.value) })]));
  }
  return { findings, reasons };
}

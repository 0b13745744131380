/**
 * Recommendation 4, "Ge alla förutsättningar till egen försörjning": people
 * on income support, with low incomes or far from the labour market are the
 * first to lose from new thresholds. Checks that every affected group
 * defined by such a factor has a measure addressing it.
 */
import type { Ctx } from '../context';
import type { Finding } from '../result';
import { finding, measuresFor, measuresStep, type RuleOutcome } from './shared';

const FACTORS = ['income-support', 'far-from-labour-market'];

export function ruleR4(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  // Without a measures step on the branch taken there is nothing to fix yet.
  if (ctx.tagged('measures').length === 0) return { findings, reasons: [] };
  for (const group of ctx.items('affected-groups')) {
    const factors = ctx.fieldQuestion(group, 'group-factors');
    if (!factors || !ctx.optionTags(factors, group.values[factors.question.id]).some((t) => FACTORS.includes(t))) continue;
    if (measuresFor(ctx, group.id).length) continue;
    findings.push(
      finding('labour-market-unaddressed', 'high', 'r4', measuresStep(ctx), [ctx.ref(group.groupId, { itemId: group.id })], { group: group.title }, [group.id]),
    );
  }
  return { findings, reasons: [] };
}

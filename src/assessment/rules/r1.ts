/**
 * Recommendation 1, "Integrera jämlikhet i hälsa i all politik och i
 * ordinarie styrning och ledning": the measures a decision relies on need
 * someone responsible and a date. (What happens to each group is read in
 * ./groups.ts, lawfulness in ./lawfulness.ts and the overall judgement in
 * ./judgement.ts; each of those findings names recommendation 1 too.)
 */
import { valueText, type Ctx } from '../context';
import type { Finding } from '../result';
import { finding, measuresStep, type RuleOutcome } from './shared';

export function ruleR1(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const step = measuresStep(ctx);
  for (const measure of ctx.items('measures')) {
    const owner = ctx.fieldQuestion(measure, 'measure-owner');
    const date = ctx.fieldQuestion(measure, 'measure-date');
    const ref = (questionId: string) => ctx.ref(measure.groupId, { itemId: measure.id, value: questionId });
    if (owner && !valueText(measure.values[owner.question.id]).trim()) {
      findings.push(finding('measure-no-owner', 'low', ['r1'], step, [ref(owner.question.id)], { measure: measure.title }, [measure.id]));
    }
    if (date && !valueText(measure.values[date.question.id]).trim()) {
      findings.push(finding('measure-no-date', 'low', ['r1'], step, [ref(date.question.id)], { measure: measure.title }, [measure.id]));
    }
  }
  return { findings, reasons: [] };
}

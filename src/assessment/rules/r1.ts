/**
 * Recommendation 1, "Integrera jämlikhet i hälsa i all politik och i
 * ordinarie styrning och ledning": a decision that integrates equity deals
 * with the consequences it finds. Checks that every group with a negative,
 * mixed or unknown consequence has a measure addressing it, that any
 * negative difference is judged lawful, justified and proportionate, and
 * that every measure has someone responsible and a date.
 */
import { valueText, type Ctx } from '../context';
import type { Finding } from '../result';
import { finding, measuresFor, measuresStep, perGroup, type RuleOutcome } from './shared';

export function ruleR1(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const step = measuresStep(ctx);
  for (const { located, group, value, tags } of perGroup(ctx, 'consequence-rating')) {
    if (measuresFor(ctx, group.id).length) continue;
    const refs = [ctx.ref(located.question.id, { itemId: group.id, value: valueText(value) })];
    if (tags.includes('negative') || tags.includes('mixed')) {
      findings.push(finding('negative-unaddressed', 'high', 'r1', step, refs, { group: group.title }, [group.id]));
    } else if (tags.includes('unknown')) {
      findings.push(finding('unknown-unaddressed', 'medium', 'r1', step, refs, { group: group.title }, [group.id]));
    }
  }
  for (const { located, group, value, tags } of perGroup(ctx, 'lawful-justified')) {
    if (!tags.includes('no')) continue;
    const refs = [ctx.ref(located.question.id, { itemId: group.id, value: valueText(value) })];
    findings.push(finding('unjustified-difference', 'high', 'r1', located.step.id, refs, { group: group.title }, [group.id]));
  }
  for (const measure of ctx.items('measures')) {
    const owner = ctx.fieldQuestion(measure, 'measure-owner');
    const date = ctx.fieldQuestion(measure, 'measure-date');
    const ref = (questionId: string) => ctx.ref(measure.groupId, { itemId: measure.id, value: questionId });
    if (owner && !valueText(measure.values[owner.question.id]).trim()) {
      findings.push(finding('measure-no-owner', 'low', 'r1', step, [ref(owner.question.id)], { measure: measure.title }, [measure.id]));
    }
    if (date && !valueText(measure.values[date.question.id]).trim()) {
      findings.push(finding('measure-no-date', 'low', 'r1', step, [ref(date.question.id)], { measure: measure.title }, [measure.id]));
    }
  }
  return { findings, reasons: [] };
}

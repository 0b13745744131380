/**
 * Gender equality as its own lens: for each affected group, is what is
 * known broken down by sex? Groups whose data is not broken down, or where
 * it is not known, are one knowledge gap (a single finding listing them),
 * minor in itself but named so the follow-up can close it.
 * Recommendation 2: measure and analyse.
 */
import { perItem, valueText, type Ctx } from '../context';
import type { Finding } from '../result';
import { finding, type RuleOutcome } from './shared';

export function ruleGender(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const question = ctx.tagged('gender-data').find((l) => l.step.kind === 'per-item');
  if (!question) return { findings, reasons: [] };
  const open = ctx.items('affected-groups').flatMap((group) => {
    const value = perItem(ctx.answers, question.question.id, group.id);
    const tags = ctx.optionTags(question, value);
    return tags.includes('no') || tags.includes('dont-know') ? [{ group, ref: ctx.ref(question.question.id, { itemId: group.id, value: valueText(value) }) }] : [];
  });
  if (open.length) {
    findings.push(finding('gender-breakdown-unknown', 'low', ['r2'], question.step.id, open.map((o) => o.ref), { groups: open.map((o) => o.group.title) }));
  }
  return { findings, reasons: [] };
}

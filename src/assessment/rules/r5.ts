/**
 * Recommendation 5, "Skapa hälsofrämjande och hållbara miljöer och
 * samhällen": physical and digital access are part of an equal environment.
 * Checks that a group whose access gets worse on any access dimension
 * (physical, digital, language, cost, time) has a compensating measure
 * addressing it.
 */
import { valueText, type Ctx } from '../context';
import type { Finding } from '../result';
import { finding, measuresFor, measuresStep, perGroup, type RuleOutcome } from './shared';

export function ruleR5(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const worse = perGroup(ctx, 'access-dimension').filter((x) => x.option?.score !== undefined && x.option.score < 0);
  const groups = [...new Set(worse.map((x) => x.group.id))];
  for (const groupId of groups) {
    const compensated = measuresFor(ctx, groupId).some((m) => {
      const q = ctx.fieldQuestion(m, 'measure-compensates');
      return q !== undefined && ctx.optionTags(q, m.values[q.question.id]).includes('yes');
    });
    if (compensated) continue;
    const rows = worse.filter((x) => x.group.id === groupId);
    const refs = rows.map((x) => ctx.ref(x.located.question.id, { itemId: groupId, value: valueText(x.value) }));
    findings.push(finding('access-uncompensated', 'high', 'r5', measuresStep(ctx), refs, { group: rows[0]!.group.title }, [groupId]));
  }
  return { findings, reasons: [] };
}

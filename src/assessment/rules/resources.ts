/**
 * Resources against need (the second R of the 3R method): an audit that
 * finds less staff time, money or service where the need is greater has
 * found an inverse relation between resources and need, a root cause of
 * unequal outcomes in itself. Serious while no improvement is recorded at
 * all, important once improvements are planned. Recommendations 1 and 5
 * (care and services given by need).
 */
import type { Ctx } from '../context';
import { single } from '../facts';
import type { Finding } from '../result';
import { finding, type RuleOutcome } from './shared';

export function ruleResources(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const answer = single(ctx, 'resources-need');
  if (!answer?.tags.includes('inverse')) return { findings, reasons: [] };
  const measures = ctx.items('measures');
  const refs = [answer.ref, ...measures.map((m) => ctx.ref(m.groupId, { itemId: m.id }))];
  findings.push(finding('resources-against-need', measures.length ? 'medium' : 'high', ['r1', 'r5'], answer.ref.stepId, refs));
  return { findings, reasons: [] };
}

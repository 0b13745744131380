/**
 * Representation in numbers: a group whose share among the service's users
 * falls below the framework's threshold share of its need (or population)
 * is under-represented (src/assessment/representation.ts computes the
 * rows). The framework's threshold is 0.8, the "four-fifths" rule of thumb
 * for adverse impact (US Uniform Guidelines on Employee Selection
 * Procedures, 29 CFR 1607.4(D)): a ratio below it is treated as a sign of
 * a problem to look into, not as proof. Serious while no improvement addresses the group, important once
 * one does. Recommendations 1 and 5: the service does not reach everyone
 * it is for.
 */
import type { Ctx } from '../context';
import { measuresFor } from '../facts';
import { representationRows } from '../representation';
import type { Finding } from '../result';
import { finding, type RuleOutcome } from './shared';

export function ruleRepresentation(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  for (const row of representationRows(ctx)) {
    if (!row.under || row.ratio === null || row.usersShare === null || row.needShare === null) continue;
    const measures = measuresFor(ctx, row.groupId);
    const refs = [...row.refs, ...measures.map((m) => ctx.ref(m.groupId, { itemId: m.id }))];
    const params = { group: row.title, ratio: row.ratio, usersShare: row.usersShare, needShare: row.needShare, threshold: ctx.framework.thresholds.underRepresented ?? 0 };
    findings.push(finding('under-represented', measures.length ? 'medium' : 'high', ['r1', 'r5'], row.refs[0]!.stepId, refs, params, [row.groupId]));
  }
  return { findings, reasons: [] };
}

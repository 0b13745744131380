/**
 * An audit's barriers, each weighed by its own severity: a barrier rated
 * "serious" or "excludes" that concerns groups no improvement addresses is
 * one finding (one root cause, however many groups it concerns). It is
 * serious (high) when the barrier shuts people out, important (medium) when
 * it makes the service seriously harder to use. Recommendation 1 always;
 * 5 when the barrier is about access (including the contact channel), and
 * 3 or 4 when a group concerned is children or defined by income or work,
 * as for any group that gets worse (./groups.ts). Minor barriers raise no
 * finding; the criteria's checks still see every barrier.
 */
import type { Ctx } from '../context';
import { barrierList, groupFacts } from '../facts';
import type { Finding } from '../result';
import { suggestionsFor, touched } from './groups';
import { finding, measuresStep, type RuleOutcome } from './shared';

/** Severity scores of the barrier scale: 3 = serious, 4 = excludes. */
const SERIOUS = 3;
const EXCLUDES = 4;

export function ruleBarriers(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  // Without an improvements list on the branch taken there is nothing to fix with yet.
  if (!ctx.tagged('measures').length) return { findings, reasons: [] };
  const facts = new Map(groupFacts(ctx).map((f) => [f.group.id, f]));
  const step = measuresStep(ctx);
  for (const barrier of barrierList(ctx)) {
    if (barrier.score === null || barrier.score < SERIOUS) continue;
    const open = barrier.groups.flatMap((id) => {
      const f = facts.get(id);
      return f && !f.measures.length ? [f] : [];
    });
    if (!open.length) continue;
    const dimensions = barrier.dimension ? [barrier.dimension] : [];
    findings.push(
      finding(
        'barrier-excludes-unaddressed',
        barrier.score >= EXCLUDES ? 'high' : 'medium',
        open.flatMap((f) => touched(f, dimensions)),
        step,
        [barrier.ref, ...open.map((f) => ctx.ref(f.group.groupId, { itemId: f.group.id }))],
        { barrier: barrier.item.title, groups: open.map((f) => f.group.title), dimensions },
        [barrier.item.id],
        suggestionsFor(ctx, dimensions, ['avoid', 'reduce', 'compensate']),
      ),
    );
  }
  return { findings, reasons: [] };
}

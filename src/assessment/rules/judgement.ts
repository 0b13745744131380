/**
 * The overall judgement is itself checked: going ahead (as proposed, or
 * with adjustments; or, for a service, judging it to have no major gaps)
 * while a group is left worse off with nothing that makes up for it, a
 * lawfulness test fails, or children's rights are not met, contradicts
 * the assessment's own answers; so does judging a service equitable while
 * a group is under-represented, a barrier excludes people or resources go
 * against need, with nothing done about it.
 */
import { valueText, type Ctx } from '../context';
import type { Finding } from '../result';
import { finding } from './shared';

/** Findings that stand against going ahead. */
const BLOCKING = [
  'group-worse-unaddressed',
  'group-negative-unaddressed',
  'group-worse-uncompensated',
  'lawfulness-failed',
  'children-rights-missing',
  'best-interests-missing',
  // What an audit finds: a group the service does not reach, a barrier that shuts people out, resources against need.
  'under-represented',
  'barrier-excludes-unaddressed',
  'resources-against-need',
];

/** The serious findings that stand against going ahead (the results page names them beside the judgement too). */
export const standingAgainst = (findings: Finding[]) => findings.filter((f) => f.severity === 'high' && BLOCKING.includes(f.code));

export function ruleJudgement(ctx: Ctx, findings: Finding[]): Finding[] {
  const judgement = ctx.first('overall-judgement');
  if (!judgement || !ctx.optionTags(judgement.located, judgement.value).includes('proceeds')) return [];
  const standing = standingAgainst(findings);
  if (!standing.length) return [];
  const ref = ctx.ref(judgement.located.question.id, { value: valueText(judgement.value) });
  return [finding('judgement-contradicts-findings', 'high', ['r1'], judgement.located.step.id, [ref, ...standing.flatMap((f) => f.refs)], { count: standing.length })];
}

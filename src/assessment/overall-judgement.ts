/**
 * The user's overall judgement, read by its tag, and the open serious
 * findings that stand against it when it goes ahead: the same findings the
 * judgement rule counts, so the results page's "the tool sees it differently"
 * and the finding never disagree.
 */
import { answered, valueText, type Ctx } from './context';
import type { Finding, OverallJudgement } from './result';
import { standingAgainst } from './rules/judgement';

export function overallJudgement(ctx: Ctx, findings: Finding[]): OverallJudgement | null {
  const located = ctx.tagged('overall-judgement').find((l) => !l.group && l.step.kind === 'questions');
  if (!located) return null;
  const value = ctx.answers[located.question.id];
  const proceeds = ctx.optionTags(located, value).includes('proceeds');
  return {
    ref: ctx.ref(located.question.id, answered(value) ? { value: valueText(value) } : {}),
    proceeds,
    against: proceeds ? standingAgainst(findings).map((f) => f.id) : [],
  };
}

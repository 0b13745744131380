/**
 * Lawfulness as three separate tests per affected group, as the law frames
 * a difference in treatment or effect: is it compatible with the law (no
 * direct or indirect discrimination, no inadequate accessibility); does it
 * have a legitimate aim; are the means appropriate and necessary. A test
 * answered "no" is a serious finding; "partly" or "don't know" is a finding
 * too, because a difference that cannot be shown to pass stands open.
 * Recommendation 1: equity is part of the ordinary decision.
 */
import { perItem, valueText, type Ctx } from '../context';
import type { AnswerRef, Finding } from '../result';
import { finding, type RuleOutcome } from './shared';

/** The three tests, by tag, in the order the law reads them. */
export const LAWFULNESS_TESTS = ['lawful-justified', 'legitimate-aim', 'appropriate-necessary'] as const;

export function ruleLawfulness(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const tests = LAWFULNESS_TESTS.flatMap((tag) => ctx.tagged(tag).filter((l) => l.step.kind === 'per-item').map((l) => ({ tag, l })));
  if (!tests.length) return { findings, reasons: [] };
  for (const group of ctx.items('affected-groups')) {
    const failed: Array<{ tag: string; ref: AnswerRef }> = [];
    const open: Array<{ tag: string; ref: AnswerRef }> = [];
    for (const { tag, l } of tests) {
      const value = perItem(ctx.answers, l.question.id, group.id);
      const tags = ctx.optionTags(l, value);
      const ref = ctx.ref(l.question.id, { itemId: group.id, value: valueText(value) });
      if (tags.includes('no')) failed.push({ tag, ref });
      else if (tags.includes('partly') || tags.includes('dont-know') || value === 'partly') open.push({ tag, ref });
    }
    const stepId = tests[0]!.l.step.id;
    if (failed.length) {
      findings.push(finding('lawfulness-failed', 'high', ['r1'], stepId, failed.map((f) => f.ref), { group: group.title, tests: failed.map((f) => f.tag) }, [group.id]));
    }
    if (open.length) {
      findings.push(finding('lawfulness-uncertain', 'medium', ['r1'], stepId, open.map((f) => f.ref), { group: group.title, tests: open.map((f) => f.tag) }, [group.id]));
    }
  }
  return { findings, reasons: [] };
}

/**
 * Recommendation 3, "Ge alla barn och unga en bra start i livet": when a
 * proposal affects children or young people (the screening says so, or an
 * affected group is defined by that factor), at any depth of analysis, the
 * child's best interests should be assessed, children heard, and their
 * interests weighed against others (lag (2018:1197), articles 3 and 12 of
 * the Convention on the Rights of the Child). Checks each, where the
 * questionnaire asks it on the branch taken.
 */
import { allQuestions } from '../../questionnaire/walk';
import { type Ctx } from '../context';
import { childrenAffected, single } from '../facts';
import type { Finding } from '../result';
import { finding, type RuleOutcome } from './shared';

export function ruleR3(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const reasons: RuleOutcome['reasons'] = [];
  const children = childrenAffected(ctx);
  if (!children.affected) {
    if (children.screeningNo) reasons.push({ recommendation: 'r3', code: 'children-not-affected', refs: [children.screeningNo] });
    return { findings, reasons };
  }
  const best = single(ctx, 'child-best-interests');
  const views = single(ctx, 'children-views');
  const weighing = single(ctx, 'children-weighing');
  // A group is defined as children, but the screening said no children are
  // affected, which hid the children's questions: nothing about their rights
  // has been asked. The fix is the screening answer. (A "no further
  // analysis" that hides them is the screening contradiction of rule 2.)
  const asked = allQuestions(ctx.file).some((l) => l.question.tags?.includes('child-best-interests') || l.question.tags?.includes('children-views'));
  if (asked && best === undefined && views === undefined && children.screeningNo) {
    findings.push(finding('children-rights-missing', 'high', ['r3'], children.screeningNo.stepId, [...children.refs, children.screeningNo]));
    return { findings, reasons };
  }
  const missingBest = best !== undefined && !best.tags.includes('yes');
  const missingViews = views !== undefined && !views.tags.includes('yes');
  if (missingBest && missingViews) {
    findings.push(finding('children-rights-missing', 'high', ['r3'], best.ref.stepId, [...children.refs, best.ref, views.ref]));
  } else if (missingBest) {
    findings.push(finding('best-interests-missing', 'high', ['r3'], best.ref.stepId, [...children.refs, best.ref]));
  } else if (missingViews) {
    findings.push(finding('children-views-missing', 'medium', ['r3'], views.ref.stepId, [...children.refs, views.ref]));
  }
  if (weighing !== undefined && !weighing.text) {
    findings.push(finding('children-weighing-missing', 'medium', ['r3'], weighing.ref.stepId, [...children.refs, weighing.ref]));
  }
  return { findings, reasons };
}

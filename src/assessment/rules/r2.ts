/**
 * Recommendation 2, "Mät och analysera problemet och bedöm effekterna av
 * olika åtgärder": knowledge behind the decision and a way to see its
 * effects. Checks that every affected group is covered by statistics or
 * dialogue (when the evidence step applies), that every indicator is broken
 * down by group and has a baseline, and that a screening of "no further
 * analysis" does not contradict its own answers (groups affected
 * differently, or children affected, or either not known).
 */
import { valueText, type Ctx } from '../context';
import type { Finding } from '../result';
import { finding, firstHas, type RuleOutcome } from './shared';

export function ruleR2(ctx: Ctx): RuleOutcome {
  const findings: Finding[] = [];
  const covers = [...ctx.tagged('evidence-covers'), ...ctx.tagged('dialogue-covers')];
  if (covers.length) {
    const covered = new Set(
      covers.flatMap((l) =>
        ctx.itemsOf(l.group?.id ?? '').flatMap((item) => {
          const v = item.values[l.question.id];
          return Array.isArray(v) ? v : [];
        }),
      ),
    );
    const step = covers[0]!.step.id;
    for (const group of ctx.items('affected-groups')) {
      // A group's own figures count as statistics about it: a source named for it in the group list,
      // or its shares among users and among those in need (representation in numbers).
      const own = ['group-evidence', 'share-users', 'share-need'].some((tag) => {
        const q = ctx.fieldQuestion(group, tag);
        return q !== undefined && valueText(group.values[q.question.id]).trim() !== '';
      });
      if (own) continue;
      if (!covered.has(group.id)) {
        findings.push(finding('group-without-evidence', 'medium', ['r2'], step, [ctx.ref(group.groupId, { itemId: group.id })], { group: group.title }, [group.id]));
      }
    }
  }
  const breakdown = ctx.tagged('indicator-breakdown')[0];
  const baseline = ctx.tagged('indicator-baseline')[0];
  const indicatorGroup = breakdown?.group ?? baseline?.group;
  if (indicatorGroup) {
    for (const item of ctx.itemsOf(indicatorGroup.id)) {
      const ref = (questionId: string) => ctx.ref(indicatorGroup.id, { itemId: item.id, value: questionId });
      if (breakdown) {
        const value = item.values[breakdown.question.id];
        const none = ctx.optionTags(breakdown, value).includes('none');
        if (!Array.isArray(value) || value.length === 0 || none) {
          findings.push(finding('indicator-no-breakdown', 'medium', ['r2'], breakdown.step.id, [ref(breakdown.question.id)], { indicator: item.title }, [item.id]));
        }
      }
      if (baseline && !valueText(item.values[baseline.question.id]).trim()) {
        findings.push(finding('indicator-no-baseline', 'medium', ['r2'], baseline.step.id, [ref(baseline.question.id)], { indicator: item.title }, [item.id]));
      }
    }
  }
  const outcome = ctx.first('screening-outcome');
  if (outcome && ctx.optionTags(outcome.located, outcome.value).includes('no-analysis')) {
    // "Don't know" is no reason to skip the analysis either: it is what the analysis is for.
    const open = (tag: string) => firstHas(ctx, tag) || firstHas(ctx, tag, 'dont-know');
    const refs = [ctx.ref(outcome.located.question.id, { value: valueText(outcome.value) })];
    for (const tag of ['affects-differently', 'children-affected']) {
      const q = ctx.first(tag);
      if (q && open(tag)) refs.push(ctx.ref(q.located.question.id, { value: valueText(q.value) }));
    }
    if (refs.length > 1) findings.push(finding('screening-contradiction', 'high', ['r2'], outcome.located.step.id, refs));
  }
  return { findings, reasons: [] };
}

/**
 * Knowledge gaps: every "don't know" on the branch taken, each with the item
 * it was given for (an affected group, a measure, an indicator …), and the
 * gaps grouped the way a reader acts on them: one group per item, then one
 * per step for the questions asked once. Not knowing is a legitimate answer,
 * but a decision-maker must see it, and "find out about this group" is one
 * task however many of its answers are unknown.
 */
import type { Scalar } from '../questionnaire/answers';
import { groupItems } from '../questionnaire/answers';
import { allQuestions } from '../questionnaire/walk';
import { perItem, valueText, type Ctx } from './context';
import type { GapItem, KnowledgeGap } from './result';

/** Every "don't know" answer on the branch taken, in questionnaire order. */
export function knowledgeGaps(ctx: Ctx, checkApplies: boolean): KnowledgeGap[] {
  const gaps: KnowledgeGap[] = [];
  // The affected groups, for the questions a per-item step asks of each of them.
  const affected = ctx.items('affected-groups');
  for (const l of allQuestions(ctx.file)) {
    if (!ctx.visible.question(l.question.id) || !('options' in l.question)) continue;
    const id = l.question.id;
    const isDontKnow = (v: Scalar | undefined) => ctx.optionTags(l, v).includes('dont-know');
    if (l.group) {
      const groupId = l.group.id;
      const label = l.group.itemLabel;
      groupItems(ctx.answers[groupId]).forEach((item, index) => {
        const v = item.values[id];
        if (!isDontKnow(v)) return;
        const title = valueText(item.values[label]).trim();
        gaps.push({ ref: ctx.ref(id, { itemId: item.id, value: valueText(v) }), item: { groupId, index, title } });
      });
    } else if (l.step.kind === 'per-item') {
      affected.forEach((item, index) => {
        const v = perItem(ctx.answers, id, item.id);
        if (!isDontKnow(v)) return;
        const title = valueText(item.values[labelOf(ctx, item.groupId)]).trim();
        gaps.push({ ref: ctx.ref(id, { itemId: item.id, value: valueText(v) }), item: { groupId: item.groupId, index, title } });
      });
    } else if (isDontKnow(ctx.answers[id] as Scalar | undefined)) {
      gaps.push({ ref: ctx.ref(id, { value: valueText(ctx.answers[id]) }) });
    }
  }
  const check = ctx.file.steps.find((s) => s.kind === 'recommendation-check');
  if (checkApplies && check?.kind === 'recommendation-check') {
    const scale = ctx.file.optionSets[check.scale] ?? [];
    for (const c of ctx.framework.recommendations.flatMap((r) => r.criteria)) {
      const v = ctx.answers[c.id];
      if (scale.find((o) => o.id === v)?.tags?.includes('dont-know')) {
        gaps.push({ ref: { stepId: check.id, questionId: c.id, value: valueText(v) } });
      }
    }
  }
  return gaps;
}

/** The field that names the items of a group question. */
function labelOf(ctx: Ctx, groupId: string): string {
  const group = allQuestions(ctx.file).find((l) => l.question.id === groupId)?.question;
  return group?.type === 'group' ? group.itemLabel : '';
}

/** Gaps that are one task: about one item, or (for questions asked once) in one step. */
export interface GapGroup {
  /** `item:<group id>:<item id>` or `step:<step id>`: stable, for keys. */
  key: string;
  /** The item, when the gaps are about one. */
  item?: GapItem;
  /** The step of the group's first gap: where finding out starts. */
  stepId: string;
  gaps: KnowledgeGap[];
}

/**
 * The gaps grouped by item, then by step, each group in the order its first
 * gap comes in (the questionnaire's order), its gaps in theirs.
 */
export function groupGaps(gaps: KnowledgeGap[]): GapGroup[] {
  const groups = new Map<string, GapGroup>();
  for (const gap of gaps) {
    const key = gap.item && gap.ref.itemId ? `item:${gap.item.groupId}:${gap.ref.itemId}` : `step:${gap.ref.stepId}`;
    const group = groups.get(key);
    if (group) group.gaps.push(gap);
    else groups.set(key, { key, ...(gap.item ? { item: gap.item } : {}), stepId: gap.ref.stepId, gaps: [gap] });
  }
  return [...groups.values()];
}

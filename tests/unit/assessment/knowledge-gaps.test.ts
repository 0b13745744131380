// Knowledge gaps carry the item they were given for (so a card about a
// measure can say which measure), and group into one task per item, then one
// per step for the questions asked once; the overall judgement is read by its
// tag, with the serious findings that stand against going ahead.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/assessment/evaluate';
import { groupGaps } from '../../../src/assessment/knowledge-gaps';
import type { KnowledgeGap } from '../../../src/assessment/result';
import type { Answers } from '../../../src/questionnaire/answers';
import { cleanAnswers, file, framework, setItemField, setPerItem } from '../../fixtures/clean-answers';

const run = (answers: Answers) => evaluate(file, framework, { answers });

describe('knowledge gaps', () => {
  it('name the measure a gap is about, by its place in the list and its name', () => {
    const answers = setItemField(cleanAnswers(), 'measures.items', 'm-1', 'measures.item.compensates', 'dont-know');
    const gap = run(answers).knowledgeGaps.find((g) => g.ref.itemId === 'm-1');
    expect(gap).toEqual({
      ref: { stepId: 'measures', questionId: 'measures.item.compensates', itemId: 'm-1', value: 'dont-know' },
      item: { groupId: 'measures.items', index: 0, title: 'Förstärkt bemanning' },
    });
  });

  it('group one card per affected group, then one per step for questions asked once', () => {
    let answers = cleanAnswers();
    answers = setPerItem(answers, 'consequences.access-cost', 'g-3', 'dont-know');
    answers = setPerItem(answers, 'consequences.access-digital', 'g-1', 'dont-know');
    answers = setPerItem(answers, 'consequences.access-time', 'g-3', 'dont-know');
    answers = setPerItem(answers, 'consequences.gaps', 'g-3', 'dont-know');
    answers = { ...answers, 'r2.disaggregated-data': 'dont-know', 'r3.best-interests': 'dont-know' };
    const groups = groupGaps(run(answers).knowledgeGaps);
    expect(groups.map((g) => [g.key, g.item?.title, g.stepId, g.gaps.map((x) => x.ref.questionId)])).toEqual([
      ['item:groups.items:g-1', 'Äldre utan dator', 'consequences', ['consequences.access-digital']],
      ['item:groups.items:g-3', 'Unga vuxna', 'consequences', ['consequences.access-time', 'consequences.access-cost', 'consequences.gaps'].sort(byQuestionOrder)],
      ['step:check', undefined, 'check', ['r2.disaggregated-data', 'r3.best-interests']],
    ]);
  });

  it('keep an item’s gaps from two steps on one card, which starts at the first step', () => {
    const gaps: KnowledgeGap[] = [
      { ref: { stepId: 'groups', questionId: 'groups.item.missed', itemId: 'g-1' }, item: { groupId: 'groups.items', index: 0, title: 'A' } },
      { ref: { stepId: 'screening', questionId: 'screening.reach' } },
      { ref: { stepId: 'consequences', questionId: 'consequences.access-cost', itemId: 'g-1' }, item: { groupId: 'groups.items', index: 0, title: 'A' } },
      { ref: { stepId: 'measures', questionId: 'measures.item.kind', itemId: 'g-1' }, item: { groupId: 'measures.items', index: 0, title: '' } },
      { ref: { stepId: 'screening', questionId: 'screening.magnitude' } },
    ];
    const groups = groupGaps(gaps);
    expect(groups.map((g) => [g.key, g.stepId, g.gaps.length])).toEqual([
      ['item:groups.items:g-1', 'groups', 2],
      ['step:screening', 'screening', 2],
      // The same item id in another list is another item.
      ['item:measures.items:g-1', 'measures', 1],
    ]);
  });
});

describe('overall judgement', () => {
  it('is read by its tag, with no finding against it when nothing serious stands', () => {
    const result = run({ ...cleanAnswers(), 'summary.judgement': 'adjust' });
    expect(result.judgement).toEqual({ ref: { stepId: 'summary', questionId: 'summary.judgement', value: 'adjust' }, proceeds: true, against: [] });
  });

  it('going ahead while a group is worse off with nothing for it: the findings that stand against it', () => {
    let answers: Answers = { ...cleanAnswers(), 'summary.judgement': 'proceed', 'measures.items': [] };
    answers = setPerItem(answers, 'consequences.access-physical', 'g-1', 'much-worse');
    const result = run(answers);
    expect(result.judgement!.against.length).toBeGreaterThan(0);
    expect(result.judgement!.against.every((id) => result.openSerious.includes(id))).toBe(true);
    expect(result.findings.map((f) => f.code)).toContain('judgement-contradicts-findings');
  });

  it('a judgement that does not go ahead has nothing standing against it; an unanswered one has no value', () => {
    let answers: Answers = { ...cleanAnswers(), 'summary.judgement': 'rework', 'measures.items': [] };
    answers = setPerItem(answers, 'consequences.access-physical', 'g-1', 'much-worse');
    expect(run(answers).judgement).toMatchObject({ proceeds: false, against: [] });
    const { 'summary.judgement': _, ...none } = answers;
    expect(run(none).judgement).toEqual({ ref: { stepId: 'summary', questionId: 'summary.judgement' }, proceeds: false, against: [] });
  });
});

/** Questionnaire order of the consequence questions (the gaps come in that order). */
function byQuestionOrder(a: string, b: string): number {
  const order = file.steps.flatMap((s) => ('questions' in s ? s.questions.map((q) => q.id) : []));
  return order.indexOf(a) - order.indexOf(b);
}

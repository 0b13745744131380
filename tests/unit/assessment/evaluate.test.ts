// Table-driven tests of evaluate(): the clean assessment has no finding and
// every recommendation met; each row breaks one thing and expects exactly
// the finding (and status) that rule is about. Edge cases: no groups, all
// "not relevant", all "don't know", a light analysis.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/assessment/evaluate';
import type { Answers } from '../../../src/questionnaire/answers';
import { cleanAnswers, file, framework, setItemField, setPerItem } from '../../fixtures/clean-answers';

const run = (answers: Answers) => evaluate(file, framework, { answers });
const allCriteria = framework.recommendations.flatMap((r) => r.criteria);

describe('evaluate: the clean assessment', () => {
  const result = run(cleanAnswers());
  it('has no findings, no knowledge gaps, and every recommendation met with full share', () => {
    expect(result.findings).toEqual([]);
    expect(result.knowledgeGaps).toEqual([]);
    expect(result.recommendations.map((r) => [r.id, r.status, r.share])).toEqual(['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => [id, 'met', 1]));
    expect(result.depth).toBe('full');
  });
  it('builds the heat-map of groups × consequence dimensions', () => {
    expect(result.heatmap.groups.map((g) => g.title)).toEqual(['Äldre utan dator', 'Barn i årskurs 4–6', 'Unga vuxna']);
    expect(result.heatmap.dimensions).toHaveLength(7);
    expect(result.heatmap.cells).toHaveLength(21);
    expect(result.heatmap.cells.every((c) => c.value === 0)).toBe(true);
  });
  it('is deterministic', () => {
    expect(run(cleanAnswers())).toEqual(result);
  });
});

describe('evaluate: one finding per broken answer', () => {
  it.each<[string, (a: Answers) => Answers, string, 'high' | 'medium' | 'low', string]>([
    ['a negative consequence with no measure', (a) => setItemField(setPerItem(a, 'consequences.rating', 'g-3', 'negative'), 'measures.items', 'm-1', 'measures.item.addresses', ['g-1', 'g-2']), 'negative-unaddressed:g-3', 'high', 'r1'],
    ['a mixed consequence with no measure', (a) => setItemField(setPerItem(a, 'consequences.rating', 'g-3', 'mixed'), 'measures.items', 'm-1', 'measures.item.addresses', ['g-1', 'g-2']), 'negative-unaddressed:g-3', 'high', 'r1'],
    ['an unknown consequence with no measure', (a) => setItemField(setPerItem(a, 'consequences.rating', 'g-3', 'unknown'), 'measures.items', 'm-1', 'measures.item.addresses', []), 'unknown-unaddressed:g-3', 'medium', 'r1'],
    ['a negative difference judged not lawful or proportionate', (a) => setPerItem(a, 'consequences.lawful', 'g-2', 'no'), 'unjustified-difference:g-2', 'high', 'r1'],
    ['a measure without an owner', (a) => setItemField(a, 'measures.items', 'm-1', 'measures.item.owner', ' '), 'measure-no-owner:m-1', 'low', 'r1'],
    ['a measure without a date', (a) => setItemField(a, 'measures.items', 'm-1', 'measures.item.date', ''), 'measure-no-date:m-1', 'low', 'r1'],
    ['a group no statistics or dialogue covers', (a) => setItemField(setItemField(a, 'evidence.statistics', (a['evidence.statistics'] as Array<{ id: string }>)[0]!.id, 'evidence.statistic.covers', ['g-1']), 'evidence.dialogues', (a['evidence.dialogues'] as Array<{ id: string }>)[0]!.id, 'evidence.dialogue.covers', ['g-1', 'g-3']), 'group-without-evidence:g-2', 'medium', 'r2'],
    ['an indicator without breakdown', (a) => setItemField(a, 'follow-up.indicators', (a['follow-up.indicators'] as Array<{ id: string }>)[0]!.id, 'follow-up.indicator.breakdown', ['none']), 'indicator-no-breakdown', 'medium', 'r2'],
    ['an indicator without baseline', (a) => setItemField(a, 'follow-up.indicators', (a['follow-up.indicators'] as Array<{ id: string }>)[0]!.id, 'follow-up.indicator.baseline', ''), 'indicator-no-baseline', 'medium', 'r2'],
    ['children affected, neither best interests nor views', (a) => ({ ...a, 'evidence.best-interests': 'no', 'evidence.children-views': 'dont-know' }), 'children-rights-missing', 'high', 'r3'],
    ['children affected, best interests not assessed', (a) => ({ ...a, 'evidence.best-interests': 'no' }), 'best-interests-missing', 'medium', 'r3'],
    ['children affected, views not sought', (a) => ({ ...a, 'evidence.children-views': 'no' }), 'children-views-missing', 'medium', 'r3'],
    ['a group on income support with no measure', (a) => setItemField(setItemField(a, 'groups.items', 'g-3', 'groups.item.factors', ['income-support']), 'measures.items', 'm-1', 'measures.item.addresses', ['g-1', 'g-2']), 'labour-market-unaddressed:g-3', 'high', 'r4'],
    ['a group far from the labour market with no measure', (a) => setItemField(setItemField(a, 'groups.items', 'g-1', 'groups.item.factors', ['far-from-labour-market']), 'measures.items', 'm-1', 'measures.item.addresses', ['g-2', 'g-3']), 'labour-market-unaddressed:g-1', 'high', 'r4'],
    ['worse digital access with no compensating measure', (a) => setItemField(setPerItem(a, 'consequences.access-digital', 'g-1', 'worse'), 'measures.items', 'm-1', 'measures.item.compensates', 'no'), 'access-uncompensated:g-1', 'high', 'r5'],
  ])('%s', (_what, breakIt, id, severity, recommendation) => {
    const result = run(breakIt(cleanAnswers()));
    const found = result.findings.filter((f) => f.id.startsWith(id));
    expect(found, JSON.stringify(result.findings.map((f) => f.id))).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity, recommendation });
    expect(found[0]!.refs.length).toBeGreaterThan(0);
    const rec = result.recommendations.find((r) => r.id === recommendation)!;
    expect(rec.findings).toContain(found[0]!.id);
    expect(rec.steps).toContain(found[0]!.stepId);
    // The status follows the criteria (all "yes" here); the finding is pointed to by a reason.
    expect(rec.status).toBe('met');
    expect(rec.reasons.some((r) => r.code === 'open-findings')).toBe(severity !== 'low');
  });

  it('screening "no further analysis" although groups are affected differently', () => {
    const result = run(cleanAnswers('no-analysis'));
    expect(result.findings.map((f) => f.code)).toEqual(['screening-contradiction']);
    expect(result.findings[0]!.refs.map((r) => r.questionId)).toEqual(['screening.outcome', 'screening.affects-differently', 'screening.children']);
    expect(result.depth).toBe('no-analysis');
  });

  it('answers of a branch not taken are not evaluated', () => {
    // The same broken consequence, but the screening now says no further analysis.
    const answers = { ...setPerItem(cleanAnswers(), 'consequences.rating', 'g-3', 'negative'), 'screening.outcome': 'no-analysis', 'measures.items': [] };
    expect(run(answers).findings.map((f) => f.code)).toEqual(['screening-contradiction']);
  });
});

describe('evaluate: criteria and statuses', () => {
  const withCriteria = (answer: string, ids = allCriteria.map((c) => c.id)) => {
    const a = cleanAnswers();
    for (const id of ids) a[id] = answer;
    return a;
  };
  it.each([
    ['all "yes"', 'yes', 'met', 1],
    ['all "partly"', 'partly', 'partly', 0.5],
    ['all "no"', 'no', 'not-met', 0],
    ['all "not relevant"', 'not-relevant', 'not-relevant', null],
    ['all "don’t know"', 'dont-know', 'not-answered', null],
  ])('%s gives %s', (_what, answer, expected, share) => {
    const result = run(withCriteria(answer));
    for (const r of result.recommendations) {
      expect([r.id, r.status, r.share]).toEqual([r.id, expected, share]);
    }
  });

  it('all "don’t know" lists every criterion as a knowledge gap with a suggestion', () => {
    const result = run(withCriteria('dont-know'));
    expect(result.knowledgeGaps.map((g) => g.ref.questionId)).toEqual(allCriteria.map((c) => c.id));
    expect(result.recommendations[0]!.suggestions).toEqual(framework.recommendations[0]!.criteria.map((c) => c.id));
  });

  it('weights decide the share: a weight-2 "no" costs twice a weight-1 "no"', () => {
    const heavy = framework.recommendations[0]!.criteria.find((c) => c.weight === 2)!;
    const light = framework.recommendations[0]!.criteria.find((c) => c.weight === 1)!;
    const share = (id: string) => run(withCriteria('no', [id])).recommendations[0]!.share!;
    expect(1 - share(heavy.id)).toBeCloseTo(2 * (1 - share(light.id)));
  });

  it('reasons cite the criteria they rest on', () => {
    const id = allCriteria[3]!.id;
    const reasons = run(withCriteria('no', [id])).recommendations[0]!.reasons;
    expect(reasons).toContainEqual({ code: 'criterion-not-met', params: { criterion: id }, refs: [{ stepId: 'check', questionId: id }] });
  });

  it('a light analysis leaves the recommendations not yet answered', () => {
    const result = run(cleanAnswers('light'));
    expect(result.recommendations.every((r) => r.status === 'not-answered')).toBe(true);
    expect(result.recommendations[0]!.reasons.map((r) => r.code)).toEqual(['check-not-applicable']);
    expect(result.depth).toBe('light');
  });

  it('no affected groups: no group findings, an empty heat-map', () => {
    const answers = { ...cleanAnswers(), 'groups.items': [] };
    const result = run(answers);
    expect(result.heatmap.groups).toEqual([]);
    expect(result.findings.filter((f) => f.id.includes(':g-'))).toEqual([]);
  });

  it('a "don’t know" answer anywhere is a knowledge gap that points to its step', () => {
    const result = run(setPerItem(cleanAnswers(), 'consequences.access-cost', 'g-2', 'dont-know'));
    expect(result.knowledgeGaps).toEqual([{ ref: { stepId: 'consequences', questionId: 'consequences.access-cost', itemId: 'g-2', value: 'dont-know' } }]);
    expect(result.heatmap.cells.find((c) => c.groupId === 'g-2' && c.dimension === 'consequences.access-cost')!.value).toBeNull();
  });

  it('children not affected: a reason on recommendation 3 and no child findings', () => {
    const answers = { ...setItemField(cleanAnswers(), 'groups.items', 'g-2', 'groups.item.factors', ['age']), 'screening.children': 'no', 'evidence.best-interests': 'no' };
    const result = run(answers);
    expect(result.recommendations[2]!.reasons.map((r) => r.code)).toContain('children-not-affected');
    expect(result.findings.filter((f) => f.recommendation === 'r3')).toEqual([]);
  });
});

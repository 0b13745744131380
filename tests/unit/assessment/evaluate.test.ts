// Table-driven tests of evaluate(): the clean assessment has no finding and
// every recommendation met, each criterion backed by what the answers show;
// each row breaks one thing and expects exactly the finding that rule is
// about, the recommendations it names and what it does to their status.
// Edge cases: no groups, all "not relevant", all "don't know", a light
// analysis. (The gaming cases are in check-table.test.ts.)
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/assessment/evaluate';
import type { RecommendationId, Severity, Status } from '../../../src/assessment/result';
import type { Answers } from '../../../src/questionnaire/answers';
import { cleanAnswers, file, framework, setItemField, setPerItem } from '../../fixtures/clean-answers';

const run = (answers: Answers) => evaluate(file, framework, { answers });
const allCriteria = framework.recommendations.flatMap((r) => r.criteria);
/** "Not relevant", with the reason, in the clean assessment: no group is defined by income or work. */
const INCOME = ['r4.low-income-effects', 'r4.far-from-labour-market'];
const firstId = (a: Answers, key: string) => (a[key] as Array<{ id: string }>)[0]!.id;
/** The measure no longer addresses `groups`. */
const unaddress = (a: Answers, ...groups: string[]) =>
  setItemField(a, 'measures.items', 'm-1', 'measures.item.addresses', ['g-1', 'g-2', 'g-3'].filter((g) => !groups.includes(g)));

describe('evaluate: the clean assessment', () => {
  const result = run(cleanAnswers());
  it('has no findings, no knowledge gaps, and every recommendation met with full share', () => {
    expect(result.findings).toEqual([]);
    expect(result.knowledgeGaps).toEqual([]);
    expect(result.openSerious).toEqual([]);
    expect(result.knownGaps).toBeNull();
    expect(result.recommendations.map((r) => [r.id, r.status, r.share, r.capped])).toEqual(['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => [id, 'met', 1, false]));
    expect(result.depth).toBe('full');
  });
  it('leaves out the two income criteria, "not relevant" with a reason, and backs every other criterion by what the answers show', () => {
    expect(result.recommendations[3]!.criteria.filter((c) => INCOME.includes(c.id)).map((c) => [c.answer, c.counted, c.note])).toEqual([
      ['not-relevant', 'excluded', undefined],
      ['not-relevant', 'excluded', undefined],
    ]);
    const others = result.recommendations.flatMap((r) => r.criteria).filter((x) => !INCOME.includes(x.id));
    expect(others.filter((c) => c.counted !== 'met' || c.note !== undefined).map((c) => c.id)).toEqual([]);
    const backed = others.filter((c) => allCriteria.find((x) => x.id === c.id)!.backing?.length);
    expect(backed.length).toBeGreaterThan(8);
    expect(backed.filter((c) => c.evidence !== 'shown' || c.proposal !== 'yes').map((c) => c.id)).toEqual([]);
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

describe('evaluate: one finding per root cause', () => {
  it.each<[string, (a: Answers) => Answers, string, Severity, RecommendationId[], Partial<Record<RecommendationId, Status>>]>([
    ['a negative overall rating with no measure', (a) => unaddress(setPerItem(a, 'consequences.rating', 'g-3', 'negative'), 'g-3'), 'group-negative-unaddressed:g-3', 'high', ['r1'], { r1: 'partly' }],
    ['a mixed overall rating with no measure', (a) => unaddress(setPerItem(a, 'consequences.rating', 'g-3', 'mixed'), 'g-3'), 'group-negative-unaddressed:g-3', 'high', ['r1'], { r1: 'partly' }],
    ['an unknown consequence with no measure', (a) => unaddress(setPerItem(a, 'consequences.rating', 'g-3', 'unknown'), 'g-3'), 'unknown-unaddressed:g-3', 'medium', ['r1'], { r1: 'partly' }],
    [
      'worse physical access and costs for a low-income group with no measure: one finding, three recommendations',
      (a) => unaddress(setItemField(setPerItem(setPerItem(a, 'consequences.access-physical', 'g-3', 'much-worse'), 'consequences.access-cost', 'g-3', 'worse'), 'groups.items', 'g-3', 'groups.item.factors', ['low-income', 'area']), 'g-3'),
      'group-worse-unaddressed:g-3',
      'high',
      ['r1', 'r4', 'r5'],
      { r1: 'partly', r4: 'partly' },
    ],
    ['worse digital access, a measure that does not compensate', (a) => setItemField(setPerItem(a, 'consequences.access-digital', 'g-1', 'worse'), 'measures.items', 'm-1', 'measures.item.compensates', 'no'), 'group-worse-uncompensated:g-1', 'high', ['r1', 'r5'], { r1: 'partly', r5: 'partly' }],
    ['worse costs under an overall "positive", with a compensating measure', (a) => setPerItem(a, 'consequences.access-cost', 'g-1', 'worse'), 'rating-hides-worse:g-1', 'medium', ['r1'], { r1: 'partly' }],
    ['gaps widen for a group a measure addresses', (a) => setPerItem(a, 'consequences.gaps', 'g-3', 'widens'), 'gaps-widen:g-3', 'medium', ['r1'], { r1: 'partly' }],
    ['gaps widen for a group no measure addresses', (a) => unaddress(setPerItem(a, 'consequences.gaps', 'g-3', 'widens'), 'g-3'), 'gaps-widen:g-3', 'high', ['r1'], { r1: 'partly' }],
    ['a difference judged not lawful', (a) => setPerItem(a, 'consequences.lawful', 'g-2', 'no'), 'lawfulness-failed:g-2', 'high', ['r1'], { r1: 'partly' }],
    ['a legitimate aim not known', (a) => setPerItem(a, 'consequences.legitimate-aim', 'g-2', 'dont-know'), 'lawfulness-uncertain:g-2', 'medium', ['r1'], {}],
    ['means only partly appropriate and necessary', (a) => setPerItem(a, 'consequences.appropriate-necessary', 'g-2', 'partly'), 'lawfulness-uncertain:g-2', 'medium', ['r1'], {}],
    ['a measure without an owner', (a) => setItemField(a, 'measures.items', 'm-1', 'measures.item.owner', ' '), 'measure-no-owner:m-1', 'low', ['r1'], { r1: 'met' }],
    ['a measure without a date', (a) => setItemField(a, 'measures.items', 'm-1', 'measures.item.date', ''), 'measure-no-date:m-1', 'low', ['r1'], { r1: 'met' }],
    [
      'a group no statistics or dialogue covers',
      (a) => setItemField(setItemField(a, 'evidence.statistics', firstId(a, 'evidence.statistics'), 'evidence.statistic.covers', ['g-1']), 'evidence.dialogues', firstId(a, 'evidence.dialogues'), 'evidence.dialogue.covers', ['g-1', 'g-3']),
      'group-without-evidence:g-2',
      'medium',
      ['r2'],
      { r2: 'partly' },
    ],
    ['an indicator without breakdown', (a) => setItemField(a, 'follow-up.indicators', firstId(a, 'follow-up.indicators'), 'follow-up.indicator.breakdown', ['none']), 'indicator-no-breakdown', 'medium', ['r2'], {}],
    ['an indicator without baseline', (a) => setItemField(a, 'follow-up.indicators', firstId(a, 'follow-up.indicators'), 'follow-up.indicator.baseline', ''), 'indicator-no-baseline', 'medium', ['r2'], {}],
    ['children affected, neither best interests nor views', (a) => ({ ...a, 'children.best-interests': 'no', 'children.views': 'dont-know' }), 'children-rights-missing', 'high', ['r3'], { r3: 'partly' }],
    ['children affected, best interests not assessed', (a) => ({ ...a, 'children.best-interests': 'no' }), 'best-interests-missing', 'high', ['r3'], {}],
    ['children affected, views not sought', (a) => ({ ...a, 'children.views': 'no' }), 'children-views-missing', 'medium', ['r3'], {}],
  ])('%s', (_what, breakIt, id, severity, recommendations, statuses) => {
    const result = run(breakIt(cleanAnswers()));
    const found = result.findings.filter((f) => f.id.startsWith(id));
    expect(found, JSON.stringify(result.findings.map((f) => f.id))).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity, recommendations });
    expect(found[0]!.refs.length).toBeGreaterThan(0);
    for (const r of recommendations) {
      const rec = result.recommendations.find((x) => x.id === r)!;
      expect(rec.findings).toContain(found[0]!.id);
      expect(rec.steps).toContain(found[0]!.stepId);
      expect(rec.reasons.some((x) => x.code === 'open-findings')).toBe(severity !== 'low');
      // An open serious finding never stands beside "met".
      expect(severity === 'high' && rec.status === 'met').toBe(false);
    }
    for (const [r, status] of Object.entries(statuses)) expect([r, result.recommendations.find((x) => x.id === r)!.status]).toEqual([r, status]);
  });

  it('a positive or unchanged effect never raises a negative finding, whatever the factors', () => {
    const a = unaddress(setItemField(cleanAnswers(), 'groups.items', 'g-3', 'groups.item.factors', ['income-support', 'far-from-labour-market']), 'g-3');
    for (const id of INCOME) a[id] = 'yes';
    expect(run(setPerItem(a, 'consequences.access-cost', 'g-3', 'better')).findings).toEqual([]);
  });

  it('screening "no further analysis" although groups are affected differently', () => {
    const result = run({ ...cleanAnswers('no-analysis'), 'screening.affects-differently': 'yes', 'screening.children': 'yes' });
    expect(result.findings.map((f) => f.code)).toEqual(['screening-contradiction']);
    expect(result.findings[0]!.refs.map((r) => r.questionId)).toEqual(['screening.outcome', 'screening.affects-differently', 'screening.children']);
    expect(result.depth).toBe('no-analysis');
  });

  it('screening "no further analysis" while it is not known whether children are affected', () => {
    const result = run({ ...cleanAnswers('no-analysis'), 'screening.affects-differently': 'no', 'screening.children': 'dont-know' });
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['screening-contradiction', 'high']]);
    expect(result.findings[0]!.refs.map((r) => r.questionId)).toEqual(['screening.outcome', 'screening.children']);
  });

  it('answers of a branch not taken are not evaluated', () => {
    // The same broken consequence, but the screening now says no further analysis.
    const answers = { ...setPerItem(cleanAnswers(), 'consequences.rating', 'g-3', 'negative'), 'screening.outcome': 'no-analysis', 'screening.children': 'no', 'screening.affects-differently': 'no', 'measures.items': [] };
    const result = run(answers);
    expect(result.findings).toEqual([]);
    expect(result.heatmap.groups).toEqual([]);
  });

  it('going ahead while a group is left worse off contradicts the judgement', () => {
    const a = { ...unaddress(setPerItem(cleanAnswers(), 'consequences.rating', 'g-3', 'negative'), 'g-3'), 'summary.judgement': 'adjust' };
    const result = run(a);
    expect(result.findings.map((f) => f.code).sort()).toEqual(['group-negative-unaddressed', 'judgement-contradicts-findings']);
    expect(run({ ...a, 'summary.judgement': 'rework' }).findings.map((f) => f.code)).toEqual(['group-negative-unaddressed']);
  });

  it('completing with serious findings open, with a reason: the known gaps', () => {
    const a = { ...setPerItem(cleanAnswers(), 'consequences.lawful', 'g-2', 'no'), 'summary.judgement': 'rework', 'summary.known-gaps': 'Beslutet brådskar; juristen granskar i januari.' };
    const result = run(a);
    expect(result.openSerious).toEqual(['lawfulness-failed:g-2']);
    expect(result.knownGaps).toEqual({ reason: 'Beslutet brådskar; juristen granskar i januari.', ref: expect.objectContaining({ questionId: 'summary.known-gaps' }), findings: ['lawfulness-failed:g-2'] });
    // Going ahead with it open is itself a finding.
    expect(run({ ...a, 'summary.judgement': 'proceed' }).openSerious.sort()).toEqual(['judgement-contradicts-findings', 'lawfulness-failed:g-2']);
    expect(run({ ...cleanAnswers(), 'summary.known-gaps': 'Inget' }).knownGaps).toBeNull();
  });
});

describe('evaluate: criteria and statuses', () => {
  const withCriteria = (answer: string, ids = allCriteria.filter((c) => !INCOME.includes(c.id)).map((c) => c.id), why?: string) => {
    const a = cleanAnswers();
    for (const id of ids) {
      a[id] = answer;
      if (why !== undefined) a[`${id}.why`] = why;
    }
    return a;
  };
  it.each([
    ['all "yes"', 'yes', 'met', 1],
    ['all "partly"', 'partly', 'partly', 0.5],
    ['all "no"', 'no', 'not-met', 0],
    ['all "don’t know" (a gap counts as not met)', 'dont-know', 'not-met', 0],
  ])('%s gives %s', (_what, answer, expected, share) => {
    const result = run(withCriteria(answer));
    for (const r of result.recommendations) {
      expect([r.id, r.status, r.share]).toEqual([r.id, expected, share]);
    }
  });

  it('all "not relevant", each with a reason, is not relevant; without reasons, not met', () => {
    const withReasons = run(withCriteria('not-relevant', allCriteria.filter((c) => !c.id.startsWith('r3.')).map((c) => c.id), 'Förslaget rör inte det här.'));
    expect(withReasons.recommendations.filter((r) => r.id !== 'r3').map((r) => [r.id, r.status, r.share])).toEqual(['r1', 'r2', 'r4', 'r5'].map((id) => [id, 'not-relevant', null]));
    const without = run(withCriteria('not-relevant', allCriteria.map((c) => c.id), ''));
    expect(without.recommendations.map((r) => r.status)).toEqual(['not-met', 'not-met', 'not-met', 'not-met', 'not-met']);
    expect(without.recommendations[0]!.criteria.every((c) => c.note === 'not-relevant-unjustified')).toBe(true);
  });

  it('"not relevant" with a reason on R3 while children are affected: refused (not met), and a finding with the reason', () => {
    const ids = framework.recommendations[2]!.criteria.map((c) => c.id);
    const result = run(withCriteria('not-relevant', ids, 'Barnen märker inget.'));
    const contradicted = result.findings.filter((f) => f.code === 'not-relevant-contradicted');
    expect(contradicted.map((f) => f.params?.criterion).sort()).toEqual([...ids].sort());
    expect(contradicted.every((f) => f.params?.justification === 'Barnen märker inget.' && f.recommendations.join() === 'r3')).toBe(true);
    expect(result.recommendations[2]!.criteria.every((c) => c.note === 'not-relevant-contradicted' && c.counted === 'not-met')).toBe(true);
    expect(result.recommendations[2]!.status).toBe('not-met');
  });

  it('one "yes" and four "don’t know" is far from 100 %', () => {
    const [first, ...rest] = framework.recommendations[0]!.criteria;
    const a = withCriteria('dont-know', rest.map((c) => c.id));
    a[first!.id] = 'yes';
    const r1 = run(a).recommendations[0]!;
    expect(r1.share).toBeCloseTo(first!.weight / rest.concat(first!).reduce((s, c) => s + c.weight, 0));
    expect(r1.status).toBe('not-met');
  });

  it('all "don’t know" lists every criterion as a knowledge gap with a suggestion', () => {
    const result = run(withCriteria('dont-know'));
    expect(result.knowledgeGaps.map((g) => g.ref.questionId)).toEqual(allCriteria.filter((c) => !INCOME.includes(c.id)).map((c) => c.id));
    expect(result.recommendations[0]!.suggestions).toEqual(framework.recommendations[0]!.criteria.map((c) => c.id));
  });

  it('a "yes" without a reason and nothing to check it against counts as partly', () => {
    const unbacked = allCriteria.find((c) => !c.backing?.length)!;
    const criterion = run(withCriteria('yes', [unbacked.id], '')).recommendations.flatMap((r) => r.criteria).find((c) => c.id === unbacked.id)!;
    expect(criterion).toMatchObject({ answer: 'yes', evidence: 'unchecked', counted: 'partly', note: 'justification-missing' });
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

  it('no affected groups: no group findings, an empty heat-map, and no criterion shown that needs groups', () => {
    const answers = { ...cleanAnswers(), 'groups.items': [] };
    const result = run(answers);
    expect(result.heatmap.groups).toEqual([]);
    expect(result.findings.filter((f) => f.id.includes(':g-'))).toEqual([]);
    const stated = result.recommendations[0]!.criteria.find((c) => c.id === 'r1.consequences-stated')!;
    expect(stated).toMatchObject({ evidence: 'not-shown', counted: 'not-met', note: 'claimed-not-shown', proposal: 'no' });
  });

  it('a "don’t know" answer anywhere is a knowledge gap that points to its step', () => {
    const result = run(setPerItem(cleanAnswers(), 'consequences.access-cost', 'g-2', 'dont-know'));
    expect(result.knowledgeGaps).toEqual([
      { ref: { stepId: 'consequences', questionId: 'consequences.access-cost', itemId: 'g-2', value: 'dont-know' }, item: { groupId: 'groups.items', index: 1, title: 'Barn i årskurs 4–6' } },
    ]);
    expect(result.heatmap.cells.find((c) => c.groupId === 'g-2' && c.dimension === 'consequences.access-cost')!.value).toBeNull();
  });

  it('children not affected: a reason on recommendation 3 and no child findings', () => {
    const answers = { ...setItemField(cleanAnswers(), 'groups.items', 'g-2', 'groups.item.factors', ['age']), 'screening.children': 'no', 'children.best-interests': 'no' };
    const result = run(answers);
    expect(result.recommendations[2]!.reasons.map((r) => r.code)).toContain('children-not-affected');
    expect(result.findings.filter((f) => f.recommendations.includes('r3'))).toEqual([]);
  });
});

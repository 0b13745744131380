// The case of an assessment: what a "case only" copy and a workshop reset keep.
import { describe, expect, it } from 'vitest';
import { caseAnswers, caseOnly, caseQuestionIds } from '../../../src/assessment/case';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import { CASES, caseAssessment } from '../../fixtures/cases';
import { file } from '../../fixtures/clean-answers';

describe('case answers', () => {
  it.each(questionnaires.map((q) => [q.id, q] as const))('%s marks its title and description as the case, never the analysis', (_id, q) => {
    const ids = caseQuestionIds(q);
    expect(ids).toContain('basics.title');
    expect(ids.some((id) => id.startsWith('basics.assessors') || id.startsWith('check.') || id.startsWith('summary.'))).toBe(false);
    expect(ids.length).toBeGreaterThan(4);
  });

  it('keeps the proposal and its alternatives and clears groups, consequences, measures and criteria', () => {
    const source = caseAssessment(CASES[0]!);
    const kept = caseAnswers(file, source.answers);
    expect(kept['basics.title']).toBe(source.answers['basics.title']);
    expect(kept['proposal.what']).toBe(source.answers['proposal.what']);
    expect(kept['proposal.alternatives']).toEqual(source.answers['proposal.alternatives']);
    expect(kept['groups.items']).toBeUndefined();
    expect(kept['measures.items']).toBeUndefined();
    expect(kept['basics.assessors']).toBeUndefined();
    expect(Object.keys(kept).some((k) => /^r\d\./.test(k))).toBe(false);
  });

  it('caseOnly sends the wizard back to the start and drops drafts, keeping identity', () => {
    const source = { ...caseAssessment(CASES[1]!), drafts: { groups: { 'groups.items': [] } } };
    const reset = caseOnly(file, source);
    expect(reset.progress).toEqual({ phase: 'start', stepId: null, page: null, reached: [], done: [], completedAt: null });
    expect(reset.drafts).toEqual({});
    expect(reset.id).toBe(source.id);
    expect(reset.revision).toBe(source.revision);
    expect(Object.keys(reset.answers).length).toBeLessThan(Object.keys(source.answers).length);
  });
});

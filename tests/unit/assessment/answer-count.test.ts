// The review page's one line per step: how many questions have an answer and
// how many do not, counted from the same rows the page and the report show.
import { describe, expect, it } from 'vitest';
import { answerList, countAnswers, type Row } from '../../../src/assessment/answer-list';
import { auditBase, auditFile, framework, proposalBase, proposalFile } from '../../fixtures/crafted';

const answer = (id: string, value: string[]): Row => ({ kind: 'answer', id, type: 'text', label: { key: `questions.${id}.label` }, value: value.map((text) => ({ text })) });

describe('countAnswers', () => {
  it('counts answered and unanswered questions, and leaves headings out', () => {
    const rows: Row[] = [{ kind: 'heading', id: 'r1', label: { key: 'recommendations.r1.title' } }, answer('a', ['x']), answer('b', []), answer('c', ['y', 'z'])];
    expect(countAnswers(rows)).toEqual({ answered: 2, unanswered: 1 });
  });

  it('counts a question once per item it is asked for', () => {
    const item = (id: string, values: string[][]) => ({ id, title: '', rows: values.map((v, i) => answer(`q${i}`, v)) });
    const rows: Row[] = [{ kind: 'group', id: 'g', label: { key: 'steps.s.title' }, items: [item('i1', [['a'], ['b']]), item('i2', [['c'], []])] }];
    expect(countAnswers(rows)).toEqual({ answered: 3, unanswered: 1 });
  });

  it('counts a group without items as one unanswered question', () => {
    expect(countAnswers([{ kind: 'group', id: 'g', label: { key: 'questions.g.label' }, items: [] }])).toEqual({ answered: 0, unanswered: 1 });
  });

  it('does not count a justification as a question of its own', () => {
    expect(countAnswers([answer('r1.x', ['yes']), answer('r1.x.why', ['because'])])).toEqual({ answered: 1, unanswered: 0 });
  });

  it.each([
    ['proposal', proposalFile, proposalBase],
    ['service audit', auditFile, auditBase],
  ] as const)('agrees with the answer list of the %s: the same answers with or without the empty questions', (_, file, base) => {
    const full = answerList(file, framework, base(), { includeEmpty: true });
    const given = answerList(file, framework, base());
    expect(full.length).toBeGreaterThan(3);
    full.forEach((section, i) => {
      const withEmpty = countAnswers(section.rows);
      const without = countAnswers(given[i]!.rows);
      expect(without.answered).toBe(withEmpty.answered);
      // Without the empty questions only a group left empty could count as unanswered, and empty groups are dropped too.
      expect(without.unanswered).toBe(0);
    });
    const total = full.reduce((n, s) => n + countAnswers(s.rows).answered, 0);
    expect(total).toBeGreaterThan(10);
  });
});

// "No dialogue has been held": the question tagged `dialogue-status` lets the
// user say so in both questionnaires. The dialogue list is then not asked, and
// the citizen-dialogue criterion's backing says what the user said (planned or
// not) instead of reporting an empty list.
import { describe, expect, it } from 'vitest';
import { answerList } from '../../../src/assessment/answer-list';
import { evaluate } from '../../../src/assessment/evaluate';
import type { Answers } from '../../../src/questionnaire/answers';
import type { QuestionnaireFile } from '../../../src/questionnaire/schema';
import { visibility } from '../../../src/questionnaire/visibility';
import { allQuestions } from '../../../src/questionnaire/walk';
import { auditBase, auditFile, framework, proposalBase, proposalFile } from '../../fixtures/crafted';

const tagged = (file: QuestionnaireFile, tag: string) => allQuestions(file).find((l) => l.question.tags?.includes(tag))!.question;
const optionWith = (file: QuestionnaireFile, tags: string[]) => {
  const q = tagged(file, 'dialogue-status');
  const options = q.type === 'single' && Array.isArray(q.options) ? q.options : [];
  return options.find((o) => tags.every((t) => o.tags?.includes(t)) && (tags.includes('planned') || !o.tags?.includes('planned')))!.id;
};

const cases: [string, QuestionnaireFile, () => Answers][] = [
  ['proposal', proposalFile, proposalBase],
  ['service audit', auditFile, auditBase],
];

describe.each(cases)('dialogue status in the %s', (_, file, base) => {
  const status = tagged(file, 'dialogue-status').id;
  const list = tagged(file, 'dialogue').id;
  const dialogueCriterion = (answers: Answers) =>
    evaluate(file, framework, { answers })
      .recommendations.flatMap((r) => r.criteria)
      .find((c) => c.id === 'r1.citizen-dialogue')!;

  it('asks the dialogue list until the user says none was held', () => {
    expect(visibility(file, base()).question(list)).toBe(true);
    expect(visibility(file, { ...base(), [status]: optionWith(file, ['yes']) }).question(list)).toBe(true);
    expect(visibility(file, { ...base(), [status]: optionWith(file, ['none']) }).question(list)).toBe(false);
    expect(visibility(file, { ...base(), [status]: optionWith(file, ['none', 'planned']) }).question(list)).toBe(false);
  });

  it('says that no dialogue has been held, and none is planned, in place of an empty list', () => {
    const c = dialogueCriterion({ ...base(), [status]: optionWith(file, ['none']) });
    expect(c.evidenceReasons.map((r) => r.code)).toEqual(['dialogue-not-held']);
    expect(c.evidenceReasons[0]!.refs[0]!.questionId).toBe(status);
    expect(c.proposal).toBe('no');
  });

  it('says that a dialogue is planned when the user says so', () => {
    const c = dialogueCriterion({ ...base(), [status]: optionWith(file, ['none', 'planned']) });
    expect(c.evidenceReasons.map((r) => r.code)).toEqual(['dialogue-planned']);
  });

  it('reads the recorded dialogues when one was held, and an empty list as before', () => {
    expect(dialogueCriterion({ ...base(), [status]: optionWith(file, ['yes']) }).evidenceReasons.map((r) => r.code)).toEqual(['dialogue-recorded']);
    expect(dialogueCriterion({ ...base(), [list]: [] }).evidenceReasons.map((r) => r.code)).toEqual(['dialogue-none']);
  });

  it('prints the answer in place of an unanswered list, in the review and the report', () => {
    const none = optionWith(file, ['none']);
    const rows = answerList(file, framework, { ...base(), [status]: none }, { includeEmpty: true }).flatMap((sec) => sec.rows);
    expect(rows.find((r) => r.id === list)).toBeUndefined();
    const row = rows.find((r) => r.id === status);
    expect(row?.kind === 'answer' && row.value).toEqual([{ key: `options.${status}.${none}` }]);
  });
});

/**
 * The answers set aside from earlier versions of the questionnaire, as rows
 * that the review page and the report's appendix render like any other
 * answers. Their questions may no longer exist, so a row is labelled with
 * the stable question id and shows the value as stored (text, or option
 * ids); items are named by their title where the item still exists.
 */
import type { Answers, AnswerValue } from '../questionnaire/answers';
import { groupItems } from '../questionnaire/answers';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { isAnswered } from '../questionnaire/visibility';
import { allQuestions } from '../questionnaire/walk';
import type { Row } from './answer-list';
import type { EarlierAnswers } from './assessment';

/** The answers set aside from one questionnaire version, or from one version of a question pack. */
export interface EarlierList {
  contentVersion: string;
  /** The question pack they belong to, when they are a pack's: `contentVersion` is then the pack's version. */
  pack?: string;
  rows: Row[];
}

/** The title of the item `id` of any group in the current answers, or the id itself. */
function itemTitle(file: QuestionnaireFile, answers: Answers, id: string): string {
  for (const l of allQuestions(file)) {
    if (l.question.type !== 'group') continue;
    const item = groupItems(answers[l.question.id]).find((i) => i.id === id);
    const title = item?.values[l.question.itemLabel];
    if (item) return typeof title === 'string' && title.trim() ? title : id;
  }
  return id;
}

function answerRow(id: string, questionId: string, value: unknown): Row[] {
  if (typeof value === 'string') return isAnswered(value) ? [{ kind: 'answer', id, type: 'text', label: { text: questionId }, value: [{ text: value }] }] : [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return value.length ? [{ kind: 'answer', id, type: 'multi', label: { text: questionId }, value: value.map((text) => ({ text })) }] : [];
  }
  return [];
}

function rowsOf(file: QuestionnaireFile, current: Answers, questionId: string, value: AnswerValue): Row[] {
  if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) return answerRow(questionId, questionId, value);
  // A repeatable group's items, each with its fields' values.
  const items = Array.isArray(value)
    ? groupItems(value).map((item) => ({
        id: item.id,
        title: itemTitle(file, current, item.id),
        rows: Object.entries(item.values).flatMap(([field, v]) => answerRow(`${questionId}:${item.id}:${field}`, field, v)),
      }))
    : // A per-item question: one value per item of a group.
      Object.entries(value).map(([itemId, v]) => ({
        id: itemId,
        title: itemTitle(file, current, itemId),
        rows: answerRow(`${questionId}:${itemId}`, questionId, v),
      }));
  const shown = items.filter((i) => i.rows.length);
  return shown.length ? [{ kind: 'group', id: questionId, label: { text: questionId }, items: shown }] : [];
}

/** One list per earlier version, oldest first; versions with nothing to show are left out. */
export function earlierList(file: QuestionnaireFile, current: Answers, earlier: EarlierAnswers[]): EarlierList[] {
  return earlier
    .map((e) => ({
      contentVersion: e.contentVersion,
      ...(e.pack === undefined ? {} : { pack: e.pack }),
      rows: Object.entries(e.answers).flatMap(([id, v]) => rowsOf(file, current, id, v)),
    }))
    .filter((e) => e.rows.length);
}

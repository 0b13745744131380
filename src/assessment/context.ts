/**
 * What the rules read, prepared once per evaluation: answers found by
 * semantic tag (never by a questionnaire's question id), limited to the
 * branch taken, plus the affected groups and measures as simple lists.
 */
import type { Answers, AnswerValue, Scalar } from '../questionnaire/answers';
import { groupItems } from '../questionnaire/answers';
import type { Framework, Option, QuestionnaireFile, Step } from '../questionnaire/schema';
import { isAnswered, visibility, type Visibility } from '../questionnaire/visibility';
import { allQuestions, staticOptions, type Located } from '../questionnaire/walk';
import type { AnswerRef } from './result';

export interface Item {
  id: string;
  title: string;
  /** The group question and item values, for reading tagged fields. */
  groupId: string;
  values: Record<string, Scalar>;
}

export interface Ctx {
  file: QuestionnaireFile;
  framework: Framework;
  answers: Answers;
  visible: Visibility;
  /** Visible questions (and group fields) carrying `tag`, in order. */
  tagged: (tag: string) => Located[];
  /** The option of a choice question, by id. */
  option: (l: Located, id: string) => Option | undefined;
  /** Tags of the chosen option(s) of a stored value. */
  optionTags: (l: Located, value: AnswerValue | undefined) => string[];
  /** The first visible, non-field question with `tag`, and its value. */
  first: (tag: string) => { located: Located; value: AnswerValue | undefined } | undefined;
  /** Items of the visible group question tagged `tag` (affected groups, measures …). */
  items: (tag: string) => Item[];
  /** Items of a group question by its id. */
  itemsOf: (groupId: string) => Item[];
  /** The value of the field tagged `tag` in an item. */
  field: (item: Item, tag: string) => Scalar | undefined;
  /** The field question tagged `tag` inside the group of `item`. */
  fieldQuestion: (item: Item, tag: string) => Located | undefined;
  /** The step a question belongs to. */
  stepOf: (questionId: string) => Step;
  ref: (questionId: string, extra?: Partial<AnswerRef>) => AnswerRef;
}

export function createContext(file: QuestionnaireFile, framework: Framework, answers: Answers): Ctx {
  const located = allQuestions(file);
  const visible = visibility(file, answers);
  const tagged = (tag: string) => located.filter((l) => l.question.tags?.includes(tag) && visible.question(l.question.id));
  const option = (l: Located, id: string) => staticOptions(file, l.question)?.find((o) => o.id === id);
  const optionTags = (l: Located, value: AnswerValue | undefined): string[] => {
    const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return ids.flatMap((id) => option(l, id)?.tags ?? []);
  };
  const first = (tag: string) => {
    const l = tagged(tag).find((x) => !x.group && x.step.kind === 'questions');
    return l && { located: l, value: answers[l.question.id] };
  };
  const itemsOf = (groupId: string): Item[] => {
    const group = located.find((l) => l.question.id === groupId);
    if (!group || group.question.type !== 'group' || !visible.question(groupId)) return [];
    const labelField = group.question.itemLabel;
    return groupItems(answers[groupId]).map((item, i) => ({
      id: item.id,
      title: valueText(item.values[labelField]).trim() || `${i + 1}`,
      groupId,
      values: item.values,
    }));
  };
  const items = (tag: string): Item[] => {
    const group = tagged(tag).find((l) => l.question.type === 'group');
    return group ? itemsOf(group.question.id) : [];
  };
  const fieldQuestion = (item: Item, tag: string) =>
    located.find((l) => l.group?.id === item.groupId && l.question.tags?.includes(tag) && visible.question(l.question.id));
  const field = (item: Item, tag: string) => {
    const l = fieldQuestion(item, tag);
    return l ? item.values[l.question.id] : undefined;
  };
  const stepOf = (questionId: string): Step =>
    located.find((l) => l.question.id === questionId)?.step ??
    file.steps.find((s) => s.kind === 'recommendation-check') ??
    file.steps[0]!;
  const ref = (questionId: string, extra: Partial<AnswerRef> = {}): AnswerRef => ({ stepId: stepOf(questionId).id, questionId, ...extra });
  return { file, framework, answers, visible, tagged, option, optionTags, first, items, itemsOf, field, fieldQuestion, stepOf, ref };
}

/**
 * A stored value as text for a reference: option ids and text as they are,
 * lists joined; anything else (a malformed import) as ''. Never throws.
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ');
  return '';
}

/** True when a stored value is an answer (non-blank). */
export const answered = (value: AnswerValue | undefined) => isAnswered(value);

/** The value of a per-item question for one item. */
export function perItem(answers: Answers, questionId: string, itemId: string): Scalar | undefined {
  const map = answers[questionId];
  return map && typeof map === 'object' && !Array.isArray(map) ? map[itemId] : undefined;
}

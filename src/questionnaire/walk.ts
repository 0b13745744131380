/**
 * Small helpers to find things inside a parsed questionnaire. They keep the
 * knowledge of the file's nesting (steps → questions → group fields) in one
 * place.
 */
import type { FieldQuestion, Option, Question, QuestionnaireFile, Step } from './schema';

/** A question together with where it stands. */
export interface Located {
  question: Question | FieldQuestion;
  step: Step;
  /** The group a field belongs to, if any. */
  group?: Question & { type: 'group' };
  /** JSON path of the question in the file. */
  path: string;
}

/** Every question of the file, in order, group fields right after their group. */
export function allQuestions(file: QuestionnaireFile): Located[] {
  const out: Located[] = [];
  file.steps.forEach((step, s) => {
    if (step.kind === 'recommendation-check') return;
    step.questions.forEach((question, q) => {
      const path = `$.steps[${s}].questions[${q}]`;
      out.push({ question, step, path });
      if (question.type === 'group') {
        question.fields.forEach((field, f) =>
          out.push({ question: field, step, group: question, path: `${path}.fields[${f}]` }),
        );
      }
    });
  });
  return out;
}

/** The options of a choice question, resolving option-set ids; `undefined` when they come from a group. */
export function staticOptions(
  file: QuestionnaireFile,
  question: Question | FieldQuestion,
): Option[] | undefined {
  if (!('options' in question)) return undefined;
  const source = question.options;
  if (typeof source === 'string') return file.optionSets[source];
  if (Array.isArray(source)) return source;
  return undefined;
}

/** The question with this id, or undefined. */
export function findQuestion(file: QuestionnaireFile, id: string): Located | undefined {
  return allQuestions(file).find((l) => l.question.id === id);
}

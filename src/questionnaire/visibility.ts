/**
 * Which steps and questions apply, given the answers so far. A step or
 * question is shown when its `showIf` holds; a condition on a question that
 * is itself hidden never holds, so answers left behind on a branch not taken
 * (kept in storage) cannot switch anything on.
 */
import type { Condition, FieldQuestion, Question, QuestionnaireFile, Step } from './schema';
import type { Answers, AnswerValue } from './answers';
import { allQuestions } from './walk';

export interface Visibility {
  step: (step: Step) => boolean;
  question: (id: string) => boolean;
  /** Whether a condition holds for these answers (the same reading as show-if). */
  holds: (condition: Condition) => boolean;
}

/** True when a value counts as answered: non-blank text, a choice, or at least one item. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return Object.values(value).some((v) => isAnswered(v));
}

/** Builds the visibility of everything in a questionnaire for a set of answers. */
export function visibility(file: QuestionnaireFile, answers: Answers): Visibility {
  const located = new Map(allQuestions(file).map((l) => [l.question.id, l]));
  const stepCache = new Map<string, boolean>();
  const questionCache = new Map<string, boolean>();

  const value = (id: string): AnswerValue | undefined => (question(id) ? answers[id] : undefined);

  const holds = (c: Condition): boolean => {
    if ('all' in c) return c.all.every(holds);
    if ('any' in c) return c.any.some(holds);
    if ('not' in c) return !holds(c.not);
    const v = value(c.question);
    if ('equals' in c) return v === c.equals;
    if ('in' in c) return typeof v === 'string' && c.in.includes(v);
    if ('includes' in c) return Array.isArray(v) && (v as unknown[]).includes(c.includes);
    return isAnswered(v);
  };

  const step = (s: Step): boolean => {
    const cached = stepCache.get(s.id);
    if (cached !== undefined) return cached;
    const shown = !s.showIf || holds(s.showIf);
    stepCache.set(s.id, shown);
    return shown;
  };

  // References only point backwards (checked at load), so this recursion ends.
  function question(id: string): boolean {
    const cached = questionCache.get(id);
    if (cached !== undefined) return cached;
    const l = located.get(id);
    let shown = false;
    if (l) {
      const own: Question | FieldQuestion = l.question;
      shown = step(l.step) && (!l.group || question(l.group.id)) && (!own.showIf || holds(own.showIf));
    }
    questionCache.set(id, shown);
    return shown;
  }

  return { step, question, holds };
}

/** The ids of the questions a condition looks at. */
export function conditionQuestions(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(conditionQuestions);
  if ('any' in c) return c.any.flatMap(conditionQuestions);
  if ('not' in c) return conditionQuestions(c.not);
  return [c.question];
}

/** The steps that apply, in order. */
export function visibleSteps(file: QuestionnaireFile, answers: Answers): Step[] {
  const v = visibility(file, answers);
  return file.steps.filter((s) => v.step(s));
}

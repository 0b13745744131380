/**
 * Which steps apply, and which are known to be left out: the light part of
 * the navigation rules, read by the start page's list of saved assessments
 * without the checks that decide whether a step is complete.
 */
import type { Answers } from '../questionnaire/answers';
import type { Framework, QuestionnaireFile, Step } from '../questionnaire/schema';
import { conditionQuestions, isAnswered, visibleSteps } from '../questionnaire/visibility';

export interface Model {
  file: QuestionnaireFile;
  framework: Framework;
  /**
   * When set, the only questions that have to be answered to move on to the
   * next page or step (a workshop group's copy: the case and the group's
   * name). Completing still needs every step valid, so what was left is
   * reported as unanswered on the review page.
   */
  mustAnswer?: ReadonlySet<string>;
}

/** The steps that apply to these answers, in order. */
export function applicable(model: Model, answers: Answers): Step[] {
  return visibleSteps(model.file, answers);
}

/**
 * Steps known to be left out: hidden by an answer already given. A step
 * whose condition rests on questions not yet answered (everything after
 * screening, before screening is done) is not skipped yet, only undecided.
 */
export function skipped(model: Model, answers: Answers): Set<string> {
  const shown = new Set(applicable(model, answers).map((s) => s.id));
  return new Set(
    model.file.steps
      .filter((s) => !shown.has(s.id) && s.showIf && conditionQuestions(s.showIf).every((id) => isAnswered(answers[id])))
      .map((s) => s.id),
  );
}

/** The steps that apply or may still apply, for "Step 4 of 10". */
export function expectedSteps(model: Model, answers: Answers): Step[] {
  const out = skipped(model, answers);
  return model.file.steps.filter((s) => !out.has(s.id));
}

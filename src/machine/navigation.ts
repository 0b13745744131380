/**
 * Pure navigation rules of the wizard, kept outside the machine so guards,
 * actions, the step list and the tests share one definition.
 */
import type { Answers } from '../questionnaire/answers';
import type { Framework, QuestionnaireFile, Step } from '../questionnaire/schema';
import { isStepValid } from '../questionnaire/step-schema';
import { conditionQuestions, isAnswered, visibleSteps } from '../questionnaire/visibility';

export interface Model {
  file: QuestionnaireFile;
  framework: Framework;
}

/** The steps that apply to these answers, in order. */
export function applicable(model: Model, answers: Answers): Step[] {
  return visibleSteps(model.file, answers);
}

/** The first applicable step whose answers are not valid, if any. */
export function firstInvalid(model: Model, answers: Answers): Step | undefined {
  return applicable(model, answers).find((s) => !isStepValid(model.file, model.framework, s, answers));
}

/** The applicable step after `stepId` (by questionnaire order), if any. */
export function nextStep(model: Model, answers: Answers, stepId: string): Step | undefined {
  const index = model.file.steps.findIndex((s) => s.id === stepId);
  const shown = new Set(applicable(model, answers).map((s) => s.id));
  return model.file.steps.slice(index + 1).find((s) => shown.has(s.id));
}

/** The applicable step before `stepId`, if any. */
export function previousStep(model: Model, answers: Answers, stepId: string): Step | undefined {
  const index = model.file.steps.findIndex((s) => s.id === stepId);
  const shown = new Set(applicable(model, answers).map((s) => s.id));
  return model.file.steps.slice(0, Math.max(index, 0)).reverse().find((s) => shown.has(s.id));
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

export type StepStatus = 'not-started' | 'in-progress' | 'done' | 'skipped';

/**
 * Each step's status for the step list: skipped when an answer (screening)
 * left it out, done when reached and valid, in progress when reached (or
 * drafted) but not yet valid, otherwise not started.
 */
export function stepStatuses(
  model: Model,
  answers: Answers,
  reached: ReadonlyArray<string>,
  drafted: ReadonlyArray<string> = [],
): Record<string, StepStatus> {
  const shown = new Set(applicable(model, answers).map((s) => s.id));
  const out = skipped(model, answers);
  return Object.fromEntries(
    model.file.steps.map((s): [string, StepStatus] => {
      if (out.has(s.id)) return [s.id, 'skipped'];
      if (!shown.has(s.id)) return [s.id, 'not-started'];
      const touched = reached.includes(s.id) || drafted.includes(s.id);
      if (!touched) return [s.id, 'not-started'];
      return [s.id, isStepValid(model.file, model.framework, s, answers) && reached.includes(s.id) ? 'done' : 'in-progress'];
    }),
  );
}

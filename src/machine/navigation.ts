/**
 * Pure navigation rules of the wizard, kept outside the machine so guards,
 * actions, the step list and the tests share one definition.
 */
import { criterionEvidence } from '../assessment/backing';
import type { Answers } from '../questionnaire/answers';
import type { Step } from '../questionnaire/schema';
import { isStepValid, type PageScope, type SchemaOptions } from '../questionnaire/step-schema';
import { applicable, skipped, type Model } from './steps';

export { applicable, expectedSteps, skipped, type Model } from './steps';

/**
 * Criteria the answers already show (every backing check holds): "yes" to
 * one of them needs no typed justification. Worked out from the answers
 * outside the check, so the form, the machine and the step list agree.
 */
export function settledCriteria(model: Model, answers: Answers): Set<string> {
  const evidence = criterionEvidence(model.file, model.framework, answers);
  return new Set([...evidence].filter(([, e]) => e.proposal === 'yes').map(([id]) => id));
}

/**
 * How a step (or one page of it) is checked: the check step knows which
 * criteria are settled. `leaving`: checked to move on rather than to count
 * as complete, so only the model's `mustAnswer` questions are required.
 */
export function validityOptions(model: Model, answers: Answers, step: Step, scope?: PageScope, leaving = false): SchemaOptions {
  return {
    ...(scope ? { scope } : {}),
    ...(step.kind === 'recommendation-check' ? { settled: settledCriteria(model, answers) } : {}),
    ...(leaving && model.mustAnswer ? { required: model.mustAnswer } : {}),
  };
}

/** True when the step's answers (or one page's part of them) are complete and valid. */
export function stepValid(model: Model, answers: Answers, step: Step, scope?: PageScope): boolean {
  return isStepValid(model.file, model.framework, step, answers, validityOptions(model, answers, step, scope));
}

/**
 * True when the user may move on from the step (or page): the same as
 * `stepValid` unless the model names the only questions that must be
 * answered; what is given is checked either way.
 */
export function canMoveOn(model: Model, answers: Answers, step: Step, scope?: PageScope): boolean {
  return isStepValid(model.file, model.framework, step, answers, validityOptions(model, answers, step, scope, true));
}

/** The first applicable step whose answers are not valid, if any. */
export function firstInvalid(model: Model, answers: Answers): Step | undefined {
  return applicable(model, answers).find((s) => !stepValid(model, answers, s));
}

/** The first applicable step that cannot be left as it is (in a workshop copy, one missing the case or the name), if any. */
export function firstBlocking(model: Model, answers: Answers): Step | undefined {
  return applicable(model, answers).find((s) => !canMoveOn(model, answers, s));
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

export type StepStatus = 'not-started' | 'in-progress' | 'done' | 'skipped';

/** What the step list knows of the user's progress. */
export interface Touched {
  /** Steps opened. */
  reached: ReadonlyArray<string>;
  /** Steps whose whole form was saved ("Spara och fortsätt"). */
  done: ReadonlyArray<string>;
  /** Steps with text typed but not saved. */
  drafted?: ReadonlyArray<string>;
}

/**
 * Each step's status for the step list, from real progress: skipped when an
 * answer (screening) left it out; done only when its form was saved and its
 * answers are still valid; in progress when opened, drafted or saved but no
 * longer valid; otherwise not started. Opening a step never makes it done.
 */
export function stepStatuses(model: Model, answers: Answers, touched: Touched): Record<string, StepStatus> {
  const shown = new Set(applicable(model, answers).map((s) => s.id));
  const out = skipped(model, answers);
  const { reached, done, drafted = [] } = touched;
  return Object.fromEntries(
    model.file.steps.map((s): [string, StepStatus] => {
      if (out.has(s.id)) return [s.id, 'skipped'];
      if (!shown.has(s.id)) return [s.id, 'not-started'];
      const saved = done.includes(s.id);
      if (!saved && !reached.includes(s.id) && !drafted.includes(s.id)) return [s.id, 'not-started'];
      return [s.id, saved && stepValid(model, answers, s) ? 'done' : 'in-progress'];
    }),
  );
}

/**
 * The wizard as an XState machine. It models the phases (start, answering,
 * review, complete); the questionnaire supplies the steps, so a content
 * change never needs an edit here. The machine owns accepted answers: a
 * step's form sends `step.submitted` with its parsed values, and the guard
 * re-checks them with the same schema the form used.
 *
 * `answering.revising` is answering entered from the review page: after a
 * valid save the user returns to review (or to the first step a change made
 * incomplete).
 *
 * `answers.acknowledged` sets one text answer from the review page without
 * opening its step: the reason given for completing an assessment while
 * serious findings remain open. The UI sends it just before
 * `assessment.completed`.
 */
import { and, assign, setup } from 'xstate';
import type { Answers } from '../questionnaire/answers';
import { isStepValid } from '../questionnaire/step-schema';
import { findQuestion } from '../questionnaire/walk';
import { applicable, firstInvalid, nextStep, previousStep, type Model } from './navigation';

export interface WizardContext {
  answers: Answers;
  /** The step on screen while answering; otherwise the last one shown. */
  stepId: string | null;
  /** Steps the user has opened, in the order first opened. */
  reached: string[];
}

export type WizardEvent =
  | { type: 'assessment.started' }
  | { type: 'step.submitted'; values: Answers }
  | { type: 'nav.back' }
  | { type: 'nav.goto'; stepId: string }
  /** One text answer given on the review page (the reason for completing with open findings). */
  | { type: 'answers.acknowledged'; questionId: string; value: string }
  | { type: 'assessment.completed' }
  | { type: 'assessment.reopened' }
  /** Back to the start with only these answers kept (a workshop's next group keeps the case). */
  | { type: 'assessment.reset'; answers: Answers };

const merge = (context: WizardContext, values: Answers): Answers => ({ ...context.answers, ...values });
const reach = (reached: string[], stepId: string | undefined | null) =>
  stepId && !reached.includes(stepId) ? [...reached, stepId] : reached;

export function createWizardMachine(model: Model) {
  const currentStep = (c: WizardContext) => model.file.steps.find((s) => s.id === c.stepId);
  const allValid = (answers: Answers) => firstInvalid(model, answers) === undefined;
  /** A text question outside any group, on a step that applies: the only kind set from review. */
  const settable = (answers: Answers, questionId: string) => {
    const found = findQuestion(model.file, questionId);
    return (
      found !== undefined &&
      found.group === undefined &&
      (found.question.type === 'text' || found.question.type === 'longtext') &&
      applicable(model, answers).some((s) => s.id === found.step.id)
    );
  };

  /** Where a valid submission leads when answering in order. */
  const afterSubmit = (c: WizardContext, answers: Answers) =>
    (c.stepId ? nextStep(model, answers, c.stepId) : undefined) ?? firstInvalid(model, answers);

  return setup({
    types: {
      context: {} as WizardContext,
      events: {} as WizardEvent,
    },
    guards: {
      submissionValid: ({ context, event }) => {
        if (event.type !== 'step.submitted') return false;
        const step = currentStep(context);
        return step !== undefined && isStepValid(model.file, model.framework, step, merge(context, event.values));
      },
      leadsToReview: ({ context, event }) =>
        event.type === 'step.submitted' && afterSubmit(context, merge(context, event.values)) === undefined,
      changeCompletesAll: ({ context, event }) =>
        event.type === 'step.submitted' && allValid(merge(context, event.values)),
      isFirstStep: ({ context }) =>
        context.stepId !== null && previousStep(model, context.answers, context.stepId) === undefined,
      canGoTo: ({ context, event }) =>
        event.type === 'nav.goto' &&
        context.reached.includes(event.stepId) &&
        applicable(model, context.answers).some((s) => s.id === event.stepId),
      allStepsValid: ({ context }) => allValid(context.answers),
      acknowledgementValid: ({ context, event }) =>
        event.type === 'answers.acknowledged' &&
        settable(context.answers, event.questionId) &&
        allValid({ ...context.answers, [event.questionId]: event.value }),
    },
    actions: {
      accept: assign({
        answers: ({ context, event }) => (event.type === 'step.submitted' ? merge(context, event.values) : context.answers),
      }),
      enterFirstStep: assign(({ context }) => {
        const first = applicable(model, context.answers)[0]?.id ?? null;
        return { stepId: first, reached: reach(context.reached, first) };
      }),
      enterNextStep: assign(({ context }) => {
        const next = afterSubmit(context, context.answers)?.id ?? context.stepId;
        return { stepId: next, reached: reach(context.reached, next) };
      }),
      enterFirstInvalid: assign(({ context }) => {
        const next = firstInvalid(model, context.answers)?.id ?? context.stepId;
        return { stepId: next, reached: reach(context.reached, next) };
      }),
      enterPreviousStep: assign({
        stepId: ({ context }) =>
          (context.stepId && previousStep(model, context.answers, context.stepId)?.id) || context.stepId,
      }),
      enterLastStep: assign(({ context }) => {
        const last = applicable(model, context.answers).at(-1)?.id ?? null;
        return { stepId: last, reached: reach(context.reached, last) };
      }),
      acknowledge: assign({
        answers: ({ context, event }) =>
          event.type === 'answers.acknowledged' ? { ...context.answers, [event.questionId]: event.value } : context.answers,
      }),
      restart: assign(({ context, event }) =>
        event.type === 'assessment.reset' ? { answers: event.answers, stepId: null, reached: [] } : context,
      ),
      enterChosenStep: assign({
        stepId: ({ context, event }) => (event.type === 'nav.goto' ? event.stepId : context.stepId),
      }),
    },
  }).createMachine({
    id: 'wizard',
    // Saved work is restored from a snapshot (see src/app), never through input.
    context: { answers: {}, stepId: null, reached: [] },
    initial: 'start',
    on: { 'assessment.reset': { target: '.start', actions: 'restart' } },
    states: {
      start: {
        on: { 'assessment.started': { target: 'answering', actions: 'enterFirstStep' } },
      },
      answering: {
        initial: 'editing',
        on: {
          'nav.back': [{ guard: 'isFirstStep', target: '#wizard.start' }, { actions: 'enterPreviousStep' }],
          'nav.goto': { guard: 'canGoTo', actions: 'enterChosenStep' },
        },
        states: {
          editing: {
            on: {
              'step.submitted': [
                { guard: and(['submissionValid', 'leadsToReview']), target: '#wizard.review', actions: 'accept' },
                { guard: 'submissionValid', actions: ['accept', 'enterNextStep'] },
              ],
            },
          },
          revising: {
            on: {
              'step.submitted': [
                { guard: and(['submissionValid', 'changeCompletesAll']), target: '#wizard.review', actions: 'accept' },
                // The change left another step incomplete (say, a new affected group): go there first.
                { guard: 'submissionValid', actions: ['accept', 'enterFirstInvalid'] },
              ],
            },
          },
        },
      },
      review: {
        on: {
          'nav.goto': { guard: 'canGoTo', target: 'answering.revising', actions: 'enterChosenStep' },
          'nav.back': { target: 'answering.editing', actions: 'enterLastStep' },
          'answers.acknowledged': { guard: 'acknowledgementValid', actions: 'acknowledge' },
          'assessment.completed': { guard: 'allStepsValid', target: 'complete' },
        },
      },
      complete: {
        on: {
          'assessment.reopened': { target: 'review' },
          'nav.goto': { guard: 'canGoTo', target: 'answering.revising', actions: 'enterChosenStep' },
        },
      },
    },
  });
}

export type WizardMachine = ReturnType<typeof createWizardMachine>;

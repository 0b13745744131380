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
 *
 * Pages: a step asked per affected group, and the recommendation check, are
 * worked through one page at a time (src/machine/pages.ts). `page.submitted`
 * accepts what one page asks once that part is valid and moves to the next
 * page; the last page (the overview) submits the whole step as
 * `step.submitted`. `page.goto` jumps to any page of the step on screen.
 *
 * `answers.remote` takes the answers as a colleague's edits left them
 * (co-authoring over sync, src/sync): the shared document merged the edits,
 * so its answers replace the accepted ones whole, in any state. No step is
 * left or entered; only a page that no longer exists (an affected group a
 * colleague removed) gives way to the step's entry page.
 *
 * Completion is remembered (`completedAt`): changing an answer afterwards
 * returns to the completed page, not to the completion prompt; only
 * "Öppna igen" (`assessment.reopened`) takes it back.
 */
import { and, assign, not, setup } from 'xstate';
import type { Answers } from '../questionnaire/answers';
import type { Step } from '../questionnaire/schema';
import { findQuestion } from '../questionnaire/walk';
import { applicable, canMoveOn, firstBlocking, firstInvalid, nextStep, previousStep, stepValid, type Model } from './navigation';
import { findPage, nextPage, pageScope, previousPage, stepPages } from './pages';

export interface WizardContext {
  answers: Answers;
  /** The step on screen while answering; otherwise the last one shown. */
  stepId: string | null;
  /** The page on screen within that step (`all` for a step shown whole). */
  page: string | null;
  /** Steps the user has opened, in the order first opened. */
  reached: string[];
  /** Steps whose whole form was saved, in the order first saved. */
  done: string[];
  /** When the assessment was completed (ISO 8601), kept while it is changed afterwards. */
  completedAt: string | null;
}

export type WizardEvent =
  | { type: 'assessment.started' }
  | { type: 'step.submitted'; values: Answers }
  /** One page of a paged step: its values (the step form's, whole) once its own part is valid. */
  | { type: 'page.submitted'; values: Answers }
  /** Another page of the step on screen (an item in the step's list of items, the overview). */
  | { type: 'page.goto'; page: string }
  | { type: 'nav.back' }
  | { type: 'nav.goto'; stepId: string }
  /** One text answer given on the review page (the reason for completing with open findings). */
  | { type: 'answers.acknowledged'; questionId: string; value: string }
  /** `at`: the time of completion (ISO 8601), given by the caller so the machine stays pure. */
  | { type: 'assessment.completed'; at: string }
  | { type: 'assessment.reopened' }
  /** Back to the start with only these answers kept (a workshop's next group keeps the case). */
  | { type: 'assessment.reset'; answers: Answers }
  /** The answers as a colleague's edits left them in the shared document (co-authoring). */
  | { type: 'answers.remote'; answers: Answers };

const merge = (context: WizardContext, values: Answers): Answers => ({ ...context.answers, ...values });
const reach = (reached: string[], stepId: string | undefined | null) =>
  stepId && !reached.includes(stepId) ? [...reached, stepId] : reached;

/** Where a step opens: its first page, or its overview when it is already complete and revisited. */
export function entryPage(model: Model, answers: Answers, step: Step | undefined, atEnd = false): string | null {
  if (!step) return null;
  const pages = stepPages(model, answers, step);
  const complete = stepValid(model, answers, step);
  return (atEnd || (complete && pages.length > 1) ? pages.at(-1) : pages[0])?.id ?? null;
}

export function createWizardMachine(model: Model) {
  const currentStep = (c: WizardContext) => model.file.steps.find((s) => s.id === c.stepId);
  const stepById = (id: string | null | undefined) => model.file.steps.find((s) => s.id === id);
  /** Moves to `stepId` at its entry page, reaching it. */
  const enter = (c: WizardContext, answers: Answers, stepId: string | null | undefined, atEnd = false) => {
    const id = stepId ?? null;
    return { stepId: id, page: entryPage(model, answers, stepById(id), atEnd), reached: reach(c.reached, id) };
  };
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

  /**
   * Where a valid submission leads when answering in order: the next step, or
   * after the last one a step that cannot be left as it is. (A workshop copy
   * reaches the review with questions left; the review lists them.)
   */
  const afterSubmit = (c: WizardContext, answers: Answers) =>
    (c.stepId ? nextStep(model, answers, c.stepId) : undefined) ?? firstBlocking(model, answers);

  return setup({
    types: {
      context: {} as WizardContext,
      events: {} as WizardEvent,
    },
    guards: {
      submissionValid: ({ context, event }) => {
        if (event.type !== 'step.submitted') return false;
        const step = currentStep(context);
        return step !== undefined && canMoveOn(model, merge(context, event.values), step);
      },
      pageValid: ({ context, event }) => {
        if (event.type !== 'page.submitted') return false;
        const step = currentStep(context);
        if (!step) return false;
        const answers = merge(context, event.values);
        const page = findPage(model, answers, step, context.page);
        // Only a page before the overview is submitted on its own.
        return page !== undefined && page.kind !== 'overview' && page.kind !== 'all' && canMoveOn(model, answers, step, pageScope(page));
      },
      pageExists: ({ context, event }) => {
        if (event.type !== 'page.goto') return false;
        const step = currentStep(context);
        return step !== undefined && findPage(model, context.answers, step, event.page) !== undefined;
      },
      isFirstPage: ({ context }) => {
        const step = currentStep(context);
        return !step || previousPage(model, context.answers, step, context.page) === undefined;
      },
      wasCompleted: ({ context }) => context.completedAt !== null,
      leadsToReview: ({ context, event }) =>
        event.type === 'step.submitted' && afterSubmit(context, merge(context, event.values)) === undefined,
      changeKeepsAllValid: ({ context, event }) =>
        event.type === 'step.submitted' && allValid(merge(context, event.values)),
      // Back to the review once nothing blocks (the same as "all valid", but for a workshop copy's leeway).
      changeCompletesAll: ({ context, event }) =>
        event.type === 'step.submitted' && firstBlocking(model, merge(context, event.values)) === undefined,
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
        answers: ({ context, event }) =>
          event.type === 'step.submitted' || event.type === 'page.submitted' ? merge(context, event.values) : context.answers,
      }),
      markDone: assign({
        done: ({ context }) => (context.stepId && !context.done.includes(context.stepId) ? [...context.done, context.stepId] : context.done),
      }),
      enterNextPage: assign({
        page: ({ context }) => {
          const step = currentStep(context);
          return (step && nextPage(model, context.answers, step, context.page)?.id) ?? context.page;
        },
      }),
      enterPreviousPage: assign({
        page: ({ context }) => {
          const step = currentStep(context);
          return (step && previousPage(model, context.answers, step, context.page)?.id) ?? context.page;
        },
      }),
      enterChosenPage: assign({
        page: ({ context, event }) => (event.type === 'page.goto' ? event.page : context.page),
      }),
      enterFirstStep: assign(({ context }) => enter(context, context.answers, applicable(model, context.answers)[0]?.id)),
      enterNextStep: assign(({ context }) => enter(context, context.answers, afterSubmit(context, context.answers)?.id ?? context.stepId)),
      enterFirstInvalid: assign(({ context }) =>
        enter(context, context.answers, firstBlocking(model, context.answers)?.id ?? context.stepId),
      ),
      // Back from a step's first page lands on the previous step's last page (its overview, when it has one).
      enterPreviousStep: assign(({ context }) =>
        enter(context, context.answers, (context.stepId && previousStep(model, context.answers, context.stepId)?.id) || context.stepId, true),
      ),
      enterLastStep: assign(({ context }) => enter(context, context.answers, applicable(model, context.answers).at(-1)?.id, true)),
      complete: assign({
        completedAt: ({ context, event }) => (event.type === 'assessment.completed' ? event.at : context.completedAt),
      }),
      uncomplete: assign({ completedAt: null }),
      acknowledge: assign({
        answers: ({ context, event }) =>
          event.type === 'answers.acknowledged' ? { ...context.answers, [event.questionId]: event.value } : context.answers,
      }),
      adoptRemote: assign(({ context, event }) => {
        if (event.type !== 'answers.remote') return context;
        const step = currentStep(context);
        // The page on screen may be an item a colleague removed: then the step opens where it opens.
        const pageGone = step !== undefined && context.page !== null && findPage(model, event.answers, step, context.page) === undefined;
        return { answers: event.answers, ...(pageGone ? { page: entryPage(model, event.answers, step) } : {}) };
      }),
      restart: assign(({ context, event }) =>
        event.type === 'assessment.reset'
          ? { answers: event.answers, stepId: null, page: null, reached: [], done: [], completedAt: null }
          : context,
      ),
      enterChosenStep: assign(({ context, event }) =>
        event.type === 'nav.goto' ? enter(context, context.answers, event.stepId) : {},
      ),
    },
  }).createMachine({
    id: 'wizard',
    // Saved work is restored from a snapshot (see src/app), never through input.
    context: { answers: {}, stepId: null, page: null, reached: [], done: [], completedAt: null },
    initial: 'start',
    on: { 'assessment.reset': { target: '.start', actions: 'restart' }, 'answers.remote': { actions: 'adoptRemote' } },
    states: {
      start: {
        on: { 'assessment.started': { target: 'answering', actions: 'enterFirstStep' } },
      },
      answering: {
        initial: 'editing',
        on: {
          'nav.back': [
            { guard: not('isFirstPage'), actions: 'enterPreviousPage' },
            { guard: 'isFirstStep', target: '#wizard.start' },
            { actions: 'enterPreviousStep' },
          ],
          'nav.goto': { guard: 'canGoTo', actions: 'enterChosenStep' },
          'page.submitted': { guard: 'pageValid', actions: ['accept', 'enterNextPage'] },
          'page.goto': { guard: 'pageExists', actions: 'enterChosenPage' },
        },
        states: {
          editing: {
            on: {
              'step.submitted': [
                { guard: and(['submissionValid', 'leadsToReview', 'wasCompleted']), target: '#wizard.complete', actions: ['accept', 'markDone'] },
                { guard: and(['submissionValid', 'leadsToReview']), target: '#wizard.review', actions: ['accept', 'markDone'] },
                { guard: 'submissionValid', actions: ['accept', 'markDone', 'enterNextStep'] },
              ],
            },
          },
          revising: {
            on: {
              'step.submitted': [
                // A completed assessment that is changed stays completed: back to the completed page.
                { guard: and(['submissionValid', 'changeKeepsAllValid', 'wasCompleted']), target: '#wizard.complete', actions: ['accept', 'markDone'] },
                { guard: and(['submissionValid', 'changeCompletesAll']), target: '#wizard.review', actions: ['accept', 'markDone'] },
                // The change left another step incomplete (say, a new affected group): go there first.
                { guard: 'submissionValid', actions: ['accept', 'markDone', 'enterFirstInvalid'] },
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
          'assessment.completed': { guard: 'allStepsValid', target: 'complete', actions: 'complete' },
        },
      },
      complete: {
        on: {
          'assessment.reopened': { target: 'review', actions: 'uncomplete' },
          'nav.goto': { guard: 'canGoTo', target: 'answering.revising', actions: 'enterChosenStep' },
        },
      },
    },
  });
}

export type WizardMachine = ReturnType<typeof createWizardMachine>;

/**
 * Saving and restoring the wizard's place. We store our own small, stable
 * description (phase, current step, steps reached) with the assessment
 * rather than XState's internal snapshot format, and rebuild a snapshot from
 * it with `resolveState`. A stored place that no longer fits the
 * questionnaire (a step that was removed) falls back to a safe one instead of
 * failing (stack notes G4).
 */
import type { SnapshotFrom } from 'xstate';
import type { Progress } from '../assessment/assessment';
import type { Answers } from '../questionnaire/answers';
import { applicable, firstBlocking, firstInvalid, stepValid, type Model } from './navigation';
import { findPage } from './pages';
import { entryPage, type WizardMachine } from './wizard-machine';

type WizardSnapshot = SnapshotFrom<WizardMachine>;

/** The phase and place of a snapshot, for storage. */
export function toProgress(snapshot: WizardSnapshot): Progress {
  const phase = snapshot.matches({ answering: 'revising' })
    ? 'revising'
    : snapshot.matches('answering')
      ? 'answering'
      : snapshot.matches('review')
        ? 'review'
        : snapshot.matches('complete')
          ? 'complete'
          : 'start';
  const { stepId, page, reached, done, completedAt } = snapshot.context;
  return { phase, stepId, page, reached, done, completedAt };
}

/**
 * The steps saved so far. Files from before this was recorded list none:
 * then every reached step whose answers are valid counts, except the one
 * that was on screen (it may only have been opened).
 */
export function doneSteps(model: Model, answers: Answers, progress: Progress): string[] {
  if (progress.done) return progress.done;
  const current = progress.phase === 'answering' || progress.phase === 'revising' ? progress.stepId : null;
  return progress.reached.filter((id) => {
    const step = model.file.steps.find((s) => s.id === id);
    return id !== current && step !== undefined && stepValid(model, answers, step);
  });
}

/** A snapshot for stored answers and progress, adjusted to what the questionnaire allows now. */
export function restoreSnapshot(machine: WizardMachine, model: Model, answers: Answers, progress: Progress): WizardSnapshot {
  const steps = applicable(model, answers).map((s) => s.id);
  const known = new Set(model.file.steps.map((s) => s.id));
  const reached = progress.reached.filter((id) => known.has(id));
  const done = doneSteps(model, answers, progress).filter((id) => known.has(id));
  // An assessment saved as complete before completion was timed is still complete.
  const completedAt = progress.completedAt ?? (progress.phase === 'complete' ? '' : null);
  let phase = progress.phase;
  let stepId = progress.stepId && steps.includes(progress.stepId) ? progress.stepId : null;
  // Complete promises that every step is valid, and the review that none blocks moving on (in a workshop
  // copy the review is reached with only the case and the name): if content changed, reopen the first
  // step that no longer holds.
  const reopen = phase === 'complete' ? firstInvalid(model, answers) : phase === 'review' ? firstBlocking(model, answers) : undefined;
  if (reopen) {
    phase = 'revising';
    stepId = reopen.id;
  }
  if ((phase === 'answering' || phase === 'revising') && !stepId) {
    stepId = steps.find((id) => !reached.includes(id)) ?? steps[0] ?? null;
  }
  if (stepId && !reached.includes(stepId)) reached.push(stepId);
  const step = model.file.steps.find((s) => s.id === stepId);
  // The stored page if it is still one of the step's (an item may have been removed), else where the step opens.
  const page = step && findPage(model, answers, step, progress.page ?? null) ? (progress.page ?? null) : entryPage(model, answers, step);
  const value =
    phase === 'answering' ? { answering: 'editing' } : phase === 'revising' ? { answering: 'revising' } : phase;
  return machine.resolveState({ value, context: { answers, stepId, page, reached, done, completedAt } });
}

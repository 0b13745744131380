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
import { applicable, firstInvalid, type Model } from './navigation';
import type { WizardMachine } from './wizard-machine';

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
  return { phase, stepId: snapshot.context.stepId, reached: snapshot.context.reached };
}

/** A snapshot for stored answers and progress, adjusted to what the questionnaire allows now. */
export function restoreSnapshot(machine: WizardMachine, model: Model, answers: Answers, progress: Progress): WizardSnapshot {
  const steps = applicable(model, answers).map((s) => s.id);
  const known = new Set(model.file.steps.map((s) => s.id));
  const reached = progress.reached.filter((id) => known.has(id));
  let phase = progress.phase;
  let stepId = progress.stepId && steps.includes(progress.stepId) ? progress.stepId : null;
  // Review and complete promise that every step is valid; if content changed, reopen the first gap.
  if ((phase === 'review' || phase === 'complete') && firstInvalid(model, answers)) {
    phase = 'revising';
    stepId = firstInvalid(model, answers)?.id ?? null;
  }
  if ((phase === 'answering' || phase === 'revising') && !stepId) {
    stepId = steps.find((id) => !reached.includes(id)) ?? steps[0] ?? null;
  }
  if (stepId && !reached.includes(stepId)) reached.push(stepId);
  const value =
    phase === 'answering' ? { answering: 'editing' } : phase === 'revising' ? { answering: 'revising' } : phase;
  return machine.resolveState({ value, context: { answers, stepId, reached } });
}

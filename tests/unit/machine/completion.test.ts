// Completion is remembered: "Slutför bedömningen" stores its time in the
// progress, a reload (or a return from the start page) restores the
// completed assessment, not the completion prompt, and "Fortsätt redigera"
// clears it.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { restoreSnapshot, toProgress } from '../../../src/machine/persistence';
import { createWizardMachine } from '../../../src/machine/wizard-machine';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { fillStep } from '../../fixtures/fill';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const model = { file, framework };
const machine = createWizardMachine(model);
const AT = '2026-12-04T15:19:00.000Z';

/** Walks every step with valid answers to the review page. */
function toReview() {
  const actor = createActor(machine).start();
  actor.send({ type: 'assessment.started' });
  for (let i = 0; i < 40 && actor.getSnapshot().matches('answering'); i += 1) {
    const { context } = actor.getSnapshot();
    const step = file.steps.find((s) => s.id === context.stepId)!;
    actor.send({ type: 'step.submitted', values: fillStep(file, framework, step, context.answers, { 'screening.outcome': 'full', 'screening.children': 'yes' }, 1) });
  }
  expect(actor.getSnapshot().value).toBe('review');
  return actor;
}

/** Stores and restores as the app does between two visits. */
function reopen(actor: ReturnType<typeof toReview>) {
  const snapshot = actor.getSnapshot();
  const progress = JSON.parse(JSON.stringify(toProgress(snapshot))) as ReturnType<typeof toProgress>;
  return { progress, restored: restoreSnapshot(machine, model, snapshot.context.answers, progress) };
}

describe('completion through storage', () => {
  it('is stored with its time and restored as complete, not as the completion prompt', () => {
    const actor = toReview();
    actor.send({ type: 'assessment.completed', at: AT });
    const { progress, restored } = reopen(actor);
    expect(progress).toMatchObject({ phase: 'complete', completedAt: AT });
    expect(restored.value).toBe('complete');
    expect(restored.context.completedAt).toBe(AT);
  });

  it('is not stored before the assessment is completed', () => {
    const { progress, restored } = reopen(toReview());
    expect(progress).toMatchObject({ phase: 'review', completedAt: null });
    expect(restored.value).toBe('review');
  });

  it('is cleared by reopening, and stays cleared after a reload', () => {
    const actor = toReview();
    actor.send({ type: 'assessment.completed', at: AT });
    actor.send({ type: 'assessment.reopened' });
    const { progress, restored } = reopen(actor);
    expect(progress.completedAt).toBeNull();
    expect(restored.value).not.toBe('complete');
    expect(restored.context.completedAt).toBeNull();
  });

  it('keeps a completion stored before its time was kept', () => {
    const actor = toReview();
    actor.send({ type: 'assessment.completed', at: AT });
    const { progress } = reopen(actor);
    const { completedAt: _time, ...older } = progress;
    const restored = restoreSnapshot(machine, model, actor.getSnapshot().context.answers, older);
    expect(restored.value).toBe('complete');
    expect(restored.context.completedAt).toBe('');
  });
});

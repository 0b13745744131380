// The workshop reset: from any phase the wizard goes back to the start with
// only the given answers (the case), nothing reached, and begins again at
// the first step.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { caseAnswers } from '../../../src/assessment/case';
import { restoreSnapshot, toProgress } from '../../../src/machine/persistence';
import { createWizardMachine } from '../../../src/machine/wizard-machine';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { fillStep } from '../../fixtures/fill';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const model = { file, framework };
const machine = createWizardMachine(model);

function walk(steps: number) {
  const actor = createActor(machine).start();
  actor.send({ type: 'assessment.started' });
  for (let i = 0; i < steps && actor.getSnapshot().matches('answering'); i += 1) {
    const { context } = actor.getSnapshot();
    const step = file.steps.find((s) => s.id === context.stepId)!;
    actor.send({ type: 'step.submitted', values: fillStep(file, framework, step, context.answers, { 'screening.outcome': 'full', 'screening.children': 'yes' }) });
  }
  return actor;
}

describe('assessment.reset', () => {
  it.each([
    ['answering', 3],
    ['review', 30],
  ])('from %s: back to the start with only the case kept', (phase, steps) => {
    const actor = walk(steps);
    expect(toProgress(actor.getSnapshot()).phase).toBe(phase);
    const before = actor.getSnapshot().context.answers;
    const kept = caseAnswers(file, before);
    expect(Object.keys(kept).length).toBeLessThan(Object.keys(before).length);

    actor.send({ type: 'assessment.reset', answers: kept });
    const after = actor.getSnapshot();
    expect(after.value).toBe('start');
    expect(after.context).toEqual({ answers: kept, stepId: null, page: null, reached: [], done: [], completedAt: null });

    actor.send({ type: 'assessment.started' });
    expect(actor.getSnapshot().context.stepId).toBe('basics');
    expect(actor.getSnapshot().context.answers['basics.title']).toBe(before['basics.title']);
  });

  it('restores from the stored progress of a reset as a fresh start', () => {
    const actor = walk(30);
    actor.send({ type: 'assessment.reset', answers: caseAnswers(file, actor.getSnapshot().context.answers) });
    const progress = toProgress(actor.getSnapshot());
    expect(progress).toEqual({ phase: 'start', stepId: null, page: null, reached: [], done: [], completedAt: null });
    const restored = createActor(machine, { snapshot: restoreSnapshot(machine, model, actor.getSnapshot().context.answers, progress) }).start();
    expect(restored.getSnapshot().value).toBe('start');
  });
});

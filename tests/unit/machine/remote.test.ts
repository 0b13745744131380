// A colleague's edits arriving over sync (`answers.remote`): the shared
// document's answers replace the accepted ones, in whatever state the
// wizard is, without moving the user; a page that no longer exists (an
// affected group a colleague removed) gives way to the step's entry page.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createWizardMachine } from '../../../src/machine/wizard-machine';
import { groupItems, type Answers } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { fillStep } from '../../fixtures/fill';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const model = { file, framework };
const machine = createWizardMachine(model);
const FULL = { 'screening.outcome': 'full', 'screening.children': 'yes' };

/** Answers every step in order until the step `stop` is on screen (or the review, without one). */
function walk(stop?: string) {
  const actor = createActor(machine).start();
  actor.send({ type: 'assessment.started' });
  for (let i = 0; i < 40 && actor.getSnapshot().matches('answering'); i += 1) {
    const { context } = actor.getSnapshot();
    if (context.stepId === stop) break;
    const step = file.steps.find((s) => s.id === context.stepId)!;
    actor.send({ type: 'step.submitted', values: fillStep(file, framework, step, context.answers, FULL, 2) });
  }
  return actor;
}

describe('answers.remote', () => {
  it('replaces the answers while answering, and keeps the step and page on screen', () => {
    const actor = walk('evidence');
    const before = actor.getSnapshot();
    expect(before.context.stepId).toBe('evidence');
    const answers: Answers = { ...before.context.answers, 'basics.title': 'Ändrad av en kollega' };
    actor.send({ type: 'answers.remote', answers });
    const after = actor.getSnapshot();
    expect(after.context.answers).toEqual(answers);
    expect(after.value).toEqual(before.value);
    expect(after.context.stepId).toBe('evidence');
    expect(after.context.page).toBe(before.context.page);
    expect(after.context.reached).toEqual(before.context.reached);
  });

  it('replaces them on the review page and after completion, which stay where they are', () => {
    const actor = walk();
    expect(actor.getSnapshot().value).toBe('review');
    const answers = { ...actor.getSnapshot().context.answers, 'proposal.what': 'Ny text' };
    actor.send({ type: 'answers.remote', answers });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.answers['proposal.what']).toBe('Ny text');
    actor.send({ type: 'assessment.completed', at: '2026-12-05T10:00:00.000Z' });
    expect(actor.getSnapshot().value).toBe('complete');
    actor.send({ type: 'answers.remote', answers: { ...answers, 'proposal.what': 'Igen' } });
    expect(actor.getSnapshot().value).toBe('complete');
    expect(actor.getSnapshot().context.completedAt).toBe('2026-12-05T10:00:00.000Z');
  });

  it('opens the step at its entry page when the item on screen was removed by a colleague', () => {
    const actor = walk('consequences');
    const { context } = actor.getSnapshot();
    const items = groupItems(context.answers['groups.items']);
    expect(items.length).toBeGreaterThan(1);
    expect(context.page).toBe(`item-${items[0]!.id}`);
    // A colleague removes the group on screen.
    actor.send({ type: 'answers.remote', answers: { ...context.answers, 'groups.items': items.slice(1) } });
    const after = actor.getSnapshot().context;
    expect(after.stepId).toBe('consequences');
    expect(after.page).toBe(`item-${items[1]!.id}`);
  });
});

// The pages within a step, step status from real progress, and completion
// that is remembered: actor tests on the real proposal questionnaire.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { JUSTIFICATION } from '../../../src/questionnaire/step-questions';
import { settledCriteria, stepStatuses, stepValid, validityOptions } from '../../../src/machine/navigation';
import { stepSchema } from '../../../src/questionnaire/step-schema';
import { stepPages } from '../../../src/machine/pages';
import { doneSteps, restoreSnapshot, toProgress } from '../../../src/machine/persistence';
import { createWizardMachine } from '../../../src/machine/wizard-machine';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { groupItems } from '../../../src/questionnaire/answers';
import { fillStep } from '../../fixtures/fill';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const model = { file, framework };
const machine = createWizardMachine(model);
const full = { 'screening.outcome': 'full', 'screening.children': 'yes' };

type Actor = ReturnType<typeof start>;

function start() {
  const actor = createActor(machine).start();
  actor.send({ type: 'assessment.started' });
  return actor;
}

const current = (actor: Actor) => file.steps.find((s) => s.id === actor.getSnapshot().context.stepId)!;

/** Submits the step on screen whole (as the overview does), with valid answers. */
function submitStep(actor: Actor) {
  const { answers } = actor.getSnapshot().context;
  actor.send({ type: 'step.submitted', values: fillStep(file, framework, current(actor), answers, full, 4) });
}

/** Walks in order until the step with this id is on screen. */
function walkTo(stepId: string) {
  const actor = start();
  for (let i = 0; i < 20 && actor.getSnapshot().context.stepId !== stepId; i += 1) submitStep(actor);
  expect(actor.getSnapshot().context.stepId).toBe(stepId);
  return actor;
}

describe('pages within a step', () => {
  it('a step asked per affected group has one page per group, then an overview; other steps one page', () => {
    const actor = walkTo('consequences');
    const { answers } = actor.getSnapshot().context;
    const groups = groupItems(answers['groups.items']);
    expect(groups).toHaveLength(4);
    expect(stepPages(model, answers, current(actor)).map((p) => p.kind)).toEqual(['item', 'item', 'item', 'item', 'overview']);
    expect(stepPages(model, answers, file.steps[0]!).map((p) => p.id)).toEqual(['all']);
    // Entered in order, the step opens on its first group.
    expect(actor.getSnapshot().context.page).toBe(`item-${groups[0]!.id}`);
  });

  it('accepts one group page once that group is answered, and moves to the next; an unanswered group stays', () => {
    const actor = walkTo('consequences');
    const { answers } = actor.getSnapshot().context;
    const [first, second] = groupItems(answers['groups.items']);
    const values = fillStep(file, framework, current(actor), answers, full, 4);
    // Only the first group answered: the other groups' values are blank.
    const onlyFirst = Object.fromEntries(
      Object.entries(values).map(([id, v]) => [id, Object.fromEntries(Object.keys(v as object).map((k) => [k, k === first!.id ? (v as Record<string, unknown>)[k] : '']))]),
    ) as typeof values;
    actor.send({ type: 'page.submitted', values: onlyFirst });
    expect(actor.getSnapshot().context.page).toBe(`item-${second!.id}`);
    // The first group's answers are accepted; the step is not valid yet, so it is not done.
    expect(stepValid(model, actor.getSnapshot().context.answers, current(actor), { itemId: first!.id })).toBe(true);
    expect(stepValid(model, actor.getSnapshot().context.answers, current(actor))).toBe(false);
    // The second group is blank: its page is refused.
    actor.send({ type: 'page.submitted', values: onlyFirst });
    expect(actor.getSnapshot().context.page).toBe(`item-${second!.id}`);
    // The overview cannot be passed by `page.submitted`, nor the step by a partial `step.submitted`.
    actor.send({ type: 'page.goto', page: 'overview' });
    actor.send({ type: 'step.submitted', values: onlyFirst });
    expect(actor.getSnapshot().context.stepId).toBe('consequences');
    actor.send({ type: 'page.submitted', values });
    expect(actor.getSnapshot().context.page).toBe('overview');
  });

  it('goes back page by page, then to the previous step at its last page; refuses a page that does not exist', () => {
    const actor = walkTo('consequences');
    const { answers } = actor.getSnapshot().context;
    const [first, second] = groupItems(answers['groups.items']);
    actor.send({ type: 'page.goto', page: `item-${second!.id}` });
    expect(actor.getSnapshot().context.page).toBe(`item-${second!.id}`);
    actor.send({ type: 'page.goto', page: 'item-nobody' });
    expect(actor.getSnapshot().context.page).toBe(`item-${second!.id}`);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.page).toBe(`item-${first!.id}`);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.stepId).not.toBe('consequences');
    expect(actor.getSnapshot().context.page).toBe('all');
  });

  it('the check has one page per recommendation; a "yes" the answers already show needs no typed justification', () => {
    const actor = walkTo('check');
    const { answers } = actor.getSnapshot().context;
    const step = current(actor);
    expect(stepPages(model, answers, step).map((p) => p.id)).toEqual([...framework.recommendations.map((r) => `rec-${r.id}`), 'overview']);
    const settled = settledCriteria(model, answers);
    const criteria = framework.recommendations.flatMap((r) => r.criteria.map((c) => ({ id: c.id, rec: r.id })));
    const shown = criteria.find((c) => settled.has(c.id));
    const open = criteria.find((c) => !settled.has(c.id));
    // The filled answers settle some criteria and leave others to the user's judgement.
    expect(shown && open).toBeTruthy();
    const scale = file.optionSets[(step as { scale: string }).scale]!;
    const yes = scale.reduce((a, b) => ((b.score ?? -1) > (a.score ?? -1) ? b : a)).id;
    const bareYes = (id: string) => ({ ...answers, [id]: yes, [`${id}${JUSTIFICATION}`]: '' });
    // Other criteria are left unanswered: look only at whether this criterion's justification is asked for.
    const asksWhy = (id: string) =>
      stepSchema(file, framework, step, bareYes(id), validityOptions(model, bareYes(id), step))
        .safeParse(bareYes(id))
        .error?.issues.some((i) => i.path[0] === `${id}${JUSTIFICATION}`) ?? false;
    const validFor = (c: { id: string }) => !asksWhy(c.id);
    expect(validFor(shown!)).toBe(true);
    expect(validFor(open!)).toBe(false);
  });
});

describe('step status from real progress', () => {
  it('a step only opened is in progress, not done; saved and valid it is done', () => {
    const actor = start();
    const { answers, reached, done } = actor.getSnapshot().context;
    // "basics" is on screen: opened, not saved.
    expect(stepStatuses(model, answers, { reached, done })['basics']).toBe('in-progress');
    submitStep(actor);
    const after = actor.getSnapshot().context;
    expect(after.done).toEqual(['basics']);
    expect(stepStatuses(model, after.answers, { reached: after.reached, done: after.done })['basics']).toBe('done');
    expect(stepStatuses(model, after.answers, { reached: after.reached, done: after.done })['proposal']).toBe('in-progress');
    expect(stepStatuses(model, after.answers, { reached: after.reached, done: after.done })['summary']).toBe('not-started');
  });

  it('a file from before saved steps were recorded counts its valid reached steps, except the one on screen', () => {
    const actor = walkTo('groups');
    const { answers, reached } = actor.getSnapshot().context;
    const legacy = { phase: 'answering' as const, stepId: 'groups', reached };
    expect(doneSteps(model, answers, legacy)).toEqual(['basics', 'proposal', 'screening']);
  });
});

describe('completion is remembered', () => {
  function completed() {
    const actor = start();
    for (let i = 0; i < 30 && !actor.getSnapshot().matches('review'); i += 1) submitStep(actor);
    actor.send({ type: 'assessment.completed', at: '2026-12-04T15:19:00.000Z' });
    expect(actor.getSnapshot().matches('complete')).toBe(true);
    return actor;
  }

  it('survives a stored round trip', () => {
    const actor = completed();
    const progress = JSON.parse(JSON.stringify(toProgress(actor.getSnapshot()))) as ReturnType<typeof toProgress>;
    expect(progress.completedAt).toBe('2026-12-04T15:19:00.000Z');
    const restored = createActor(machine, { snapshot: restoreSnapshot(machine, model, actor.getSnapshot().context.answers, progress) }).start();
    expect(restored.getSnapshot().matches('complete')).toBe(true);
    expect(restored.getSnapshot().context.completedAt).toBe('2026-12-04T15:19:00.000Z');
  });

  it('a change after completion returns to the completed page, not the completion prompt; reopening clears it', () => {
    const actor = completed();
    actor.send({ type: 'nav.goto', stepId: 'basics' });
    expect(actor.getSnapshot().matches({ answering: 'revising' })).toBe(true);
    submitStep(actor);
    expect(actor.getSnapshot().matches('complete')).toBe(true);
    actor.send({ type: 'assessment.reopened' });
    expect(actor.getSnapshot().matches('review')).toBe(true);
    expect(actor.getSnapshot().context.completedAt).toBeNull();
  });

  it('an assessment stored as complete before completion was timed is still complete', () => {
    const actor = completed();
    const { completedAt: _, ...old } = toProgress(actor.getSnapshot());
    const restored = createActor(machine, { snapshot: restoreSnapshot(machine, model, actor.getSnapshot().context.answers, old) }).start();
    expect(restored.getSnapshot().matches('complete')).toBe(true);
    expect(restored.getSnapshot().context.completedAt).not.toBeNull();
  });
});

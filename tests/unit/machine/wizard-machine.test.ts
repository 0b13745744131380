// Actor tests of the wizard on the real proposal questionnaire.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createWizardMachine } from '../../../src/machine/wizard-machine';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { fillStep, type Choices } from '../../fixtures/fill';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const model = { file, framework };
const machine = createWizardMachine(model);

/**
 * Screening answers that fit the outcome: "no further analysis" is refused
 * while children are affected or the proposal affects groups differently.
 */
const screeningFor = (outcome: string): Choices =>
  outcome === 'no-analysis'
    ? { 'screening.outcome': outcome, 'screening.children': 'no', 'screening.affects-differently': 'no' }
    : { 'screening.outcome': outcome, 'screening.children': 'yes' };

function start() {
  const actor = createActor(machine).start();
  actor.send({ type: 'assessment.started' });
  return actor;
}

/** Submits valid answers for the current step. */
function submitCurrent(actor: ReturnType<typeof start>, choices: Choices = {}) {
  const { context } = actor.getSnapshot();
  const step = file.steps.find((s) => s.id === context.stepId)!;
  actor.send({ type: 'step.submitted', values: fillStep(file, framework, step, context.answers, choices) });
}

function walkToReview(outcome: string) {
  const actor = start();
  for (let i = 0; i < 20 && !actor.getSnapshot().matches('review'); i += 1) {
    submitCurrent(actor, screeningFor(outcome));
  }
  return actor;
}

describe('wizard machine', () => {
  it('starts in the start phase and enters the first step', () => {
    const actor = createActor(machine).start();
    expect(actor.getSnapshot().value).toBe('start');
    actor.send({ type: 'assessment.started' });
    expect(actor.getSnapshot().matches('answering')).toBe(true);
    expect(actor.getSnapshot().context.stepId).toBe('basics');
  });

  it('blocks Next while the step is invalid, and accepts valid answers', () => {
    const actor = start();
    actor.send({ type: 'step.submitted', values: { 'basics.title': '' } });
    expect(actor.getSnapshot().context.stepId).toBe('basics');
    expect(actor.getSnapshot().context.answers).toEqual({});
    submitCurrent(actor);
    expect(actor.getSnapshot().context.stepId).toBe('proposal');
    expect(actor.getSnapshot().context.answers['basics.title']).toMatch(/Svar/);
  });

  it('goes back, and back from the first step to start', () => {
    const actor = start();
    submitCurrent(actor);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.stepId).toBe('basics');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('start');
  });

  it('"no further analysis" leads from screening to the summary, skipping the analysis steps', () => {
    const actor = walkToReview('no-analysis');
    expect(actor.getSnapshot().context.reached).toEqual(['basics', 'proposal', 'screening', 'summary']);
    expect(actor.getSnapshot().matches('review')).toBe(true);
  });

  it('the light analysis skips the full evidence step and the recommendation check, and asks for the evidence in brief', () => {
    const actor = walkToReview('light');
    expect(actor.getSnapshot().context.reached).toEqual([
      'basics', 'proposal', 'screening', 'groups', 'children', 'evidence-brief', 'consequences', 'measures', 'follow-up', 'summary',
    ]);
  });

  it('the full analysis walks every step (children are affected)', () => {
    const actor = walkToReview('full');
    // Every step but the evidence in brief, which stands in for the full evidence step in a light analysis.
    expect(actor.getSnapshot().context.reached).toEqual(file.steps.map((s) => s.id).filter((id) => id !== 'evidence-brief'));
  });

  it('jumps only to steps already reached', () => {
    const actor = start();
    submitCurrent(actor);
    actor.send({ type: 'nav.goto', stepId: 'summary' });
    expect(actor.getSnapshot().context.stepId).toBe('proposal');
    actor.send({ type: 'nav.goto', stepId: 'basics' });
    expect(actor.getSnapshot().context.stepId).toBe('basics');
  });

  it('a change from review returns to review after save', () => {
    const actor = walkToReview('full');
    actor.send({ type: 'nav.goto', stepId: 'proposal' });
    expect(actor.getSnapshot().matches({ answering: 'revising' })).toBe(true);
    submitCurrent(actor, { 'proposal.what': 'Ändrat förslag' });
    expect(actor.getSnapshot().matches('review')).toBe(true);
    expect(actor.getSnapshot().context.answers['proposal.what']).toBe('Ändrat förslag');
  });

  it('a change from review that leaves another step incomplete goes there first', () => {
    const actor = walkToReview('full');
    actor.send({ type: 'nav.goto', stepId: 'groups' });
    const { answers } = actor.getSnapshot().context;
    const groups = fillStep(file, framework, file.steps.find((s) => s.id === 'groups')!, answers, {}, 3);
    actor.send({ type: 'step.submitted', values: groups });
    expect(actor.getSnapshot().context.stepId).toBe('consequences');
    expect(actor.getSnapshot().matches({ answering: 'revising' })).toBe(true);
    submitCurrent(actor);
    expect(actor.getSnapshot().matches('review')).toBe(true);
  });

  it('keeps answers of a branch not taken when screening changes', () => {
    const actor = walkToReview('full');
    actor.send({ type: 'nav.goto', stepId: 'screening' });
    submitCurrent(actor, screeningFor('no-analysis'));
    const { answers } = actor.getSnapshot().context;
    expect(answers['groups.items']).toBeDefined();
    expect(answers['screening.outcome']).toBe('no-analysis');
  });

  it('completes from review and reopens', () => {
    const actor = walkToReview('light');
    actor.send({ type: 'assessment.completed', at: '2026-12-04T15:19:00.000Z' });
    expect(actor.getSnapshot().value).toBe('complete');
    actor.send({ type: 'assessment.reopened' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  describe('answers.acknowledged (a reason given on the review page)', () => {
    // An optional text question of the summary step, as the reason for completing with open findings is.
    const TEXT = 'summary.notes';

    it('sets one text answer in review, and the assessment then completes with it', () => {
      const actor = walkToReview('full');
      const before = actor.getSnapshot().context.answers;
      actor.send({ type: 'answers.acknowledged', questionId: TEXT, value: 'Beslutet kan inte vänta; bristerna åtgärdas i höst.' });
      expect(actor.getSnapshot().matches('review')).toBe(true);
      expect(actor.getSnapshot().context.answers).toEqual({ ...before, [TEXT]: 'Beslutet kan inte vänta; bristerna åtgärdas i höst.' });
      actor.send({ type: 'assessment.completed', at: '2026-12-04T15:19:00.000Z' });
      expect(actor.getSnapshot().value).toBe('complete');
      expect(actor.getSnapshot().context.answers[TEXT]).toBe('Beslutet kan inte vänta; bristerna åtgärdas i höst.');
    });

    it.each([
      ['a choice question', 'summary.judgement', 'proceed'],
      ['a field inside a group', 'measures.item.what', 'Något'],
      ['a question that does not exist', 'summary.nothing', 'Något'],
      ['a criterion of the check', 'r1.citizen-dialogue', 'yes'],
    ])('refuses %s', (_what, questionId, value) => {
      const actor = walkToReview('full');
      const before = actor.getSnapshot().context.answers;
      actor.send({ type: 'answers.acknowledged', questionId, value });
      expect(actor.getSnapshot().context.answers).toBe(before);
    });

    it('refuses a question on a step that does not apply (no check step without a full analysis)', () => {
      const actor = walkToReview('light');
      const before = actor.getSnapshot().context.answers;
      actor.send({ type: 'answers.acknowledged', questionId: 'evidence.research', value: 'Något' });
      expect(actor.getSnapshot().context.answers).toBe(before);
    });

    it('refuses a value the step would not accept (longer than allowed)', () => {
      const limited = file.steps.flatMap((st) => (st.kind === 'recommendation-check' ? [] : st.questions)).find((q) => (q.type === 'text' || q.type === 'longtext') && q.maxLength);
      if (!limited || (limited.type !== 'text' && limited.type !== 'longtext')) return;
      const actor = walkToReview('full');
      const before = actor.getSnapshot().context.answers;
      actor.send({ type: 'answers.acknowledged', questionId: limited.id, value: 'x'.repeat((limited.maxLength ?? 0) + 1) });
      expect(actor.getSnapshot().context.answers).toBe(before);
    });

    it('is ignored outside review', () => {
      const actor = start();
      actor.send({ type: 'answers.acknowledged', questionId: TEXT, value: 'Något' });
      expect(actor.getSnapshot().context.answers).toEqual({});
    });
  });

  it('survives a round trip of its persisted snapshot through JSON', () => {
    const actor = walkToReview('full');
    actor.send({ type: 'nav.goto', stepId: 'consequences' });
    const json = JSON.stringify(actor.getPersistedSnapshot());
    const restored = createActor(machine, { snapshot: JSON.parse(json) });
    expect(restored.getSnapshot().status).toBe('active');
    restored.start();
    expect(restored.getSnapshot().matches({ answering: 'revising' })).toBe(true);
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    submitCurrent(restored);
    expect(restored.getSnapshot().matches('review')).toBe(true);
  });

  it('works the same for the service self-audit questionnaire', () => {
    const audit = questionnaires.find((q) => q.id === 'service-audit')!;
    const actor = createActor(createWizardMachine({ file: audit, framework })).start();
    actor.send({ type: 'assessment.started' });
    for (let i = 0; i < 20 && !actor.getSnapshot().matches('review'); i += 1) {
      const { context } = actor.getSnapshot();
      const step = audit.steps.find((s) => s.id === context.stepId)!;
      actor.send({ type: 'step.submitted', values: fillStep(audit, framework, step, context.answers) });
    }
    expect(actor.getSnapshot().matches('review')).toBe(true);
    expect(actor.getSnapshot().context.reached).toEqual(audit.steps.map((s) => s.id));
  });
});

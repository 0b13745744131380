// Model-based checks of the wizard machine with xstate/graph: path coverage
// (every state and every transition of the machine is reached), and a
// fast-check property that no sequence of events reaches review while an
// applicable step is invalid.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { firstInvalid } from '../../../src/machine/navigation';
import { createWizardMachine, type WizardEvent, type WizardMachine } from '../../../src/machine/wizard-machine';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { fillStep, type Choices } from '../../fixtures/fill';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const model = { file, framework };
const machine = createWizardMachine(model);
type Snap = SnapshotFrom<WizardMachine>;

/**
 * Screening answers that fit the outcome: "no further analysis" is refused
 * while children are affected or the proposal affects groups differently.
 */
const screeningFor = (outcome: string): Choices =>
  outcome === 'no-analysis'
    ? { 'screening.outcome': outcome, 'screening.children': 'no', 'screening.affects-differently': 'no' }
    : { 'screening.outcome': outcome, 'screening.children': 'yes' };

/** The events worth trying from a snapshot: valid and invalid submissions and every navigation. */
function eventsFor(s: Snap, outcome: string): WizardEvent[] {
  const step = file.steps.find((x) => x.id === s.context.stepId);
  const valid = step ? fillStep(file, framework, step, s.context.answers, screeningFor(outcome)) : {};
  return [
    { type: 'assessment.started' },
    { type: 'step.submitted', values: valid },
    { type: 'step.submitted', values: Object.fromEntries(Object.keys(valid).map((k) => [k, ''])) },
    { type: 'nav.back' },
    ...s.context.reached.slice(0, 2).map((stepId): WizardEvent => ({ type: 'nav.goto', stepId })),
    { type: 'answers.acknowledged', questionId: 'summary.notes', value: 'Skäl' },
    { type: 'assessment.completed', at: '2026-12-04T15:19:00.000Z' },
    { type: 'assessment.reopened' },
    { type: 'assessment.reset', answers: {} },
  ];
}

const stateKey = (s: Snap) => JSON.stringify(s.value);
const serializeState = (s: Snap) => `${stateKey(s)} ${s.context.stepId} ${s.context.reached.length}`;

describe('wizard machine paths (xstate/graph)', () => {
  const edges = ['light', 'no-analysis'].flatMap((outcome) =>
    adjacencyMapToArray(
      getAdjacencyMap(machine, { events: (s: Snap) => eventsFor(s, outcome), serializeState, limit: 5000 }),
    ),
  );

  it('reaches every state of the machine', () => {
    const reached = new Set(edges.flatMap((e) => [stateKey(e.state), stateKey(e.nextState)]));
    expect([...reached].sort()).toEqual(
      ['"complete"', '"review"', '"start"', '{"answering":"editing"}', '{"answering":"revising"}'].sort(),
    );
  });

  it('takes every transition the machine defines', () => {
    const taken = new Set(
      edges.filter((e) => stateKey(e.state) !== stateKey(e.nextState) || e.event.type === 'nav.goto')
        .map((e) => `${stateKey(e.state)} ${e.event.type} ${stateKey(e.nextState)}`),
    );
    for (const expected of [
      '"start" assessment.started {"answering":"editing"}',
      '{"answering":"editing"} step.submitted "review"',
      '{"answering":"editing"} nav.back "start"',
      '{"answering":"editing"} nav.goto {"answering":"editing"}',
      '{"answering":"revising"} step.submitted "review"',
      '{"answering":"revising"} nav.back "start"',
      '"review" nav.goto {"answering":"revising"}',
      '"review" nav.back {"answering":"editing"}',
      '"review" assessment.completed "complete"',
      '"complete" assessment.reopened "review"',
      '"complete" nav.goto {"answering":"revising"}',
      '{"answering":"editing"} assessment.reset "start"',
      '"review" assessment.reset "start"',
      '"complete" assessment.reset "start"',
    ]) {
      expect(taken, expected).toContain(expected);
    }
  });

  it('has a shortest path from the start to review for each screening outcome', () => {
    for (const outcome of ['no-analysis', 'light', 'full']) {
      const paths = getShortestPaths(machine, {
        events: (s: Snap) => eventsFor(s, outcome),
        serializeState,
        toState: (s: Snap) => s.matches('review'),
        limit: 5000,
      });
      expect(paths.length, outcome).toBeGreaterThan(0);
    }
  });
});

describe('wizard machine property (fast-check)', () => {
  // Valid submissions are weighted up so that many runs get as far as review.
  const event = fc.oneof(
    fc.constant('started'),
    { arbitrary: fc.constant('valid'), weight: 20 },
    fc.constant('invalid'),
    fc.constant('back'),
    fc.nat(9).map((i) => `goto:${i}`),
    fc.constant('complete'),
    fc.constant('reopen'),
    fc.constantFrom('no-analysis', 'light', 'full').map((o) => `outcome:${o}`),
    // A reason set from review: a fitting one, and an empty required title.
    fc.constantFrom('ack:summary.notes', 'ack:basics.title'),
  );

  it('never reaches review or complete with an applicable step invalid', () => {
    let reachedReview = 0;
    const invalidAtReview: string[] = [];
    fc.assert(
      fc.property(fc.array(event, { maxLength: 80 }), (events) => {
        const script = ['started', ...events];
        const actor = createActor(machine).start();
        let outcome = 'full';
        for (const step of script) {
          const s = actor.getSnapshot();
          if (step.startsWith('outcome:')) outcome = step.slice(8);
          else if (step === 'started') actor.send({ type: 'assessment.started' });
          else if (step === 'valid' || step === 'invalid') {
            const current = file.steps.find((x) => x.id === s.context.stepId);
            if (!current) continue;
            const values = fillStep(file, framework, current, s.context.answers, screeningFor(outcome));
            actor.send({
              type: 'step.submitted',
              values: step === 'valid' ? values : Object.fromEntries(Object.keys(values).map((k) => [k, ''])),
            });
          } else if (step === 'back') actor.send({ type: 'nav.back' });
          else if (step === 'complete') actor.send({ type: 'assessment.completed', at: '2026-12-04T15:19:00.000Z' });
          else if (step === 'reopen') actor.send({ type: 'assessment.reopened' });
          else if (step.startsWith('ack:')) actor.send({ type: 'answers.acknowledged', questionId: step.slice(4), value: '' });
          else actor.send({ type: 'nav.goto', stepId: file.steps[Number(step.slice(5))]!.id });
          const after = actor.getSnapshot();
          if (after.matches('review') || after.matches('complete')) {
            reachedReview += 1;
            const invalid = firstInvalid(model, after.context.answers);
            if (invalid) invalidAtReview.push(invalid.id);
          }
        }
        return invalidAtReview.length === 0;
      }),
      // A fixed seed keeps the run (and the coverage check below) reproducible.
      { numRuns: 150, seed: 20261123 },
    );
    expect(invalidAtReview).toEqual([]);
    // The property is only meaningful if random scripts do reach review.
    expect(reachedReview).toBeGreaterThan(5);
  });
});

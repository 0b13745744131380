// In a workshop group's copy only the case and the group's name must be
// answered to move on: the machine lets a group past a step with other
// required questions empty, what is given is still checked, and completing
// still asks for everything (the review lists what is missing).
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { caseAnswers } from '../../../src/assessment/case';
import { workshopMustAnswer, withGroupName } from '../../../src/assessment/workshop-copy';
import { canMoveOn, firstInvalid, stepValid } from '../../../src/machine/navigation';
import { restoreSnapshot, toProgress } from '../../../src/machine/persistence';
import { createWizardMachine } from '../../../src/machine/wizard-machine';
import type { Answers } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { allQuestions } from '../../../src/questionnaire/walk';
import { CASES, caseAssessment } from '../../fixtures/cases';

const file = questionnaires.find((q) => q.id === 'proposal')!;
const audit = questionnaires.find((q) => q.id === 'service-audit')!;
const strict = { file, framework };
const lenient = { file, framework, mustAnswer: workshopMustAnswer(file) };
const tagged = (f: typeof file, tag: string) => allQuestions(f).filter((l) => !l.group && l.question.tags?.includes(tag)).map((l) => l.question.id);
const step = (id: string) => file.steps.find((s) => s.id === id)!;

/** A group's copy of the library case: the case, named, nothing else. */
const named = withGroupName(file, { ...caseAssessment(CASES[0]!), answers: caseAnswers(file, caseAssessment(CASES[0]!).answers), name: '' }, '  Grupp   3 ');
const first = step(file.steps[0]!.id);

describe('what a workshop copy must answer', () => {
  it.each([
    ['proposal', file],
    ['service-audit', audit],
  ] as const)('%s: every question tagged case and the assessors, nothing else', (_id, f) => {
    const must = workshopMustAnswer(f);
    expect([...must].sort()).toEqual([...new Set([...tagged(f, 'case'), ...tagged(f, 'meta-assessors')])].sort());
    expect(tagged(f, 'meta-assessors').length).toBeGreaterThan(0);
  });
});

describe('the group name', () => {
  it('names the copy and answers the assessors question, tidied', () => {
    expect(named.name).toBe('Grupp 3');
    for (const id of tagged(file, 'meta-assessors')) expect(named.answers[id]).toBe('Grupp 3');
  });

  it('does not overwrite assessors already given', () => {
    const id = tagged(file, 'meta-assessors')[0]!;
    const given = withGroupName(file, { ...named, answers: { ...named.answers, [id]: 'Sara Lind' } }, 'Grupp 4');
    expect(given.name).toBe('Grupp 4');
    expect(given.answers[id]).toBe('Sara Lind');
  });
});

describe('moving on in a workshop copy', () => {
  const answers = named.answers;
  const required = first.kind === 'questions' ? first.questions.filter((q) => q.required).map((q) => q.id) : [];
  const unanswered = required.filter((id) => answers[id] === undefined);

  it('the first step has a required question outside the case that the copy leaves empty (the date)', () => {
    expect(unanswered.length).toBeGreaterThan(0);
    expect(unanswered.every((id) => !workshopMustAnswer(file).has(id))).toBe(true);
  });

  it('may leave it: valid to move on, not complete', () => {
    expect(canMoveOn(lenient, answers, first)).toBe(true);
    expect(stepValid(lenient, answers, first)).toBe(false);
    expect(canMoveOn(strict, answers, first)).toBe(false);
  });

  it('still needs the case and the group name', () => {
    const title = tagged(file, 'meta-title')[0]!;
    const assessors = tagged(file, 'meta-assessors')[0]!;
    expect(canMoveOn(lenient, { ...answers, [title]: '' }, first)).toBe(false);
    expect(canMoveOn(lenient, { ...answers, [assessors]: ' ' }, first)).toBe(false);
  });

  it('still checks what is given: a date that is not one is refused', () => {
    const date = tagged(file, 'meta-date')[0]!;
    expect(canMoveOn(lenient, { ...answers, [date]: '2026-13-45' }, first)).toBe(false);
    expect(canMoveOn(lenient, { ...answers, [date]: '2026-03-10' }, first)).toBe(true);
  });

  it('the machine moves a group through every step with nothing but the case, then refuses to complete', () => {
    const actor = createActor(createWizardMachine(lenient)).start();
    actor.send({ type: 'assessment.started' });
    const seen: string[] = [];
    for (let i = 0; i < 40 && actor.getSnapshot().matches('answering'); i += 1) {
      seen.push(actor.getSnapshot().context.stepId!);
      // The case and the name on the first step; nothing at all after it.
      actor.send({ type: 'step.submitted', values: i === 0 ? named.answers : ({} as Answers) });
    }
    expect(actor.getSnapshot().value).toBe('review');
    expect(seen[0]).toBe(first.id);
    expect(seen.length).toBeGreaterThan(3);
    // What was left is still missing: completion is refused and the first gap in the answers is the first step.
    actor.send({ type: 'assessment.completed', at: '2026-12-05T10:00:00Z' });
    expect(actor.getSnapshot().value).toBe('review');
    expect(firstInvalid(lenient, actor.getSnapshot().context.answers)?.id).toBe(first.id);
  });

  it('a reload keeps a workshop copy on the review it reached; the same answers in an ordinary copy reopen the first step', () => {
    const machine = createWizardMachine(lenient);
    const actor = createActor(machine).start();
    actor.send({ type: 'assessment.started' });
    for (let i = 0; i < 40 && actor.getSnapshot().matches('answering'); i += 1) {
      actor.send({ type: 'step.submitted', values: i === 0 ? named.answers : ({} as Answers) });
    }
    const given = actor.getSnapshot().context.answers;
    const progress = JSON.parse(JSON.stringify(toProgress(actor.getSnapshot()))) as ReturnType<typeof toProgress>;
    expect(progress.phase).toBe('review');
    expect(restoreSnapshot(machine, lenient, given, progress).value).toBe('review');
    const ordinary = restoreSnapshot(createWizardMachine(strict), strict, given, progress);
    expect(ordinary.value).toEqual({ answering: 'revising' });
    expect(ordinary.context.stepId).toBe(first.id);
  });

  it('a copy that is not a workshop copy cannot move on with the same answers', () => {
    const actor = createActor(createWizardMachine(strict)).start();
    actor.send({ type: 'assessment.started' });
    actor.send({ type: 'step.submitted', values: named.answers });
    expect(actor.getSnapshot().context.stepId).toBe(first.id);
  });
});

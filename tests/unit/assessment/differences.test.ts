// What differs between a stored assessment and an imported file of the same
// one: the assessor's copy and the reviewer's copy, changed apart. Built on
// the format 4 fixture (answers, two review rounds, a decision, a follow-up).
import { describe, expect, it } from 'vitest';
import { checkAssessmentText } from '../../../src/app/import-file';
import type { Assessment } from '../../../src/assessment/assessment';
import { assessmentDifferences } from '../../../src/assessment/differences';
import { sameValue } from '../../../src/questionnaire/answers';
import { framework, questionnaires } from '../../../src/questionnaire/catalogue';
import { formatFixture } from '../../fixtures/formats';

const read = (): Assessment => {
  const parsed = checkAssessmentText(formatFixture('v4.json'));
  if (!parsed.ok) throw new Error('the v4 fixture no longer reads');
  return parsed.value;
};
const here = read();
const file = questionnaires.find((q) => q.id === here.questionnaire.id)!;
const diff = (incoming: Assessment, stored: Assessment = here) => assessmentDifferences(file, framework, incoming, stored);
const copy = (): Assessment => structuredClone(read());

describe('differences between a file and the stored assessment', () => {
  it('the same content is identical, whatever its origin, revision or place in the wizard', () => {
    const same = { ...copy(), origin: { kind: 'file' as const, at: '2026-12-05T10:00:00.000Z', from: 'x.json' }, revision: 99 };
    same.progress = { ...same.progress, stepId: 'groups' };
    const d = diff(same);
    expect(d.identical).toBe(true);
    expect(d.steps).toEqual([]);
    expect(d.other).toEqual([]);
    // The higher revision at the same time counts as newer, and is said so even when nothing differs.
    expect(d.newer).toBe('file');
  });

  it('lists the steps whose answers differ, in the questionnaire’s order, and which copy is newer', () => {
    const changed = copy();
    changed.answers['groups.items'] = [];
    changed.answers['basics.title'] = 'Nytt namn på förslaget';
    changed.updatedAt = '2026-03-20T08:00:00.000Z';
    const d = diff(changed);
    expect(d.identical).toBe(false);
    expect(d.steps).toEqual(['basics', 'groups']);
    expect(d.newer).toBe('file');
    expect(diff(here, changed).newer).toBe('here');
  });

  it('the order of keys does not count as a difference', () => {
    const reordered = copy();
    reordered.answers = Object.fromEntries(Object.entries(reordered.answers).reverse());
    expect(diff(reordered).identical).toBe(true);
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });

  it('a reviewer’s new round, comments, replies and sign-off are named', () => {
    const reviewed = copy();
    // The assessor's copy here ends before the second round; the reviewer's file has it, and a reply in the first.
    const assessor = copy();
    assessor.review = assessor.review.slice(0, 1);
    delete assessor.review[0]!.steps.groups!.reply;
    assessor.review[0]!.steps.basics!.comment = 'Ändrad kommentar';
    delete assessor.review[0]!.signOff;
    const d = diff(reviewed, assessor);
    expect(d.review.roundsInFile).toEqual([{ number: 2, reviewer: 'Sara Lind', startedAt: '2026-03-15T09:00:00.000Z' }]);
    expect(d.review.roundsHere).toEqual([]);
    expect(d.review.comments).toEqual(['basics']);
    expect(d.review.replies).toEqual(['groups']);
    expect(d.review.signOffs).toEqual([{ number: 1, side: 'file', file: reviewed.review[0]!.signOff }]);
    // Seen from the other side, the round and the sign-off are the stored copy's own.
    const back = diff(assessor, reviewed);
    expect(back.review.roundsHere.map((r) => r.number)).toEqual([2]);
    expect(back.review.signOffs[0]!.side).toBe('here');
  });

  it('rounds begun apart are each copy’s own, never paired', () => {
    const other = copy();
    other.review[1]!.reviewer = { name: 'Omar Nilsson', role: 'Controller' };
    const d = diff(other);
    expect(d.review.roundsInFile.map((r) => r.reviewer)).toEqual(['Sara Lind', 'Omar Nilsson']);
    expect(d.review.roundsHere.map((r) => r.reviewer)).toEqual(['Sara Lind', 'Sara Lind']);
    expect(d.review.comments).toEqual([]);
  });

  it('a decision recorded in one copy, or recorded differently', () => {
    const none = copy();
    delete none.decision;
    expect(diff(here, none).decision).toEqual({ side: 'file', file: here.decision });
    expect(diff(none).decision).toEqual({ side: 'here', here: here.decision });
    const amended = copy();
    amended.decision!.paragraph = '§ 42';
    expect(diff(amended).decision?.side).toBe('both');
    expect(diff(copy()).decision).toBeUndefined();
  });

  it('follow-ups added in either copy, or changed in both', () => {
    const more = copy();
    more.followUps.push({ ...structuredClone(more.followUps[0]!), id: 'f-2027-04', date: '2027-04-15' });
    more.followUps[0]!.summary = 'Omskriven sammanfattning';
    const d = diff(more);
    expect(d.followUps).toEqual({ inFile: [{ id: 'f-2027-04', date: '2027-04-15' }], here: [], changed: [{ id: 'f-2026-10', date: '2026-10-15' }] });
    expect(diff(here, more).followUps.here).toEqual([{ id: 'f-2027-04', date: '2027-04-15' }]);
  });

  it('other parts: name, completion, drafts, answers no step asks', () => {
    const changed = copy();
    changed.name = 'Annat namn';
    changed.progress = { ...changed.progress, completedAt: null, phase: 'revising' };
    changed.drafts = {};
    changed.answers['no.such.question'] = 'kvar från en annan version';
    const d = diff(changed);
    expect(d.other).toEqual(['name', 'completion', 'progress', 'drafts', 'other-answers']);
    expect(d.steps).toEqual([]);
    expect(d.identical).toBe(false);
  });
});

// The peer review's pure state changes: rounds, verdicts, replies, resubmission and sign-off.
import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/formats/v4.json';
import { ZAssessment, type Assessment } from '../../../../src/assessment/assessment';
import { ZStoredAssessment } from '../../../../src/assessment/migrations';
import {
  canResubmit,
  canStartRound,
  currentRound,
  latestSignOff,
  openComments,
  peerReviewStatus,
  reply,
  resubmit,
  reviewedSteps,
  setVerdict,
  signOff,
  startRound,
} from '../../../../src/assessment/after/review-state';

const base: Assessment = { ...ZStoredAssessment.parse(fixture), review: [] };
const at = (minute: number) => new Date(Date.UTC(2026, 2, 13, 8, minute));
const reviewer = { name: ' Sara Lind ', role: 'Folkhälsostrateg' };

function returned(): Assessment {
  let a = startRound(base, reviewer, at(0));
  a = setVerdict(a, 'groups', 'needs-improvement', 'Äldre saknas.', at(1));
  a = setVerdict(a, 'basics', 'acceptable', '', at(2));
  a = setVerdict(a, 'measures', 'needs-improvement', 'Ingen kostnad.', at(3));
  return signOff(a, { name: 'Sara Lind', role: 'Folkhälsostrateg', date: '2026-03-13', outcome: 'returned' }, at(4));
}

describe('peer review state', () => {
  it('has no round and may start one before any review', () => {
    expect(peerReviewStatus(base)).toBe('none');
    expect(currentRound(base)).toBeUndefined();
    expect(canStartRound(base)).toBe(true);
    expect(latestSignOff(base)).toBeUndefined();
  });

  it('starts a round on the current revision, trimming the name, and stamps updatedAt', () => {
    const a = startRound(base, reviewer, at(0));
    expect(a.review).toHaveLength(1);
    expect(currentRound(a)).toEqual({ reviewer: { name: 'Sara Lind', role: 'Folkhälsostrateg' }, startedAt: at(0).toISOString(), revision: base.revision, steps: {} });
    expect(a.updatedAt).toBe(at(0).toISOString());
    expect(peerReviewStatus(a)).toBe('in-review');
    expect(canStartRound(a)).toBe(false);
    expect(() => startRound(a, reviewer, at(1))).toThrow('already under way');
    expect(base.review).toEqual([]);
  });

  it('records verdicts and lists the open comments in step order', () => {
    const a = returned();
    expect(peerReviewStatus(a)).toBe('returned');
    expect(openComments(currentRound(a), ['basics', 'groups', 'measures'])).toEqual(['groups', 'measures']);
    expect(openComments(currentRound(a), ['measures', 'groups'])).toEqual(['measures', 'groups']);
    expect(reviewedSteps(currentRound(a)!, ['basics', 'groups', 'measures'])).toEqual(['basics', 'groups', 'measures']);
    expect(latestSignOff(a)?.outcome).toBe('returned');
    expect(() => setVerdict(a, 'basics', 'acceptable', '', at(5))).toThrow('signed off');
  });

  it('takes replies, allows resubmission only when every comment has one, and keeps the round', () => {
    let a = returned();
    expect(canResubmit(a)).toBe(false);
    expect(() => resubmit(a, at(10))).toThrow('Not every comment');
    a = reply(a, 'groups', ' Tillagt. ', at(6));
    expect(currentRound(a)!.steps.groups!.reply).toEqual({ text: 'Tillagt.', at: at(6).toISOString() });
    expect(canResubmit(a)).toBe(false);
    a = reply(a, 'measures', '   ', at(7));
    expect(canResubmit(a)).toBe(false);
    a = reply(a, 'measures', 'Kostnad tillagd.', at(8));
    expect(canResubmit(a)).toBe(true);
    a = resubmit(a, at(9));
    expect(peerReviewStatus(a)).toBe('resubmitted');
    expect(currentRound(a)!.resubmittedAt).toBe(at(9).toISOString());
    expect(a.updatedAt).toBe(at(9).toISOString());
    expect(() => reply(a, 'groups', 'Mer', at(10))).toThrow('Only a returned round');
    // The next round begins empty; the earlier one with its comments stays as it was.
    expect(canStartRound(a)).toBe(true);
    const next = startRound(a, reviewer, at(11));
    expect(next.review).toHaveLength(2);
    expect(next.review[0]).toEqual(a.review[0]);
    expect(currentRound(next)!.steps).toEqual({});
  });

  it('keeps a reply when the reviewer changes the verdict on the same step', () => {
    let a = startRound(base, reviewer, at(0));
    a = setVerdict(a, 'groups', 'needs-improvement', 'Äldre saknas.', at(1));
    a = setVerdict(a, 'groups', 'acceptable', 'Bra nu', at(2));
    expect(currentRound(a)!.steps.groups).toEqual({ verdict: 'acceptable', comment: 'Bra nu', at: at(2).toISOString() });
  });

  it('approves, after which nothing more is started or replied to', () => {
    let a = startRound(base, reviewer, at(0));
    a = setVerdict(a, 'groups', 'acceptable', '', at(1));
    a = signOff(a, { name: 'Sara Lind', role: '', date: '2026-03-13', outcome: 'approved' }, at(2));
    expect(peerReviewStatus(a)).toBe('approved');
    expect(canStartRound(a)).toBe(false);
    expect(canResubmit(a)).toBe(false);
    expect(() => reply(a, 'groups', 'x', at(3))).toThrow('Only a returned round');
    expect(() => signOff(a, { name: 'X', role: '', date: '2026-03-13', outcome: 'returned' }, at(3))).toThrow('already signed off');
    expect(ZAssessment.parse(a)).toEqual(a);
  });
});

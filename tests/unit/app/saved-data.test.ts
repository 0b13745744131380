// The saved list's lines after the decision, read from a stored assessment:
// what is due next (overdue said so), the decision on record, the peer
// review; and the list's order, what is due first.
import { describe, expect, it } from 'vitest';
import { afterDecision, byWhatIsDue, importDifferences, localToday } from '../../../src/app/saved-data';
import { checkAssessmentText } from '../../../src/app/import-file';
import type { Assessment } from '../../../src/assessment/assessment';
import { questionnaires } from '../../../src/questionnaire/catalogue';
import type { SavedItem } from '../../../src/ui/home/saved-list';
import { formatFixture } from '../../fixtures/formats';

const fixture = (): Assessment => {
  const parsed = checkAssessmentText(formatFixture('v4.json'));
  if (!parsed.ok) throw new Error('the v4 fixture no longer reads');
  return structuredClone(parsed.value);
};
const file = questionnaires.find((q) => q.id === fixture().questionnaire.id)!;

describe('the saved list after the decision', () => {
  it('names the decision on record and the latest sign-off', () => {
    const after = afterDecision(file, fixture(), '2026-12-05');
    expect(after.decision).toEqual({ caseNumber: 'KFN 2026/112', outcome: 'amended', meetingDate: '2026-04-08' });
    expect(after.peerReview).toEqual({ status: 'approved', date: '2026-03-15' });
  });

  it('a follow-up date still ahead is next; once passed it is overdue, with the link to follow up', () => {
    const a = fixture();
    a.answers['follow-up.when'] = '2027-04-01';
    expect(afterDecision(file, a, '2026-12-05').due).toEqual({ kind: 'follow-up', date: '2027-04-01', label: '', overdue: false });
    expect(afterDecision(file, a, '2027-04-01').due).toMatchObject({ overdue: false, followUpHref: `#/a/${a.id}/follow-up` });
    expect(afterDecision(file, a, '2027-04-02').due).toEqual({ kind: 'follow-up', date: '2027-04-01', label: '', overdue: true, followUpHref: `#/a/${a.id}/follow-up` });
  });

  it('a returned review reads as returned, a resubmitted one by the time it was sent back, one under way without a date', () => {
    const a = fixture();
    a.review = a.review.slice(0, 1);
    expect(afterDecision(file, a, '2026-12-05').peerReview).toEqual({ status: 'resubmitted', date: '2026-03-14T10:05:00.000Z' });
    delete a.review[0]!.resubmittedAt;
    expect(afterDecision(file, a, '2026-12-05').peerReview).toEqual({ status: 'returned', date: '2026-03-13' });
    delete a.review[0]!.signOff;
    expect(afterDecision(file, a, '2026-12-05').peerReview).toEqual({ status: 'in-review' });
    a.review = [];
    delete a.decision;
    expect(afterDecision(file, a, '2026-12-05')).toEqual({});
  });

  it('orders what is due first, by date, then the rest as they were', () => {
    const item = (id: string, date?: string): SavedItem => ({
      id,
      name: id,
      questionnaireTitle: '',
      updatedAt: '',
      done: 0,
      total: 0,
      ...(date ? { after: { due: { kind: 'follow-up' as const, date, label: '', overdue: false } } } : {}),
    });
    const sorted = byWhatIsDue([item('newest'), item('later', '2027-05-01'), item('older'), item('sooner', '2026-10-15'), item('same-day', '2026-10-15')]);
    expect(sorted.map((i) => i.id)).toEqual(['sooner', 'same-day', 'later', 'newest', 'older']);
  });

  it('today is the calendar day where the user is', () => {
    expect(localToday(new Date(2026, 11, 5, 23, 59))).toBe('2026-12-05');
    expect(localToday(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });

  it('differences on import only between copies of one questionnaire that can be read', () => {
    const a = fixture();
    expect(importDifferences(a, undefined)).toBeUndefined();
    expect(importDifferences(a, { ...a, questionnaire: { ...a.questionnaire, id: 'service-audit' } })).toBeUndefined();
    expect(importDifferences(a, a)?.identical).toBe(true);
  });
});

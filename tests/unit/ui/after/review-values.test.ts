// What the reviewer's form requires before saving and signing off: a comment for
// "behöver förbättras", a name, a date, an outcome, and a step to improve on a return.
import { describe, expect, it } from 'vitest';
import { checkSignOff, checkVerdicts, commentId, draftsOf, signOffId, verdictId } from '../../../../src/ui/after/review-values';

const steps = ['basics', 'groups', 'measures'];
const signed = { name: 'Sara Lind', role: '', date: '2026-03-13', outcome: 'approved' as const };

describe('peer review form values', () => {
  it('starts from the round’s verdicts, empty where none is given', () => {
    const drafts = draftsOf({ reviewer: { name: 'S', role: '' }, startedAt: 'x', revision: 1, steps: { groups: { verdict: 'needs-improvement', comment: 'Saknas', at: 'x' } } }, steps);
    expect(drafts).toEqual({ basics: { verdict: '', comment: '' }, groups: { verdict: 'needs-improvement', comment: 'Saknas' }, measures: { verdict: '', comment: '' } });
  });

  it('asks for a comment on each step that needs improvement, in step order', () => {
    const drafts = { basics: { verdict: 'acceptable' as const, comment: '' }, groups: { verdict: 'needs-improvement' as const, comment: '  ' }, measures: { verdict: 'needs-improvement' as const, comment: '' } };
    expect(checkVerdicts(drafts, steps)).toEqual([
      { target: commentId('groups'), code: 'commentRequired', stepId: 'groups' },
      { target: commentId('measures'), code: 'commentRequired', stepId: 'measures' },
    ]);
  });

  it('asks for name, date and outcome before signing off', () => {
    const errors = checkSignOff(draftsOf(undefined, steps), { name: ' ', role: '', date: '', outcome: '' }, steps);
    expect(errors.map((e) => [e.target, e.code])).toEqual([
      [signOffId('name'), 'nameRequired'],
      [signOffId('date'), 'dateRequired'],
      [signOffId('outcome'), 'outcomeRequired'],
    ]);
    expect(checkSignOff(draftsOf(undefined, steps), signed, steps)).toEqual([]);
  });

  it('refuses a return with no step to improve', () => {
    const acceptable = { basics: { verdict: 'acceptable' as const, comment: '' } };
    expect(checkSignOff(acceptable, { ...signed, outcome: 'returned' }, steps)).toEqual([{ target: verdictId('basics'), code: 'returnNeedsStep' }]);
    const one = { ...acceptable, groups: { verdict: 'needs-improvement' as const, comment: 'Äldre saknas' } };
    expect(checkSignOff(one, { ...signed, outcome: 'returned' }, steps)).toEqual([]);
  });
});

// A draft is laid over the form's values as stored: fields matched by their
// stable ids, so an indicator or measure removed since is dropped, one added
// since starts as stored; and a draft that says what is stored is not one.
import { describe, expect, it } from 'vitest';
import { decisionValues } from '../../../../src/ui/after/decision-values';
import { differs, withDecisionDraft, withFollowUpDraft, withReviewerDraft, ZFollowUpDraft, ZReviewerDraft } from '../../../../src/ui/after/form-drafts';
import type { FollowUpValues, IndicatorValues, MeasureValues } from '../../../../src/ui/after/follow-up-values';

const indicator = (itemId: string, unit = ''): IndicatorValues => ({ itemId, measured: 'yes', source: '', unit, figures: [], judged: '', note: '' });
const measure = (itemId: string, status: MeasureValues['status'] = ''): MeasureValues => ({ itemId, status, cost: '', note: '' });

describe('drafts laid over stored values', () => {
  it('a follow-up: by item id, only the indicators and measures still asked', () => {
    const stored: FollowUpValues = { date: '2027-03-01', indicators: [indicator('i-1'), indicator('i-3')], measures: [measure('m-1'), measure('m-2')], summary: '' };
    const draft: FollowUpValues = {
      date: '2027-03-02',
      indicators: [indicator('i-1', 'besök per vecka'), indicator('i-2', 'borttagen')],
      measures: [measure('m-2', 'done')],
      summary: 'Besöken minskade.',
    };
    const laid = withFollowUpDraft(stored, draft);
    expect(laid).toEqual({
      date: '2027-03-02',
      indicators: [indicator('i-1', 'besök per vecka'), indicator('i-3')],
      measures: [measure('m-1'), measure('m-2', 'done')],
      summary: 'Besöken minskade.',
    });
    expect(ZFollowUpDraft.parse(laid)).toEqual(laid);
    expect(differs(stored, laid)).toBe(true);
    expect(withFollowUpDraft(stored, undefined)).toBe(stored);
  });

  it('the reviewer: verdicts of the steps still reviewed, and the sign-off', () => {
    const stored = { verdicts: { basics: { verdict: '' as const, comment: '' }, groups: { verdict: '' as const, comment: '' } }, signOff: { name: 'Sara Lind', role: '', date: '2026-12-05', outcome: '' as const } };
    const draft = { verdicts: { groups: { verdict: 'needs-improvement' as const, comment: 'Äldre saknas.' }, gone: { verdict: 'acceptable' as const, comment: '' } }, signOff: { ...stored.signOff, role: 'Folkhälsostrateg' } };
    const laid = withReviewerDraft(stored, ZReviewerDraft.parse(draft));
    expect(laid.verdicts).toEqual({ basics: stored.verdicts.basics, groups: draft.verdicts.groups });
    expect(laid.signOff.role).toBe('Folkhälsostrateg');
  });

  it('the decision, and a draft that says what is stored is no draft (whatever the order of its fields)', () => {
    const stored = decisionValues(undefined, 'Kulturnämnden');
    const reordered = Object.fromEntries(Object.entries(stored).reverse()) as typeof stored;
    expect(differs(stored, withDecisionDraft(stored, reordered))).toBe(false);
    expect(differs(stored, withDecisionDraft(stored, { ...stored, caseNumber: 'KFN 2026/112' }))).toBe(true);
  });
});

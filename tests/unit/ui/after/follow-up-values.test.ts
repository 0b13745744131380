// The decision and follow-up forms' values, checked without rendering: what
// is required and when, the committee prefilled, a new follow-up's rows
// (two per breakdown named, or the earlier follow-up's categories and
// baselines), numbers with a decimal comma, rows left empty, an indicator
// that could not be measured, and follow-ups kept in date order.
import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../../src/assessment/after/follow-up';
import type { IndicatorRef, MeasureRef } from '../../../../src/assessment/after/refs';
import { checkDecision, decisionValues, isCalendarDate, toDecision, type DecisionValues } from '../../../../src/ui/after/decision-values';
import { checkFollowUp, followUpValues, toFollowUp, withFollowUp, type FollowUpValues } from '../../../../src/ui/after/follow-up-values';

const decision = (v: Partial<DecisionValues>): DecisionValues => ({ caseNumber: 'KFN 2026/112', body: '', meetingDate: '2026-04-08', paragraph: '§ 41', outcome: 'as-proposed', changes: '', ...v });

describe('the decision form', () => {
  it('asks for the case number, meeting date, paragraph and outcome, in the order of the form', () => {
    expect(checkDecision({ caseNumber: ' ', body: '', meetingDate: '', paragraph: '', outcome: '', changes: '' })).toEqual({
      caseNumber: 'caseNumber',
      meetingDate: 'meetingDate',
      paragraph: 'paragraph',
      outcome: 'outcome',
    });
  });

  it.each([
    ['as-proposed', {}],
    ['rejected', {}],
    ['amended', { changes: 'changes-amended' }],
    ['postponed', { changes: 'changes-postponed' }],
  ] as const)('asks what changed only when the outcome is %s and it is empty', (outcome, expected) => {
    expect(checkDecision(decision({ outcome }))).toEqual(expected);
    expect(checkDecision(decision({ outcome, changes: 'Lördagsöppet behålls.' }))).toEqual({});
  });

  it('refuses a date that does not exist', () => {
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(checkDecision(decision({ meetingDate: '2026-02-30' }))).toEqual({ meetingDate: 'meetingDateInvalid' });
  });

  it('prefills the committee the assessment named, and otherwise the decision on record', () => {
    expect(decisionValues(undefined, 'Kulturnämnden')).toMatchObject({ body: 'Kulturnämnden', outcome: '' });
    const recorded = toDecision(decision({ body: 'Kultur- och fritidsnämnden ', outcome: 'amended', changes: ' Lördagsöppet behålls. ' }), new Date('2026-04-09T07:30:00Z'));
    expect(recorded).toEqual({
      caseNumber: 'KFN 2026/112',
      body: 'Kultur- och fritidsnämnden',
      meetingDate: '2026-04-08',
      paragraph: '§ 41',
      outcome: 'amended',
      changes: 'Lördagsöppet behålls.',
      recordedAt: '2026-04-09T07:30:00.000Z',
    });
    expect(decisionValues(recorded, 'Kulturnämnden').body).toBe('Kultur- och fritidsnämnden');
  });
});

const indicators: IndicatorRef[] = [
  { itemId: 'i1', name: 'Besök per vecka', breakdowns: ['sex', 'area'], baseline: '200 besök', source: 'Besöksräknaren' },
  { itemId: 'i2', name: 'Nöjdhet', breakdowns: ['none'], baseline: '', source: '' },
];
const measures: MeasureRef[] = [{ itemId: 'm1', what: 'Läxhjälp', owner: 'Bibliotekschefen', cost: '40 000 kr' }];

const earlier: FollowUp = {
  id: 'f1',
  date: '2026-10-15',
  createdAt: '2026-10-15T12:00:00.000Z',
  updatedAt: '2026-10-15T12:00:00.000Z',
  indicators: [
    {
      itemId: 'i1',
      measured: true,
      source: 'Besöksräknare',
      unit: 'besök per vecka',
      figures: [
        { breakdown: 'sex', category: 'Flickor', baseline: 120.5, now: 110 },
        { breakdown: 'sex', category: 'Pojkar', baseline: 80, now: 60 },
      ],
      note: '',
    },
  ],
  measures: [{ itemId: 'm1', status: 'partly', cost: '', note: '' }],
  summary: '',
};

describe('a new follow-up', () => {
  it('has two empty rows for each breakdown the indicator named, and none for "no breakdown"', () => {
    const v = followUpValues(undefined, undefined, indicators, measures, '2027-09-30', 'sv');
    expect(v.date).toBe('2027-09-30');
    expect(v.indicators.map((i) => i.figures.map((f) => f.breakdown))).toEqual([['sex', 'sex', 'area', 'area'], []]);
    expect(v.indicators[0]).toMatchObject({ measured: 'yes', source: 'Besöksräknaren', judged: '' });
    expect(v.measures).toEqual([{ itemId: 'm1', status: '', cost: '', note: '' }]);
  });

  it('starts from the earlier follow-up’s categories and baselines, with the figures now empty', () => {
    const v = followUpValues(undefined, earlier, indicators, measures, '2027-09-30', 'sv');
    expect(v.indicators[0]!.figures).toEqual([
      { breakdown: 'sex', category: 'Flickor', baseline: '120,5', now: '' },
      { breakdown: 'sex', category: 'Pojkar', baseline: '80', now: '' },
      { breakdown: 'area', category: '', baseline: '', now: '' },
      { breakdown: 'area', category: '', baseline: '', now: '' },
    ]);
    expect(v.indicators[0]).toMatchObject({ source: 'Besöksräknare', unit: 'besök per vecka' });
    // A saved follow-up opened again shows its own answers, numbers in English with a point.
    expect(followUpValues(earlier, undefined, indicators, measures, '2027-09-30', 'en').indicators[0]!.figures[0]).toEqual({ breakdown: 'sex', category: 'Flickor', baseline: '120.5', now: '110' });
  });
});

describe('checking and storing a follow-up', () => {
  const values = (): FollowUpValues => {
    const v = followUpValues(undefined, undefined, indicators, measures, '2027-09-30', 'sv');
    v.indicators[0]!.figures = [
      { breakdown: 'sex', category: 'Kvinnor', baseline: '12,5', now: '14' },
      { breakdown: 'sex', category: 'Män', baseline: '10', now: '' },
      { breakdown: 'area', category: '', baseline: '', now: '' },
    ];
    return v;
  };

  it('ignores rows left empty and accepts a decimal comma', () => {
    expect(checkFollowUp(values())).toEqual([]);
    const stored = toFollowUp(values(), { id: 'f2', createdAt: '2027-09-30T08:00:00.000Z' }, new Date('2027-09-30T09:00:00Z'));
    expect(stored.indicators[0]!.figures).toEqual([
      { breakdown: 'sex', category: 'Kvinnor', baseline: 12.5, now: 14 },
      { breakdown: 'sex', category: 'Män', baseline: 10, now: null },
    ]);
    expect(stored).toMatchObject({ id: 'f2', date: '2027-09-30', createdAt: '2027-09-30T08:00:00.000Z', updatedAt: '2027-09-30T09:00:00.000Z' });
    // Nothing chosen is nothing stored: no judgement, no status.
    expect(stored.indicators[0]).not.toHaveProperty('judged');
    expect(stored.measures[0]).toEqual({ itemId: 'm1', cost: '', note: '' });
  });

  it('names a row without a group, a group twice, a figure that is not a number, and a missing or impossible date', () => {
    const v = values();
    v.date = '2027-02-30';
    v.indicators[0]!.figures = [
      { breakdown: 'sex', category: '', baseline: '1', now: '' },
      { breakdown: 'sex', category: 'Män', baseline: 'tio', now: '9' },
      { breakdown: 'sex', category: 'män ', baseline: '', now: '' },
      { breakdown: 'area', category: 'Män', baseline: '', now: '' },
    ];
    expect(checkFollowUp(v)).toEqual([
      { path: 'date', code: 'dateInvalid' },
      { path: 'indicators.0.figures.0.category', code: 'category', indicator: 0, row: 0 },
      { path: 'indicators.0.figures.1.baseline', code: 'number', indicator: 0, row: 1 },
      { path: 'indicators.0.figures.2.category', code: 'categoryTwice', indicator: 0, row: 2 },
    ]);
    expect(checkFollowUp({ ...v, date: '' })[0]).toEqual({ path: 'date', code: 'date' });
  });

  it('keeps no figures of an indicator that could not be measured, and does not check them', () => {
    const v = values();
    v.indicators[0]!.measured = 'no';
    v.indicators[0]!.figures[0]!.baseline = 'okänt';
    v.indicators[0]!.judged = 'widened';
    expect(checkFollowUp(v)).toEqual([]);
    expect(toFollowUp(v, { id: 'f2', createdAt: '' }, new Date()).indicators[0]).toMatchObject({ measured: false, figures: [], judged: 'widened' });
  });

  it('keeps follow-ups in date order, a changed one in place of the old', () => {
    const later = { ...earlier, id: 'f3', date: '2027-10-01', createdAt: '2027-10-01T00:00:00.000Z' };
    const between = { ...earlier, id: 'f2', date: '2027-04-01', createdAt: '2027-04-01T00:00:00.000Z' };
    const kept = withFollowUp([earlier, later], between);
    expect(kept.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
    expect(withFollowUp(kept, { ...earlier, date: '2028-01-01' }).map((f) => f.id)).toEqual(['f2', 'f3', 'f1']);
  });
});

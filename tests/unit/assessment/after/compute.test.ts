// The gap between groups before and now, per breakdown, and whether it
// narrowed, stayed or widened; where the figures do not allow it, the
// user's judgement is the basis and the outcome says so.
import { describe, expect, it } from 'vitest';
import { combinedTrend, gapChange, gapTrend, indicatorOutcome, STAYED_TOLERANCE } from '../../../../src/assessment/after/compute';
import type { GapTrend } from '../../../../src/assessment/after/follow-up';
import type { IndicatorRef } from '../../../../src/assessment/after/refs';
import { fig, indicatorEntry } from './helpers';

const ref = (breakdowns: string[]): IndicatorRef => ({ itemId: 'i-1', name: 'Besök per vecka', breakdowns, baseline: '', source: '' });

describe('gapTrend', () => {
  it.each<[number, number, GapTrend]>([
    [10, 6, 'narrowed'],
    [10, 14, 'widened'],
    [10, 10, 'stayed'],
    [10, 10.4, 'stayed'], // moved 4 % of the earlier gap
    [10, 9.6, 'stayed'],
    [10, 10.5, 'widened'], // exactly 5 % is no longer "stayed"
    [10, 9.5, 'narrowed'],
    [0, 0, 'stayed'],
    [0, 0.1, 'widened'], // a difference where there was none
    [3, 0, 'narrowed'],
  ])('gap %d → %d: %s', (before, now, trend) => {
    expect(gapTrend(before, now)).toBe(trend);
  });

  it('uses a tolerance of 5 % of the earlier gap', () => {
    expect(STAYED_TOLERANCE).toBe(0.05);
  });
});

describe('gapChange', () => {
  it.each<[string, ReturnType<typeof fig>[], number | null, number | null, GapTrend | undefined]>([
    ['two categories, gap narrowed', [fig('sex', 'Kvinnor', 60, 62), fig('sex', 'Män', 40, 50)], 20, 12, 'narrowed'],
    ['two categories, gap widened', [fig('sex', 'Flickor', 120, 110), fig('sex', 'Pojkar', 80, 60)], 40, 50, 'widened'],
    ['both moved alike, gap stayed', [fig('sex', 'Kvinnor', 60, 65), fig('sex', 'Män', 40, 45)], 20, 20, 'stayed'],
    ['three categories: largest minus smallest', [fig('age', '0–15', 10, 12), fig('age', '16–64', 30, 28), fig('age', '65+', 20, 20)], 20, 16, 'narrowed'],
    ['a single category: no gap', [fig('sex', 'Kvinnor', 60, 62)], null, null, undefined],
    ['one category without a figure now leaves one pair: no gap', [fig('sex', 'Kvinnor', 60, null), fig('sex', 'Män', 40, 50)], null, null, undefined],
    ['a category without a baseline is left out of both gaps', [fig('age', 'A', 10, 12), fig('age', 'B', null, 90), fig('age', 'C', 20, 25)], 10, 13, 'widened'],
    ['no rows', [], null, null, undefined],
  ])('%s', (_label, figures, gapBefore, gapNow, computed) => {
    const change = gapChange(figures[0]?.breakdown ?? 'sex', figures);
    expect([change.gapBefore, change.gapNow, change.computed]).toEqual([gapBefore, gapNow, computed]);
  });

  it('gives the change per category, null where a figure is missing, without float noise', () => {
    const change = gapChange('area', [fig('area', 'Norrby', 5.1, 5.3), fig('area', 'Centrum', 6.4, null), fig('area', 'Söder', null, 4), fig('sex', 'Kvinnor', 1, 2)]);
    expect(change.rows).toEqual([
      { category: 'Norrby', baseline: 5.1, now: 5.3, change: 0.2 },
      { category: 'Centrum', baseline: 6.4, now: null, change: null },
      { category: 'Söder', baseline: null, now: 4, change: null },
    ]);
  });
});

describe('combinedTrend', () => {
  it.each<[GapTrend[], GapTrend | undefined]>([
    [[], undefined],
    [['stayed'], 'stayed'],
    [['narrowed', 'stayed'], 'narrowed'],
    [['narrowed', 'widened'], 'widened'],
  ])('%j → %s', (trends, expected) => {
    expect(combinedTrend(trends)).toBe(expected);
  });
});

describe('indicatorOutcome', () => {
  it('computes per breakdown in the order the indicator named them; computed beats judged, both kept', () => {
    const entry = indicatorEntry('i-1', [fig('age', 'Barn', 40, 45), fig('age', 'Vuxna', 60, 61), fig('sex', 'Kvinnor', 50, 55), fig('sex', 'Män', 50, 55)], { judged: 'widened' });
    const outcome = indicatorOutcome(ref(['sex', 'age']), entry);
    expect(outcome.changes.map((c) => [c.breakdown, c.gapBefore, c.gapNow, c.computed])).toEqual([
      ['sex', 0, 0, 'stayed'],
      ['age', 20, 16, 'narrowed'],
    ]);
    expect(outcome).toMatchObject({ itemId: 'i-1', measured: true, judged: 'widened', trend: 'narrowed', basis: 'computed', missingBreakdowns: [] });
  });

  it.each<[string, ReturnType<typeof fig>[], GapTrend | undefined, string[] | undefined, { basis: string; trend?: GapTrend; missing: string[] }]>([
    ['figures allow no computation: the judgement is the basis', [fig('sex', 'Kvinnor', 50, 55)], 'narrowed', ['sex'], { basis: 'judged', trend: 'narrowed', missing: [] }],
    ['no computation and no judgement: none', [fig('sex', 'Kvinnor', null, 55), fig('sex', 'Män', null, 40)], undefined, ['sex'], { basis: 'none', missing: [] }],
    ['a named breakdown without figures now is missing', [fig('sex', 'Kvinnor', 50, 55), fig('sex', 'Män', 40, 50), fig('age', 'Barn', 3, null)], undefined, ['sex', 'age', 'area'], { basis: 'computed', trend: 'narrowed', missing: ['age', 'area'] }],
    ['“no breakdown” is never missing', [], 'stayed', ['none'], { basis: 'judged', trend: 'stayed', missing: [] }],
    ['an indicator removed from the assessment: figures still computed, nothing expected', [fig('group', 'Äldre', 10, 20), fig('group', 'Unga', 10, 10)], undefined, undefined, { basis: 'computed', trend: 'widened', missing: [] }],
  ])('%s', (_label, figures, judged, breakdowns, expected) => {
    const outcome = indicatorOutcome(breakdowns ? ref(breakdowns) : undefined, indicatorEntry('i-1', figures, judged ? { judged } : {}));
    expect({ basis: outcome.basis, trend: outcome.trend, missing: outcome.missingBreakdowns }).toEqual(expected);
  });

  it('an indicator that could not be measured has no changes and no missing breakdowns, and keeps the judgement', () => {
    const outcome = indicatorOutcome(ref(['sex', 'age']), indicatorEntry('i-1', [fig('sex', 'Kvinnor', 50, 55), fig('sex', 'Män', 40, 60)], { measured: false, judged: 'stayed' }));
    expect(outcome).toEqual({ itemId: 'i-1', measured: false, changes: [], judged: 'stayed', trend: 'stayed', basis: 'judged', missingBreakdowns: [] });
  });

  it('takes breakdowns the figures use even when the indicator did not name them (an affected group)', () => {
    const outcome = indicatorOutcome(ref(['sex']), indicatorEntry('i-1', [fig('group', 'Äldre utan dator', 30, 20), fig('group', 'Övriga', 70, 75), fig('sex', 'Kvinnor', 1, 1), fig('sex', 'Män', 1, 1)]));
    expect(outcome.changes.map((c) => [c.breakdown, c.computed])).toEqual([
      ['sex', 'stayed'],
      ['group', 'widened'],
    ]);
  });
});

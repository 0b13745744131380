// Result parameters worded in one place: lists joined in the language,
// dimensions, factors, lawfulness tests and criteria by their names, the
// user's own names quoted, factors as alternatives.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { resultParams } from '../../../src/i18n/result-params';

describe('resultParams', () => {
  it('words every kind of list in Swedish', () => {
    const { t } = createI18n('sv');
    expect(resultParams(t, 'sv', { dimensions: ['dimension-physical', 'dimension-cost'], factors: ['low-income', 'income-support'], groups: ['Äldre', 'Unga'], recommendations: ['r1', 'r4', 'r5'], tests: ['legitimate-aim'], count: 2 })).toEqual({
      dimensions: 'fysisk tillgång och kostnader',
      dimensionsCount: 2,
      factors: 'låg inkomst eller ekonomiskt bistånd',
      factorsCount: 2,
      groups: '”Äldre” och ”Unga”',
      groupsCount: 2,
      recommendations: '1, 4 och 5',
      recommendationsCount: 3,
      tests: 'om den har ett berättigat syfte',
      testsCount: 1,
      count: 2,
    });
  });
  it('words a criterion by its statement, and English lists in English', () => {
    const { t } = createI18n('en');
    const out = resultParams(t, 'en', { criterion: 'r1.citizen-dialogue', dimensions: ['dimension-time', 'dimension-digital', 'dimension-language'] });
    expect(out.criterion).toBe(t('content:criteria.r1.citizen-dialogue.label'));
    expect(out.dimensions).toBe('opening hours and waiting times, digital access and language');
  });
});

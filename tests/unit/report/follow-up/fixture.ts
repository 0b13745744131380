// An assessment with a decision on record and two follow-ups, built on the
// format-4 fixture: the indicators and measures its follow-ups refer to are
// added to its answers, so every name the addendum prints is one entered here.
import fixture from '../../../fixtures/formats/v4.json';
import type { Assessment } from '../../../../src/assessment/assessment';
import { ZStoredAssessment } from '../../../../src/assessment/migrations';
import type { FollowUp } from '../../../../src/assessment/after/follow-up';
import { createI18n } from '../../../../src/i18n';
import type { Language } from '../../../../src/i18n/resources';
import { questionnaires } from '../../../../src/questionnaire/catalogue';
import type { FollowUpRequest } from '../../../../src/report/follow-up/model';

export const proposal = questionnaires.find((q) => q.id === 'proposal')!;

/** The spring follow-up: one indicator measured by sex (not by age, which it named), one not measured, two measures. */
export const spring: FollowUp = {
  id: 'f-2027-04',
  date: '2027-04-15',
  createdAt: '2027-04-15T12:00:00.000Z',
  updatedAt: '2027-04-16T08:00:00.000Z',
  indicators: [
    {
      itemId: 'i-ind-1',
      measured: true,
      source: 'Besöksräknare, Norrby bibliotek',
      unit: 'besök per vecka',
      figures: [
        { breakdown: 'sex', category: 'Flickor', baseline: 120, now: 115 },
        { breakdown: 'sex', category: 'Pojkar', baseline: 80, now: 100 },
      ],
      judged: 'narrowed',
      note: 'Läxhjälpen lockade fler pojkar.',
    },
    { itemId: 'i-ind-2', measured: false, source: '', unit: '', figures: [], note: '' },
  ],
  measures: [
    { itemId: 'i-mea-1', status: 'done', cost: '45 000 kr', note: 'Varje lördag sedan januari.' },
    { itemId: 'i-mea-2', status: 'not', cost: '', note: '' },
  ],
  summary: 'Skillnaden mellan flickor och pojkar har minskat sedan läxhjälpen startade.',
};

export function assessmentWith(changes: Partial<Assessment> = {}): Assessment {
  const base = ZStoredAssessment.parse(fixture);
  return {
    ...base,
    name: '',
    answers: {
      ...base.answers,
      'follow-up.indicators': [
        {
          id: 'i-ind-1',
          values: {
            'follow-up.indicator.name': 'Besök av skolbarn',
            'follow-up.indicator.breakdown': ['sex', 'age'],
            'follow-up.indicator.baseline': '200 besök per vecka hösten 2025',
            'follow-up.indicator.source': 'Besöksräknare',
          },
        },
        { id: 'i-ind-2', values: { 'follow-up.indicator.name': 'Lån av e-böcker', 'follow-up.indicator.breakdown': ['area'] } },
      ],
      'follow-up.when': '2026-10-01',
      'measures.items': [
        { id: 'i-mea-1', values: { 'measures.item.what': 'Läxhjälp på lördagar', 'measures.item.cost': '50 000 kr' } },
        { id: 'i-mea-2', values: { 'measures.item.what': 'Kampanj för digitala lånekort' } },
      ],
    },
    followUps: [...base.followUps, spring],
    ...changes,
  };
}

/** A request in `lang`; `missing` collects every text key asked for that does not exist. */
export function requestFor(assessment: Assessment, followUpId: string, lang: Language = 'sv'): FollowUpRequest & { missing: string[] } {
  const i18n = createI18n(lang);
  const missing: string[] = [];
  const t = (key: string, options?: Record<string, unknown>) => {
    if (!i18n.exists(key, options) && options?.defaultValue === undefined) missing.push(key);
    return i18n.t(key, options);
  };
  return { file: proposal, assessment, followUpId, t, lang, missing };
}

/**
 * The keys of the texts the decision and follow-up screens read by a code
 * (an outcome, a status, an error), written out so that a search of the
 * source finds each one in use. The language of a screen as a Language.
 */
import type { DecisionOutcome } from '../../assessment/after/decision';
import type { GapTrend, MeasureStatus } from '../../assessment/after/follow-up';
import { isLanguage, type Language } from '../../i18n/languages';

export const OUTCOME_TEXT: Record<DecisionOutcome, string> = {
  'as-proposed': 'decision.outcomes.as-proposed',
  amended: 'decision.outcomes.amended',
  rejected: 'decision.outcomes.rejected',
  postponed: 'decision.outcomes.postponed',
};

export const STATUS_TEXT: Record<MeasureStatus, string> = {
  done: 'followUp.status.done',
  partly: 'followUp.status.partly',
  not: 'followUp.status.not',
};

export const TREND_TEXT: Record<GapTrend, string> = {
  narrowed: 'followUp.trend.narrowed',
  stayed: 'followUp.trend.stayed',
  widened: 'followUp.trend.widened',
};

/** The screen's language, Swedish when i18next reports something else (a test's cimode). */
export const languageOf = (lang: string): Language => (isLanguage(lang) ? lang : 'sv');

/** A breakdown's name: the questionnaire's option (Kön, Område …), or the affected groups; an unknown id as it is. */
export function breakdownLabel(t: (key: string) => string, exists: (key: string) => boolean, id: string): string {
  if (id === 'group') return t('followUp.breakdownGroup');
  const key = `content:optionSets.breakdown.${id}`;
  return exists(key) ? t(key) : id;
}

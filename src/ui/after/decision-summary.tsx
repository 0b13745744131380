/**
 * The decision on record in a few lines: what the committee decided, where
 * it is in the minutes, and what changed. Only what the user recorded is
 * said; a field left empty is left out.
 */
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../assessment/after/decision';
import { longDate } from '../../i18n/dates';
import { languageOf, OUTCOME_TEXT } from './follow-up-texts';

export function DecisionSummary({ decision }: { decision: Decision }) {
  const { t, i18n } = useTranslation();
  const rows: [string, string][] = [
    [t('decision.fields.outcome'), t(OUTCOME_TEXT[decision.outcome])],
    [t('decision.fields.body'), decision.body],
    [t('decision.fields.meetingDate'), longDate(decision.meetingDate, languageOf(i18n.language))],
    [t('decision.fields.paragraph'), decision.paragraph],
    [t('decision.fields.caseNumber'), decision.caseNumber],
    [t('decision.fields.changes'), decision.changes],
  ];
  return (
    <section className="decision-summary" aria-labelledby="decision-summary-title">
      <h2 id="decision-summary-title">{t('decision.recorded')}</h2>
      <dl>
        {rows
          .filter(([, value]) => value.trim() !== '')
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

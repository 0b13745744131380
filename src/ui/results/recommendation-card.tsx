/**
 * One of the five recommendations: its title exactly as SKR words it, the
 * status (icon, text and colour), the share when something was scored, why
 * the status is what it is, what can be done, and buttons to the steps that
 * would change it.
 */
import type { Finding, RecommendationResult } from '../../assessment/result';
import { CriteriaList } from './criteria-list';
import { FixButton } from './fix-button';
import { useResultText } from './result-text';
import { StatusBadge } from './status-badge';

interface Props {
  recommendation: RecommendationResult;
  /** The findings listed in `recommendation.findings`, in the result's order. */
  findings: Finding[];
  /** Steps of the questionnaire: a button is offered only for a step that exists. */
  stepIds: string[];
  onFix: (stepId: string) => void;
}

export function RecommendationCard({ recommendation: rec, findings, stepIds, onFix }: Props) {
  const text = useResultText();
  const { t } = text;
  const number = Number(rec.id.slice(1));
  const headingId = `result-${rec.id}`;
  const suggestions = [
    ...rec.suggestions.map((id) => ({ key: id, text: t(`content:criteria.${id}.suggestion`) })),
    ...findings.map((f) => ({ key: f.id, text: text.findingSuggestion(f) })),
  ];
  const steps = rec.steps.filter((id) => stepIds.includes(id));

  return (
    <section className={`result-card result-card--${rec.status}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="result-card__number">{t('results.recommendationKicker', { number })}</span>{' '}
        {t(`content:recommendations.${rec.id}.title`)}
      </h3>
      <StatusBadge status={rec.status} className="result-card__status" />
      {rec.share !== null && <p className="result-card__share">{t('results.share', { percent: text.percent(rec.share) })}</p>}

      {rec.reasons.length > 0 && (
        <>
          <h4>{t('results.reasonsHeading')}</h4>
          <ul className="result-list">
            {rec.reasons.map((reason, i) => (
              <li key={`${reason.code}-${i}`}>{text.reason(reason)}</li>
            ))}
          </ul>
        </>
      )}

      <CriteriaList criteria={rec.criteria} />

      {suggestions.length > 0 && (
        <>
          <h4>{t('results.suggestionsHeading')}</h4>
          <ul className="result-list">
            {suggestions.map((s) => (
              <li key={s.key}>{s.text}</li>
            ))}
          </ul>
        </>
      )}

      {steps.length > 0 && (
        <div className="actions">
          {steps.map((stepId) => (
            <FixButton key={stepId} stepId={stepId} onFix={onFix} context={t('results.recommendationNumber', { number })} />
          ))}
        </div>
      )}
    </section>
  );
}

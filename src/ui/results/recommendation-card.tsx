/**
 * One of the five recommendations: its title exactly as SKR words it, the
 * status (icon, text and colour) and, when an open serious finding holds it
 * down, why; the share of what the answers show; the criteria answered one
 * way but counted another (in the open); why the status is what it is, what
 * can be done, and buttons to the steps that would change it.
 */
import type { Row } from '../../assessment/answer-list';
import type { Finding, RecommendationResult } from '../../assessment/result';
import { ReviewRows } from '../wizard/review-rows';
import { CriteriaList } from './criteria-list';
import { CriterionNotes } from './criterion-notes';
import { FixButton } from './fix-button';
import { useResultText } from './result-text';
import { StatusBadge } from './status-badge';

/** The reason an open serious finding held the status down (said beside the status, not among the others). */
const CAPPED = 'capped-by-finding';

interface Props {
  recommendation: RecommendationResult;
  /** The findings listed in `recommendation.findings`, in the result's order. */
  findings: Finding[];
  /** Steps of the questionnaire: a button is offered only for a step that exists. */
  stepIds: string[];
  onFix: (stepId: string) => void;
  /** Answers to question-pack questions linked to this recommendation (src/assessment/pack-answers.ts): shown, not counted. */
  packAnswers?: Row[];
}

export function RecommendationCard({ recommendation: rec, findings, stepIds, onFix, packAnswers = [] }: Props) {
  const text = useResultText();
  const { t } = text;
  const number = Number(rec.id.slice(1));
  const headingId = `result-${rec.id}`;
  const capped = rec.reasons.filter((r) => r.code === CAPPED);
  const reasons = rec.reasons.filter((r) => r.code !== CAPPED);
  // A suggestion shared by several findings is offered once.
  const suggestions = [
    ...rec.suggestions.map((id) => t(`content:criteria.${id}.suggestion`)),
    ...findings.flatMap((f) => text.findingSuggestions(f)),
  ].filter((s, i, all) => all.indexOf(s) === i);
  const steps = rec.steps.filter((id) => stepIds.includes(id));

  return (
    <section className={`result-card result-card--${rec.status}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="result-card__number">{t('results.recommendationKicker', { number })}</span>{' '}
        {t(`content:recommendations.${rec.id}.title`)}
      </h3>
      <StatusBadge status={rec.status} className="result-card__status" />
      {rec.capped && (
        <p className="result-card__capped">
          {capped.length ? capped.map((r) => text.reason(r)).join(' ') : t('results.card.capped')}
        </p>
      )}
      {rec.share !== null && <p className="result-card__share">{t('results.card.share', { percent: text.percent(rec.share) })}</p>}

      <CriterionNotes criteria={rec.criteria} headingId={`${headingId}-notes`} />

      {reasons.length > 0 && (
        <>
          <h4>{t('results.reasonsHeading')}</h4>
          <ul className="result-list">
            {reasons.map((reason, i) => (
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
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}

      {packAnswers.length > 0 && (
        <>
          <h4>{t('results.packAnswers.heading')}</h4>
          <p className="source">{t('results.packAnswers.note')}</p>
          <ReviewRows rows={packAnswers} />
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

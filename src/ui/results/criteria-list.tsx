/**
 * A recommendation's criteria with the answer given, how it counts when that
 * differs, and its justification (for a "yes" the assessment shows without
 * words of its own, what it shows): the evidence behind the status, so
 * nobody has to trust a number. Folded into a <details> because the reasons and the
 * criteria noted above already sum it up.
 */
import { justifiedByEvidence } from '../../assessment/criteria';
import type { CriterionResult } from '../../assessment/result';
import { useResultText } from './result-text';

export function CriteriaList({ criteria }: { criteria: CriterionResult[] }) {
  const text = useResultText();
  const { t } = text;
  if (criteria.length === 0) return null;
  return (
    <details className="result-criteria">
      <summary>{t('results.criteriaToggle', { count: criteria.length })}</summary>
      <ul className="result-criteria__list">
        {criteria.map((c) => (
          <li key={c.id} className="result-criteria__item">
            <p className="result-criteria__label">{t(`content:criteria.${c.id}.label`)}</p>
            <p className="result-criteria__answer">
              {t('results.answerLabel')} <strong>{t(`results.answer.${c.answer}`)}</strong>
            </p>
            {c.note && <p className="result-criteria__note">{text.note(c)}</p>}
            {c.justification && (
              <p className="result-criteria__why">
                {t('results.justificationLabel')} {c.justification}
              </p>
            )}
            {/* A "yes" the assessment shows is justified by what it shows, not left looking unexplained. */}
            {justifiedByEvidence(c) && c.evidenceReasons.length > 0 && (
              <p className="result-criteria__why">
                {t('results.card.shownLabel')} {c.evidenceReasons.map((r) => text.evidence(r)).join(' ')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

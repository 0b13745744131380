/**
 * The criteria of a recommendation that count other than the user answered
 * (a "Ja" the answers do not back, "Vet ej", an unjustified "Ej relevant" …),
 * shown on the card itself, not behind a toggle: each says both sides in
 * text, what was answered and what the assessment shows, so a reader never
 * has to trust a colour or a number.
 */
import type { CriterionResult } from '../../assessment/result';
import { useResultText } from './result-text';

export function CriterionNotes({ criteria, headingId }: { criteria: CriterionResult[]; headingId: string }) {
  const text = useResultText();
  const { t } = text;
  const noted = criteria.filter((c) => c.note);
  if (noted.length === 0) return null;
  return (
    <>
      <h4 id={headingId}>{t('results.card.notesHeading', { count: noted.length })}</h4>
      <ul className="result-notes" aria-labelledby={headingId}>
        {noted.map((c) => (
          <li key={c.id} className={`result-note result-note--${c.note}`}>
            <p className="result-note__label">{t(`content:criteria.${c.id}.label`)}</p>
            <p>
              {t('results.answerLabel')} <strong>{t(`results.answer.${c.answer}`)}</strong>
            </p>
            <p className="result-note__text">{text.note(c)}</p>
            {c.evidenceReasons.length > 0 && (
              <>
                <p>{t('results.card.shownLabel')}</p>
                <ul className="result-list">
                  {c.evidenceReasons.map((r, i) => (
                    <li key={`${r.code}-${i}`}>{text.evidence(r)}</li>
                  ))}
                </ul>
              </>
            )}
            {c.justification && (
              <p className="result-criteria__why">
                {t('results.justificationLabel')} {c.justification}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

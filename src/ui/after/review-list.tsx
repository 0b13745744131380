/**
 * Every round of peer review, newest first: who reviewed, the sign-off, and
 * each step's verdict, comment and reply, with a link to the step for the
 * assessor. The newest round is open; earlier ones are folded but kept, so
 * the history can always be read.
 */
import { useSubjectTranslation } from '../subject';
import type { ReviewRound } from '../../assessment/after/review';
import { reviewedSteps } from '../../assessment/after/review-state';
import { longDate } from '../../i18n/dates';
import { isLanguage } from '../../i18n/languages';
import { ReviewEntry } from './review-entry';
import { SIGNED_OFF_TEXT } from './review-texts';

interface Props {
  rounds: ReviewRound[];
  /** Step ids in the questionnaire's order, and each step's title. */
  steps: Array<{ id: string; title: string }>;
  /** Opens a step of the wizard (the assessor's list); absent on the reviewer's page. */
  onStep?: (stepId: string) => void;
  /** The heading level of each round (one below the heading the list sits under); each step's is one more. */
  level?: 3 | 4;
}

export function ReviewList({ rounds, steps, onStep, level = 3 }: Props) {
  const { t, i18n } = useSubjectTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const order = steps.map((s) => s.id);
  const title = (id: string) => steps.find((s) => s.id === id)?.title ?? id;
  const Heading = level === 3 ? 'h3' : 'h4';
  const StepHeading = level === 3 ? 'h4' : 'h5';
  const newestFirst = rounds.map((round, i) => ({ round, n: i + 1 })).reverse();
  if (!rounds.length) return <p>{t('peerReview.list.none')}</p>;
  return (
    <div className="peer-review-list">
      {newestFirst.map(({ round, n }, i) => {
        const ids = reviewedSteps(round, order);
        const body = (
          <>
            <p>
              {round.signOff
                ? t(SIGNED_OFF_TEXT[round.signOff.outcome], { name: round.signOff.name, role: round.signOff.role ? `, ${round.signOff.role}` : '', date: longDate(round.signOff.date, lang) })
                : t('peerReview.list.underway', { name: round.reviewer.name })}
            </p>
            {round.resubmittedAt && <p>{t('peerReview.list.resubmitted', { date: longDate(new Date(round.resubmittedAt), lang) })}</p>}
            {ids.length === 0 && <p className="answers__empty">{t('peerReview.list.noVerdicts')}</p>}
            {ids.map((id) => (
              <div key={id} className="peer-review-list__step">
                <StepHeading>{title(id)}</StepHeading>
                <ReviewEntry entry={round.steps[id]!} />
                {onStep && (
                  <button type="button" className="button--secondary" onClick={() => onStep(id)}>
                    {t('peerReview.list.goToStep')}
                    <span className="visually-hidden">: {title(id)}</span>
                  </button>
                )}
              </div>
            ))}
          </>
        );
        const heading = t('peerReview.list.round', { n });
        // The newest round is the one to act on; earlier rounds are the history.
        return i === 0 ? (
          <section key={n} className="peer-review-list__round" aria-label={heading}>
            <Heading>{heading}</Heading>
            {body}
          </section>
        ) : (
          <details key={n} className="peer-review-list__round">
            <summary>{heading}</summary>
            {body}
          </details>
        );
      })}
    </div>
  );
}

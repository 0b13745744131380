/**
 * "Efter beslutet" on the results page of a completed assessment: where the
 * peer review stands (with the comments and replies, and "Skicka för ny
 * granskning" once every comment needing a reply has one), the decision on
 * record, and the follow-up, with "Följ upp" as the main action on or after
 * the follow-up date. Every sentence is built from what was recorded; what
 * was not is said to be missing, never guessed. The words follow the
 * screen's subject (../subject.ts): an audit's review is a
 * "kvalitetsgranskning", as the audit itself is "granskningen".
 */
import type { ReactNode } from 'react';
import { useSubjectTranslation } from '../subject';
import type { Decision } from '../../assessment/after/decision';
import type { ReviewRound } from '../../assessment/after/review';
import { canResubmit, latestSignOff, openComments, peerReviewStatus } from '../../assessment/after/review-state';
import { longDate } from '../../i18n/dates';
import { isLanguage } from '../../i18n/languages';
import { ReviewList } from './review-list';
import './review.css';
import { DECISION_OUTCOME_TEXT, STATUS_TEXT } from './review-texts';

export interface AfterDecisionProps {
  rounds: ReviewRound[];
  decision?: Decision;
  /** The planned follow-up date (YYYY-MM-DD), if answered. */
  followUpDate?: string;
  followUpCount: number;
  /** Today as YYYY-MM-DD where the user is. */
  today: string;
  /** Steps in order with their titles, for the review list. */
  steps: Array<{ id: string; title: string }>;
  hrefs: { peerReview: string; decision: string; followUp: string };
  onStep: (stepId: string) => void;
  onResubmit: () => void;
  readOnly: boolean;
  /** The button that saves the file to send to the reviewer (the app supplies it). */
  send?: ReactNode;
  /** The review goes through the sync server (its room is open): the reviewer gets the replies without the file. */
  viaServer?: boolean;
  /** Where the review's sync stands, in words, shown under the review's status (the app supplies it). */
  syncStatus?: ReactNode;
}

export function AfterDecision({ rounds, decision, followUpDate, followUpCount, today, steps, hrefs, onStep, onResubmit, readOnly, send, viaServer = false, syncStatus }: AfterDecisionProps) {
  const { t, i18n } = useSubjectTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const status = peerReviewStatus({ review: rounds });
  const signOff = latestSignOff({ review: rounds });
  const reviewer = rounds.at(-1)?.reviewer.name ?? '';
  const open = openComments(rounds.at(-1), steps.map((s) => s.id)).length;
  const due = followUpDate !== undefined && followUpDate <= today;
  // Under way, the round's reviewer; once signed off, who signed and when.
  const statusText = t(STATUS_TEXT[status], status === 'in-review' ? { name: reviewer } : { name: signOff?.name ?? '', date: signOff ? longDate(signOff.date, lang) : '' });
  return (
    <section className="after-decision" aria-labelledby="after-decision-heading">
      <h2 id="after-decision-heading">{t('peerReview.after.heading')}</h2>

      <h3>{t('peerReview.after.reviewHeading')}</h3>
      <p className="after-decision__status">{statusText}</p>
      {syncStatus}
      {status === 'returned' && (
        <p>{open ? t('peerReview.after.openComments', { count: open }) : t('peerReview.after.allAnswered')}</p>
      )}
      {status === 'returned' && !readOnly && (
        <p>
          <button type="button" className="button--primary" disabled={!canResubmit({ review: rounds })} aria-describedby="after-decision-resubmit-hint" onClick={onResubmit}>
            {t('peerReview.after.resubmit')}
          </button>
          <span id="after-decision-resubmit-hint" className="hint">
            {' '}
            {t(viaServer ? 'peerReview.sync.resubmitHint' : 'peerReview.after.resubmitHint')}
          </span>
        </p>
      )}
      {rounds.length > 0 && (
        <details className="after-decision__list" open={status === 'returned'}>
          <summary>{t('peerReview.after.showList')}</summary>
          <ReviewList rounds={rounds} steps={steps} onStep={onStep} level={4} />
        </details>
      )}
      {send && (
        <div className="after-decision__send">
          <p>{t(status === 'resubmitted' ? 'peerReview.after.sendBack' : 'peerReview.after.send')}</p>
          {send}
        </div>
      )}
      <p>
        <a href={hrefs.peerReview}>{t('peerReview.after.reviewLink')}</a>
        <span className="hint"> {t('peerReview.after.reviewLinkHint')}</span>
      </p>

      <h3>{t('peerReview.after.decisionHeading')}</h3>
      <p>
        {decision
          ? t('peerReview.after.decision', {
              outcome: t(DECISION_OUTCOME_TEXT[decision.outcome]),
              date: longDate(decision.meetingDate, lang),
              where: [decision.caseNumber, decision.paragraph].filter((s) => s.trim()).join(', ') || t('peerReview.after.noReference'),
            })
          : t('peerReview.after.noDecision')}
      </p>
      <p>
        <a href={hrefs.decision}>{t(decision ? 'peerReview.after.decisionChange' : 'peerReview.after.decisionRecord')}</a>
      </p>

      <h3>{t('peerReview.after.followUpHeading')}</h3>
      <p>
        {followUpDate
          ? t(due ? 'peerReview.after.followUpDue' : 'peerReview.after.followUpPlanned', { date: longDate(followUpDate, lang) })
          : t('peerReview.after.noFollowUpDate')}{' '}
        {followUpCount > 0 && t('peerReview.after.followUpsDone', { count: followUpCount })}
      </p>
      <p>
        <a href={hrefs.followUp} className={due ? 'button-link button--primary' : undefined}>
          {t(due ? 'peerReview.after.followUpNow' : 'peerReview.after.followUpLink')}
        </a>
      </p>
    </section>
  );
}

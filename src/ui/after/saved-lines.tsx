/**
 * The saved list's parts on an assessment's life after the decision: what
 * is due next (overdue said in words, not by colour alone), the decision on
 * record, the peer review, and the link to follow up. Loaded by the start
 * page only when some entry has any of them, with their texts, so none of
 * it weighs on the first load.
 */
import { useTranslation } from 'react-i18next';
import { shortDate } from '../../i18n/dates';
import { withSubject } from '../../i18n/subject';
import { isLanguage, type Language } from '../../i18n/languages';
import { addStartLater, ensureLanguage } from '../../i18n/load';
import type { DecisionOutcome } from '../../assessment/after/decision';
import type { PeerReviewStatus } from '../../assessment/after/review-state';
import type { AfterDecision } from '../home/saved-list';
import './saved-lines.css';

/**
 * The texts these parts need: those of the start page's later parts when
 * they carry them, else the whole language.
 */
export async function loadAfterTexts(i18n: Parameters<typeof ensureLanguage>[0]): Promise<void> {
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  if (i18n.exists('dueList.order')) return;
  await addStartLater(i18n, lang);
  if (!i18n.exists('dueList.order')) await ensureLanguage(i18n, lang);
}

/** Says why the list is in this order; shown when some entry has something due. */
export function AfterOrder() {
  const { t, i18n } = useTranslation();
  return i18n.exists('dueList.order') ? <p className="hint">{t('dueList.order')}</p> : null;
}

// Whole keys, not built from parts: each text can then be found where it is used, and a new outcome or
// status that has no text fails the typecheck.
const DUE_KEYS = {
  followUp: { overdue: 'dueList.followUpOverdue', next: 'dueList.followUpNext' },
  measure: { overdue: 'dueList.measureOverdue', next: 'dueList.measureNext' },
  measureUnnamed: { overdue: 'dueList.measureUnnamedOverdue', next: 'dueList.measureUnnamedNext' },
} as const;
const OUTCOME_KEYS: Record<DecisionOutcome, string> = {
  'as-proposed': 'dueList.outcomes.as-proposed',
  amended: 'dueList.outcomes.amended',
  rejected: 'dueList.outcomes.rejected',
  postponed: 'dueList.outcomes.postponed',
};
const REVIEW_KEYS: Record<Exclude<PeerReviewStatus, 'none'>, string> = {
  'in-review': 'dueList.review.in-review',
  approved: 'dueList.review.approved',
  returned: 'dueList.review.returned',
  resubmitted: 'dueList.review.resubmitted',
};

/** An entry's life after the decision, with what its questionnaire assesses (src/app/saved-data.ts sets it). */
export type AfterOfSubject = AfterDecision;

/** The lines under an entry's name; none until their texts have loaded. An audit's peer review reads as a "kvalitetsgranskning". */
export function AfterLines({ after }: { after: AfterOfSubject }) {
  const { t: translate, i18n } = useTranslation();
  const t = withSubject(translate, after.subject);
  const lang: Language = isLanguage(i18n.language) ? i18n.language : 'sv';
  if (!i18n.exists('dueList.order')) return null;
  const { due, decision, peerReview } = after;
  const dueText =
    due &&
    t(DUE_KEYS[due.kind === 'follow-up' ? 'followUp' : due.label ? 'measure' : 'measureUnnamed'][due.overdue ? 'overdue' : 'next'], {
      date: shortDate(due.date, lang),
      label: due.label,
    });
  const decisionText =
    decision &&
    t(decision.caseNumber ? 'dueList.decision' : 'dueList.decisionNoCase', {
      date: shortDate(decision.meetingDate, lang),
      outcome: t(OUTCOME_KEYS[decision.outcome]),
      caseNumber: decision.caseNumber,
    });
  const reviewText = peerReview && t(REVIEW_KEYS[peerReview.status], { date: peerReview.date ? shortDate(peerReview.date, lang) : '' });
  return (
    <>
      {dueText && <p className={due.overdue ? 'saved__due saved__due--overdue' : 'saved__due'}>{dueText}</p>}
      {(decisionText || reviewText) && <p className="saved__after">{[decisionText, reviewText].filter(Boolean).join(' · ')}</p>}
    </>
  );
}

/** "Följ upp", a link (it opens another page) that looks like the buttons beside it. */
export function FollowUpLink({ href, title }: { href: string; title: string }) {
  const { t, i18n } = useTranslation();
  if (!i18n.exists('dueList.followUp')) return null;
  return (
    <a className="saved__follow-up button--primary" href={href}>
      {t('dueList.followUp')}
      <span className="visually-hidden">: {title}</span>
    </a>
  );
}

/**
 * The text keys of the peer review's coded values, spelled out so each is
 * found in the source (the locale test checks no text is unused) and a new
 * code fails the typecheck until it has its words.
 */
import type { DecisionOutcome } from '../../assessment/after/decision';
import type { ReviewVerdict, SignOffOutcome } from '../../assessment/after/review';
import type { PeerReviewStatus } from '../../assessment/after/review-state';
import type { ReviewErrorCode } from './review-values';

export const VERDICT_TEXT: Record<ReviewVerdict, string> = {
  acceptable: 'peerReview.verdict.acceptable',
  'needs-improvement': 'peerReview.verdict.needs-improvement',
};

export const SIGN_OFF_TEXT: Record<SignOffOutcome, string> = {
  approved: 'peerReview.outcome.approved',
  returned: 'peerReview.outcome.returned',
};

export const ERROR_TEXT: Record<ReviewErrorCode, string> = {
  commentRequired: 'peerReview.errors.commentRequired',
  nameRequired: 'peerReview.errors.nameRequired',
  dateRequired: 'peerReview.errors.dateRequired',
  outcomeRequired: 'peerReview.errors.outcomeRequired',
  returnNeedsStep: 'peerReview.errors.returnNeedsStep',
};

export const NOTICE_TEXT = {
  saved: 'peerReview.notice.saved',
  signed: 'peerReview.notice.signed',
  conflict: 'peerReview.notice.conflict',
  failed: 'peerReview.notice.failed',
} as const;

/** On the reviewer's page once the round is signed off. */
export const DONE_TEXT: Record<SignOffOutcome, string> = {
  approved: 'peerReview.reviewer.done.approved',
  returned: 'peerReview.reviewer.done.returned',
};

/** A signed-off round in the review list. */
export const SIGNED_OFF_TEXT: Record<SignOffOutcome, string> = {
  approved: 'peerReview.list.signedOff.approved',
  returned: 'peerReview.list.signedOff.returned',
};

export const STATUS_TEXT: Record<PeerReviewStatus, string> = {
  none: 'peerReview.after.status.none',
  'in-review': 'peerReview.after.status.in-review',
  returned: 'peerReview.after.status.returned',
  resubmitted: 'peerReview.after.status.resubmitted',
  approved: 'peerReview.after.status.approved',
};

export const DECISION_OUTCOME_TEXT: Record<DecisionOutcome, string> = {
  'as-proposed': 'peerReview.after.outcome.as-proposed',
  amended: 'peerReview.after.outcome.amended',
  rejected: 'peerReview.after.outcome.rejected',
  postponed: 'peerReview.after.outcome.postponed',
};

export const SIGN_OFF_FIELD_TEXT = {
  name: 'peerReview.signOff.name',
  role: 'peerReview.signOff.role',
  date: 'peerReview.signOff.date',
} as const;

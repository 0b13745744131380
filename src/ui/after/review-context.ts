/**
 * What the assessor's screens need of the peer review (a second person's
 * "granskning"): the rounds, and how to save a reply or resubmit. The
 * session provides it; a step screen shown without it (a preview, a test)
 * shows no review comments.
 */
import { createContext, useContext } from 'react';
import type { ReviewRound } from '../../assessment/after/review';

export interface PeerReviewValue {
  rounds: ReviewRound[];
  /** Saves the assessor's reply to the comment on a step (an empty text removes it). */
  onReply: (stepId: string, text: string) => void;
  /** Sends the assessment back to the reviewer. */
  onResubmit: () => void;
  /** Work cannot be saved here (another tab changed it): replies are shown, not taken. */
  readOnly: boolean;
}

export const PeerReviewContext = createContext<PeerReviewValue | undefined>(undefined);

export function usePeerReview(): PeerReviewValue | undefined {
  return useContext(PeerReviewContext);
}

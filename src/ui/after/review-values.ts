/**
 * The reviewer's form values in a peer review (a second person's
 * "granskning", not the wizard's own check before completing) and what must
 * hold before they are saved or signed: a step marked "behöver förbättras"
 * says what, a sign-off names who and when, and a return points to at
 * least one step to improve (otherwise the assessor has nothing to answer).
 */
import type { ReviewRound, ReviewVerdict, SignOffOutcome } from '../../assessment/after/review';

export interface VerdictDraft {
  verdict: ReviewVerdict | '';
  comment: string;
}
export type VerdictDrafts = Record<string, VerdictDraft>;

export interface SignOffDraft {
  name: string;
  role: string;
  date: string;
  outcome: SignOffOutcome | '';
}

export type ReviewErrorCode = 'commentRequired' | 'nameRequired' | 'dateRequired' | 'outcomeRequired' | 'returnNeedsStep';

export interface ReviewError {
  /** The id of the field to focus from the error summary. */
  target: string;
  code: ReviewErrorCode;
  /** The step the error is about, if one. */
  stepId?: string;
}

export const verdictId = (stepId: string) => `peer-review-${stepId}-verdict`;
export const commentId = (stepId: string) => `peer-review-${stepId}-comment`;
export const signOffId = (field: keyof SignOffDraft) => `peer-review-sign-off-${field}`;

/** The drafts of the round's verdicts, one per step (empty where none is given). */
/** Where the reviewer's form starts: the round's verdicts so far, and a sign-off by its reviewer dated `today`. */
export function reviewerStart(round: ReviewRound, stepIds: readonly string[], today: string): { verdicts: VerdictDrafts; signOff: SignOffDraft } {
  return { verdicts: draftsOf(round, stepIds), signOff: { name: round.reviewer.name, role: round.reviewer.role, date: today, outcome: '' } };
}

export function draftsOf(round: ReviewRound | undefined, stepIds: readonly string[]): VerdictDrafts {
  return Object.fromEntries(stepIds.map((id) => [id, { verdict: round?.steps[id]?.verdict ?? '', comment: round?.steps[id]?.comment ?? '' }]));
}

/** Errors in the verdicts, in step order. */
export function checkVerdicts(drafts: VerdictDrafts, stepIds: readonly string[]): ReviewError[] {
  return stepIds.flatMap((stepId) => {
    const d = drafts[stepId];
    return d?.verdict === 'needs-improvement' && !d.comment.trim() ? [{ target: commentId(stepId), code: 'commentRequired' as const, stepId }] : [];
  });
}

/** Errors in the verdicts and the sign-off, in the order of the page. */
export function checkSignOff(drafts: VerdictDrafts, signOff: SignOffDraft, stepIds: readonly string[]): ReviewError[] {
  const errors = checkVerdicts(drafts, stepIds);
  if (!signOff.name.trim()) errors.push({ target: signOffId('name'), code: 'nameRequired' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(signOff.date)) errors.push({ target: signOffId('date'), code: 'dateRequired' });
  if (!signOff.outcome) errors.push({ target: signOffId('outcome'), code: 'outcomeRequired' });
  else if (signOff.outcome === 'returned' && !stepIds.some((id) => drafts[id]?.verdict === 'needs-improvement')) {
    errors.push({ target: verdictId(stepIds[0] ?? ''), code: 'returnNeedsStep' });
  }
  return errors;
}

/**
 * The peer review ("granskning") of a completed assessment, as pure
 * functions on the assessment: a second person's verdicts on the steps and
 * their sign-off, and the assessor's replies and resubmission. Named
 * "peer review" throughout so it is not confused with the wizard's own
 * review phase (the assessor checking their answers before completing).
 *
 * Every change returns a new assessment with `updatedAt` set; the rounds
 * before the current one are never changed, so the history stays as it was.
 */
import type { Assessment } from '../assessment';
import type { Person, ReviewRound, ReviewVerdict, SignOffOutcome } from './review';

/** The reading functions need only the rounds (a screen may hold nothing else). */
type Reviewed = Pick<Assessment, 'review'>;

/**
 * Where the peer review stands: none begun; a round under way; returned to
 * the assessor; resubmitted (waiting for the reviewer's next round); approved.
 */
export type PeerReviewStatus = 'none' | 'in-review' | 'returned' | 'resubmitted' | 'approved';

/** The latest round, if any. */
export function currentRound(assessment: Reviewed): ReviewRound | undefined {
  return assessment.review.at(-1);
}

export function isSignedOff(round: ReviewRound | undefined): boolean {
  return round?.signOff !== undefined;
}

export function peerReviewStatus(assessment: Reviewed): PeerReviewStatus {
  const round = currentRound(assessment);
  if (!round) return 'none';
  if (!round.signOff) return 'in-review';
  if (round.signOff.outcome === 'approved') return 'approved';
  return round.resubmittedAt ? 'resubmitted' : 'returned';
}

/** The steps of `round` marked "behöver förbättras" that have no reply yet, in the order given. */
export function openComments(round: ReviewRound | undefined, stepOrder: readonly string[] = []): string[] {
  if (!round) return [];
  const open = Object.entries(round.steps)
    .filter(([, s]) => s.verdict === 'needs-improvement' && !s.reply?.text.trim())
    .map(([id]) => id);
  return sortByOrder(open, stepOrder);
}

/** The steps of `round` with a verdict, ordered as the questionnaire's steps (unknown ids last). */
export function reviewedSteps(round: ReviewRound, stepOrder: readonly string[]): string[] {
  return sortByOrder(Object.keys(round.steps), stepOrder);
}

function sortByOrder(ids: string[], order: readonly string[]): string[] {
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b));
}

/** The reviewer may start a round: there is none, or the last one was resubmitted after a return. */
export function canStartRound(assessment: Reviewed): boolean {
  const status = peerReviewStatus(assessment);
  return status === 'none' || status === 'resubmitted';
}

/** The assessor may resubmit: the round was returned, and every "behöver förbättras" has a reply. */
export function canResubmit(assessment: Reviewed): boolean {
  return peerReviewStatus(assessment) === 'returned' && openComments(currentRound(assessment)).length === 0;
}

/** Replaces the latest round (the only one that changes). */
function withCurrent(assessment: Assessment, now: Date, change: (round: ReviewRound) => ReviewRound): Assessment {
  const round = currentRound(assessment);
  if (!round) throw new Error('No review round to change');
  return { ...assessment, review: [...assessment.review.slice(0, -1), change(round)], updatedAt: now.toISOString() };
}

/** Begins a round by `reviewer` on the assessment as it now is. */
export function startRound(assessment: Assessment, reviewer: Person, now: Date): Assessment {
  if (!canStartRound(assessment)) throw new Error('A review round is already under way or finished');
  const round: ReviewRound = { reviewer: { name: reviewer.name.trim(), role: reviewer.role.trim() }, startedAt: now.toISOString(), revision: assessment.revision, steps: {} };
  return { ...assessment, review: [...assessment.review, round], updatedAt: now.toISOString() };
}

/** Sets the reviewer's verdict and comment on a step of the open round; a reply already given is kept. */
export function setVerdict(assessment: Assessment, stepId: string, verdict: ReviewVerdict, comment: string, now: Date): Assessment {
  return withCurrent(assessment, now, (round) => {
    if (round.signOff) throw new Error('The round is signed off');
    const before = round.steps[stepId];
    return { ...round, steps: { ...round.steps, [stepId]: { ...(before?.reply ? { reply: before.reply } : {}), verdict, comment: comment.trim(), at: now.toISOString() } } };
  });
}

/** Removes the reviewer's verdict on a step of the open round (nothing chosen yet). */
export function clearVerdict(assessment: Assessment, stepId: string, now: Date): Assessment {
  return withCurrent(assessment, now, (round) => {
    if (round.signOff || !(stepId in round.steps)) return round;
    const { [stepId]: _removed, ...steps } = round.steps;
    return { ...round, steps };
  });
}

/** The assessor's answer to a comment of a returned round; an empty answer removes it. */
export function reply(assessment: Assessment, stepId: string, text: string, now: Date): Assessment {
  if (peerReviewStatus(assessment) !== 'returned') throw new Error('Only a returned round takes replies');
  return withCurrent(assessment, now, (round) => {
    const step = round.steps[stepId];
    if (!step) throw new Error(`No comment on step ${stepId}`);
    const { reply: _old, ...rest } = step;
    const trimmed = text.trim();
    return { ...round, steps: { ...round.steps, [stepId]: trimmed ? { ...rest, reply: { text: trimmed, at: now.toISOString() } } : rest } };
  });
}

/** Sends a returned assessment back to the reviewer once every comment needing it has a reply. */
export function resubmit(assessment: Assessment, now: Date): Assessment {
  if (!canResubmit(assessment)) throw new Error('Not every comment has a reply');
  return withCurrent(assessment, now, (round) => ({ ...round, resubmittedAt: now.toISOString() }));
}

export interface SignOffInput {
  name: string;
  role: string;
  /** YYYY-MM-DD */
  date: string;
  outcome: SignOffOutcome;
}

/** Ends the open round with the reviewer's sign-off. */
export function signOff(assessment: Assessment, input: SignOffInput, now: Date): Assessment {
  return withCurrent(assessment, now, (round) => {
    if (round.signOff) throw new Error('The round is already signed off');
    return { ...round, signOff: { name: input.name.trim(), role: input.role.trim(), date: input.date, outcome: input.outcome, at: now.toISOString() } };
  });
}

/** The latest sign-off, for the report's cover and the start of the results page. */
export function latestSignOff(assessment: Reviewed) {
  for (let i = assessment.review.length - 1; i >= 0; i--) {
    const s = assessment.review[i]!.signOff;
    if (s) return s;
  }
  return undefined;
}

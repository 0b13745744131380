/**
 * A review of a completed assessment (format version 4): a reviewer (for
 * example the organisation's public-health strategist) marks each step
 * "godtagbar" or "behöver förbättras" with a comment, and signs off with
 * "godkänd" or "åter för komplettering". The assessor answers comments and
 * sends it back; each round is kept, oldest first, so the history stays.
 * The file moves between the two people; nothing here needs a server.
 */
import { z } from 'zod';

export const REVIEW_VERDICTS = ['acceptable', 'needs-improvement'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

export const SIGN_OFF_OUTCOMES = ['approved', 'returned'] as const;
export type SignOffOutcome = (typeof SIGN_OFF_OUTCOMES)[number];

/** A calendar date as the user gave it (YYYY-MM-DD), with no time and no time zone. */
export const ZCalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD');

export const ZPerson = z.strictObject({
  name: z.string().describe('The person’s name.'),
  role: z.string().default('').describe('Their role or title, e.g. folkhälsostrateg.'),
});

export const ZStepReview = z.strictObject({
  verdict: z.enum(REVIEW_VERDICTS).describe('The reviewer’s verdict on the step: acceptable, or needs improvement.'),
  comment: z.string().default('').describe('What the reviewer wrote about the step.'),
  at: z.string().describe('When the verdict was last changed (ISO 8601).'),
  reply: z
    .strictObject({ text: z.string(), at: z.string() })
    .optional()
    .describe('The assessor’s answer to the comment, and when it was written.'),
});

export const ZSignOff = z.strictObject({
  name: z.string().describe('Who signed off.'),
  role: z.string().default('').describe('Their role or title.'),
  date: ZCalendarDate.describe('The date of the sign-off (YYYY-MM-DD).'),
  outcome: z.enum(SIGN_OFF_OUTCOMES).describe('Approved, or returned for completion.'),
  at: z.string().describe('When the sign-off was recorded (ISO 8601).'),
});

export const ZReviewRound = z.strictObject({
  reviewer: ZPerson.describe('Who reviews in this round.'),
  startedAt: z.string().describe('When the round began (ISO 8601).'),
  revision: z.number().int().nonnegative().describe('The revision of the assessment the round began on.'),
  steps: z.record(z.string(), ZStepReview).default({}).describe('The verdicts and comments, by step id.'),
  signOff: ZSignOff.optional().describe('The reviewer’s sign-off that ends the round; absent while the review goes on.'),
  resubmittedAt: z
    .string()
    .optional()
    .describe('When the assessor sent the assessment back for another look after a return (ISO 8601).'),
});

export type Person = z.infer<typeof ZPerson>;
export type StepReview = z.infer<typeof ZStepReview>;
export type SignOff = z.infer<typeof ZSignOff>;
export type ReviewRound = z.infer<typeof ZReviewRound>;

/**
 * The committee's decision on record (format version 4): what was decided,
 * where and when it can be found (diarienummer, meeting date, paragraph),
 * and what changed from the proposal assessed.
 */
import { z } from 'zod';
import { ZCalendarDate } from './review';

export const DECISION_OUTCOMES = ['as-proposed', 'amended', 'rejected', 'postponed'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const ZDecision = z.strictObject({
  caseNumber: z.string().describe('The case number in the registry (diarienummer).'),
  body: z.string().default('').describe('The committee or board that decided.'),
  meetingDate: ZCalendarDate.describe('The date of the meeting (YYYY-MM-DD).'),
  paragraph: z.string().describe('The paragraph of the minutes (§), as written there.'),
  outcome: z.enum(DECISION_OUTCOMES).describe('As proposed, amended, rejected or postponed.'),
  changes: z.string().default('').describe('What the decision changed from the proposal assessed.'),
  recordedAt: z.string().describe('When this was recorded here (ISO 8601).'),
});

export type Decision = z.infer<typeof ZDecision>;

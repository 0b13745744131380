/**
 * The decision form's values and their check, apart from the form so the
 * rules can be tested without rendering. Every field is text while edited;
 * `toDecision` makes the stored record once the check passes.
 */
import { DECISION_OUTCOMES, type Decision, type DecisionOutcome } from '../../assessment/after/decision';

export interface DecisionValues {
  caseNumber: string;
  body: string;
  meetingDate: string;
  paragraph: string;
  outcome: '' | DecisionOutcome;
  changes: string;
}

export type DecisionField = keyof DecisionValues;
/** The fields in the order they stand in the form, so the error summary lists them in that order. */
export const DECISION_FIELDS: DecisionField[] = ['caseNumber', 'body', 'meetingDate', 'paragraph', 'outcome', 'changes'];

/** Outcomes that change the proposal or put it off: the record says what, or it is not of much use later. */
export const NEEDS_CHANGES: ReadonlySet<DecisionOutcome> = new Set(['amended', 'postponed']);

/** True for a real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The form's starting values: the decision on record, else empty with the committee the assessment named. */
export function decisionValues(decision: Decision | undefined, committee: string): DecisionValues {
  if (decision) {
    const { caseNumber, body, meetingDate, paragraph, outcome, changes } = decision;
    return { caseNumber, body, meetingDate, paragraph, outcome, changes };
  }
  return { caseNumber: '', body: committee, meetingDate: '', paragraph: '', outcome: '', changes: '' };
}

/** What is wrong, by field: an error code (a key under `decision.errors`). */
export function checkDecision(v: DecisionValues): Partial<Record<DecisionField, string>> {
  const errors: Partial<Record<DecisionField, string>> = {};
  if (!v.caseNumber.trim()) errors.caseNumber = 'caseNumber';
  if (!v.meetingDate.trim()) errors.meetingDate = 'meetingDate';
  else if (!isCalendarDate(v.meetingDate.trim())) errors.meetingDate = 'meetingDateInvalid';
  if (!v.paragraph.trim()) errors.paragraph = 'paragraph';
  if (!(DECISION_OUTCOMES as readonly string[]).includes(v.outcome)) errors.outcome = 'outcome';
  else if (NEEDS_CHANGES.has(v.outcome as DecisionOutcome) && !v.changes.trim()) errors.changes = `changes-${v.outcome}`;
  return errors;
}

/** The stored decision from checked values, recorded `now`. */
export function toDecision(v: DecisionValues, now: Date): Decision {
  if (v.outcome === '') throw new Error('toDecision needs an outcome; check the values first.');
  return {
    caseNumber: v.caseNumber.trim(),
    body: v.body.trim(),
    meetingDate: v.meetingDate.trim(),
    paragraph: v.paragraph.trim(),
    outcome: v.outcome,
    changes: v.changes.trim(),
    recordedAt: now.toISOString(),
  };
}

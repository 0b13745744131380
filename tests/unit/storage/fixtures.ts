// Shared helpers for the storage tests: assessments built from the real
// questionnaire, and a fresh database name per test so tests never share data.
import { newAssessment, type Assessment } from '../../../src/assessment/assessment';
import { questionnaires } from '../../../src/questionnaire/catalogue';

const file = questionnaires[0]!;
let counter = 0;

/** A database name no other test uses. */
export function uniqueDbName(): string {
  counter += 1;
  return `test-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** A fresh assessment with `id`, created and updated at `iso`. */
export function makeAssessment(id: string, iso = '2026-01-01T10:00:00.000Z'): Assessment {
  return newAssessment(file, id, new Date(iso));
}

/** `assessment` with one answer set, to tell versions apart. */
export function withAnswer(assessment: Assessment, value: string): Assessment {
  return { ...assessment, answers: { ...assessment.answers, note: value } };
}

/**
 * The case of an assessment: the answers that describe what is being
 * assessed (title, the proposal, its alternatives), as opposed to the
 * analysis a group does of it. Questions carry the `case` tag in the
 * questionnaire, so no code names them. Workshops use this twice: a "case
 * only" copy of a worked example, and "reset for the next group".
 */
import type { Answers } from '../questionnaire/answers';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { allQuestions } from '../questionnaire/walk';
import type { Assessment } from './assessment';
import { startProgress } from './start-progress';

/** The ids of the top-level questions tagged `case`. */
export function caseQuestionIds(file: QuestionnaireFile): string[] {
  return allQuestions(file)
    .filter((l) => !l.group && l.question.tags?.includes('case'))
    .map((l) => l.question.id);
}

/** Only the answers that describe the case; a group answer is kept whole. */
export function caseAnswers(file: QuestionnaireFile, answers: Answers): Answers {
  const keep = new Set(caseQuestionIds(file));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => keep.has(id)));
}

/**
 * The assessment with its analysis cleared: the case answers stay, every
 * other answer, draft and the progress through the wizard go. The id, name
 * and dates are the caller's business (a copy gets a new id; a reset keeps
 * it and saves a new revision).
 */
export function caseOnly(file: QuestionnaireFile, assessment: Assessment): Assessment {
  return {
    ...assessment,
    answers: caseAnswers(file, assessment.answers),
    drafts: {},
    progress: startProgress(),
  };
}

/**
 * A workshop group's copy of a case: made from a workshop link, named by the
 * group, and lighter to move through. The group's name is the assessment's
 * name (the file name, the comparison's column) and the answer to the
 * question tagged `meta-assessors` (who made the assessment), unless that
 * already holds something. While the group works, only the case and its
 * name must be answered to move on; completing still asks for everything.
 */
import type { QuestionnaireFile } from '../questionnaire/schema';
import { allQuestions } from '../questionnaire/walk';
import type { Assessment, Origin } from './assessment';
import { caseQuestionIds } from './case';

/** The top-level questions tagged `meta-assessors`. */
function assessorQuestionIds(file: QuestionnaireFile): string[] {
  return allQuestions(file)
    .filter((l) => !l.group && l.question.tags?.includes('meta-assessors'))
    .map((l) => l.question.id);
}

/** The questions a workshop copy must answer to move on: the case and the group's name. */
export function workshopMustAnswer(file: QuestionnaireFile): ReadonlySet<string> {
  return new Set([...caseQuestionIds(file), ...assessorQuestionIds(file)]);
}

/** What must be answered to move on in a copy of this origin, when not every required question must (a workshop copy). */
export function mustAnswerFor(file: QuestionnaireFile, origin: Origin['kind'] | undefined): ReadonlySet<string> | undefined {
  return origin === 'workshop' ? workshopMustAnswer(file) : undefined;
}

/** `assessment` named by its group: the name, and the assessors' answer where it is empty. */
export function withGroupName(file: QuestionnaireFile, assessment: Assessment, name: string): Assessment {
  const group = name.trim().replace(/\s+/g, ' ');
  const answers = { ...assessment.answers };
  for (const id of assessorQuestionIds(file)) {
    const given = answers[id];
    if (typeof given !== 'string' || given.trim() === '') answers[id] = group;
  }
  return { ...assessment, name: group, answers };
}

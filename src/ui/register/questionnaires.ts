/** What the register table needs of each questionnaire: its subject, and the question holding the overall judgement. */
import { subjectContext } from '../../i18n/subject';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import { allQuestions } from '../../questionnaire/walk';
import type { RegisterQuestionnaire } from './register-texts';

export function registerQuestionnaire(file: QuestionnaireFile): RegisterQuestionnaire {
  // The same question the evaluation reads the judgement from (src/assessment/overall-judgement.ts).
  const judgement = allQuestions(file).find((l) => !l.group && l.step.kind === 'questions' && l.question.tags?.includes('overall-judgement'));
  return { id: file.id, subject: subjectContext(file), ...(judgement ? { judgementQuestion: judgement.question.id } : {}) };
}

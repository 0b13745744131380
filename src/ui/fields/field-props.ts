import type { FieldQuestion } from '../../questionnaire/schema';
import type { StepQuestion } from '../../questionnaire/step-questions';
import type { OptionText, QuestionTexts } from './texts';

/** What a field renderer gets: its RHF name, the question, and its words. */
export interface FieldProps {
  name: string;
  question: StepQuestion | FieldQuestion;
  texts: QuestionTexts;
  options: OptionText[];
}

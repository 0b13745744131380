/** One question of a step: a repeatable group or a single-value field. */
import type { StepQuestion } from '../../questionnaire/step-questions';
import { fieldName } from '../form/form-values';
import { GroupField } from './group-field';
import { ScalarField } from './scalar-field';

export function QuestionField({ question, name = fieldName(question.id) }: { question: StepQuestion; name?: string }) {
  return question.type === 'group' ? <GroupField name={name} question={question} /> : <ScalarField name={name} question={question} />;
}

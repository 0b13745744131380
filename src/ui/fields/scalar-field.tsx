/**
 * The registry of renderers for answers that are a single value or a list
 * of choices. The switch is exhaustive: a new question type does not compile
 * until it has a renderer.
 */
import type { FieldQuestion } from '../../questionnaire/schema';
import { JUSTIFICATION, type StepQuestion } from '../../questionnaire/step-questions';
import { ChoiceField } from './choice-field';
import { useStep } from './step-context';
import { NumberField } from './number-field';
import { TextField } from './text-field';
import { useQuestionTexts } from './texts';
import { useToolTexts } from './tool-texts';

export function ScalarField({ name, question }: { name: string; question: StepQuestion | FieldQuestion }) {
  const { file, answers, evidence } = useStep();
  const { texts, options } = useQuestionTexts();
  const toolTexts = useToolTexts();
  // A criterion's rating shows what the answers so far say about it; its justification does not repeat it.
  const criterion = 'criterion' in question && !question.id.endsWith(JUSTIFICATION) ? question.criterion : undefined;
  const tool = criterion ? toolTexts(evidence?.get(criterion), name, criterion) : undefined;
  const props = { name, question, texts: { ...texts(question), ...(tool ? { tool } : {}) }, options: options(file, question, answers) };
  switch (question.type) {
    case 'text':
    case 'longtext':
    case 'date':
      return <TextField {...props} />;
    case 'number':
      return <NumberField {...props} />;
    case 'single':
    case 'multi':
    case 'scale':
      return <ChoiceField {...props} />;
    case 'group':
      throw new Error(`A group (${question.id}) cannot stand where a single value is expected.`);
    default: {
      const unknown: never = question;
      throw new Error(`No renderer for ${JSON.stringify(unknown)}`);
    }
  }
}

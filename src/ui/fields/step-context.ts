import { createContext, useContext } from 'react';
import type { CriterionEvidence } from '../../assessment/backing';
import type { Answers } from '../../questionnaire/answers';
import type { Framework, QuestionnaireFile } from '../../questionnaire/schema';

/** What fields need from the step around them: the model and the accepted answers. */
export interface StepContextValue {
  file: QuestionnaireFile;
  framework: Framework;
  answers: Answers;
  /** Makes a stable id for a new group item. */
  newId: () => string;
  /** On the recommendation check: what the accepted answers show for each criterion, by criterion id. */
  evidence?: ReadonlyMap<string, CriterionEvidence>;
}

export const StepContext = createContext<StepContextValue | null>(null);

export function useStep(): StepContextValue {
  const value = useContext(StepContext);
  if (!value) throw new Error('A field was rendered outside a step form.');
  return value;
}

/**
 * The questions a step asks. For ordinary and per-item steps these are the
 * ones in the file; the recommendation check generates two per criterion of
 * the framework: the rating (on the step's scale) and a justification.
 */
import type { FieldQuestion, Framework, Question, Step } from './schema';

/** Suffix of the generated justification question of a criterion. */
export const JUSTIFICATION = '.why';

/** A criterion-derived question knows its criterion and recommendation. */
export type StepQuestion = (Question | FieldQuestion) & { criterion?: string };

export function stepQuestions(step: Step, framework: Framework): StepQuestion[] {
  if (step.kind !== 'recommendation-check') return step.questions;
  return framework.recommendations.flatMap((r) =>
    r.criteria.flatMap((c): StepQuestion[] => [
      { id: c.id, type: 'single', options: step.scale, required: true, recommendations: [r.id], criterion: c.id, tags: c.tags },
      { id: `${c.id}${JUSTIFICATION}`, type: 'longtext', required: false, recommendations: [r.id], criterion: c.id },
    ]),
  );
}

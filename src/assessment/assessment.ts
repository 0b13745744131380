/**
 * An assessment: one person's (or group's) answers to one questionnaire,
 * with the metadata that storage, export and reports need. This is the
 * stored and exported format; `formatVersion` is bumped (with a migration)
 * whenever its shape changes.
 */
import { z } from 'zod';
import { ZAnswers, type Answers } from '../questionnaire/answers';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { allQuestions } from '../questionnaire/walk';

export const ASSESSMENT_FORMAT = 'jamlikhetskollen.assessment';
export const FORMAT_VERSION = 1;

/** Where the user is in the wizard, enough to restore the machine. */
export const ZProgress = z.strictObject({
  phase: z.enum(['start', 'answering', 'revising', 'review', 'complete']),
  stepId: z.string().nullable(),
  reached: z.array(z.string()),
});

export const ZAssessment = z.strictObject({
  format: z.literal(ASSESSMENT_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  id: z.string().min(1),
  /** A name the user may give; otherwise the title answer is used. */
  name: z.string().default(''),
  questionnaire: z.strictObject({ id: z.string(), contentVersion: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Increases with every save; a save based on an older revision is refused. */
  revision: z.number().int().nonnegative(),
  answers: ZAnswers,
  progress: ZProgress,
  /** Text typed into a step but not yet submitted, by step id. */
  drafts: z.record(z.string(), ZAnswers).default({}),
});

export type Progress = z.infer<typeof ZProgress>;
export type Assessment = z.infer<typeof ZAssessment>;

/** A fresh assessment of `file`. */
export function newAssessment(file: QuestionnaireFile, id: string, now: Date): Assessment {
  const stamp = now.toISOString();
  return {
    format: ASSESSMENT_FORMAT,
    formatVersion: FORMAT_VERSION,
    id,
    name: '',
    questionnaire: { id: file.id, contentVersion: file.contentVersion },
    createdAt: stamp,
    updatedAt: stamp,
    revision: 0,
    answers: {},
    progress: { phase: 'start', stepId: null, reached: [] },
    drafts: {},
  };
}

/** The answer of the question carrying `tag` (the first one), if any. */
export function taggedAnswer(file: QuestionnaireFile, answers: Answers, tag: string) {
  const located = allQuestions(file).find((l) => l.question.tags?.includes(tag) && !l.group);
  return located ? answers[located.question.id] : undefined;
}

/** The name to show for an assessment: the user's name for it, else its title answer. */
export function displayName(file: QuestionnaireFile, assessment: Assessment): string {
  const title = taggedAnswer(file, assessment.answers, 'meta-title');
  return assessment.name.trim() || (typeof title === 'string' ? title.trim() : '');
}

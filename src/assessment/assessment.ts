/**
 * An assessment: one person's (or group's) answers to one questionnaire,
 * with the metadata that storage, export and reports need. This is the
 * stored and exported format; `formatVersion` is bumped (with a migration)
 * whenever its shape changes.
 */
import { z } from 'zod';
import { ZAnswers, type Answers } from '../questionnaire/answers';
import { Id, SemVer, type QuestionnaireFile } from '../questionnaire/schema';
import { allQuestions } from '../questionnaire/walk';
import { ZDecision } from './after/decision';
import { ZFollowUp } from './after/follow-up';
import { ZReviewRound } from './after/review';
import { startProgress } from './start-progress';

export const ASSESSMENT_FORMAT = 'jamlikhetskollen.assessment';
/** The current file format; earlier ones are brought up to it by `./migrations`. */
export const FORMAT_VERSION = 5;

/** Where the user is in the wizard, enough to restore the machine. */
export const ZProgress = z.strictObject({
  phase: z.enum(['start', 'answering', 'revising', 'review', 'complete']),
  stepId: z.string().nullable(),
  reached: z.array(z.string()),
  /** The page on screen within a step worked one part at a time (src/machine/pages.ts). */
  page: z.string().nullable().optional().describe('The page on screen within the current step (an affected group, a recommendation, the overview).'),
  /**
   * Steps whose whole form was saved. Absent in files written before it
   * existed: then every reached step that is valid counts, except the one on
   * screen (see `doneSteps`).
   */
  done: z.array(z.string()).optional().describe('Steps whose form was saved, in the order saved.'),
  /** When the assessment was completed ("Slutför bedömningen"); kept while it is changed afterwards. */
  completedAt: z.string().nullable().optional().describe('When the assessment was completed (ISO 8601); null or absent when it is not.'),
});

/**
 * Where a copy came from, for telling copies apart on the start page
 * ("importerad från fil 4 dec 15.19"): an imported file, a share link, a
 * worked example, a copy made on this device, or a workshop group's copy of
 * a case opened from a workshop link (format version 3).
 */
export const ZOrigin = z.strictObject({
  kind: z.enum(['file', 'share', 'example', 'copy', 'workshop']),
  /** When the copy was made (ISO 8601). */
  at: z.string(),
  /** The file name, the example's id (also a workshop link's, when it named one) or the id of the assessment copied, where there is one. */
  from: z.string().optional(),
});

/**
 * Answers set aside when the questionnaire changed under them: the parts of
 * the answers the current questionnaire can no longer hold (a removed
 * question, a removed option), in the same shape as `answers`, with the
 * questionnaire version they were given under. Kept, shown, never evaluated.
 */
export const ZEarlierAnswers = z.strictObject({
  contentVersion: z.string().describe('The questionnaire version the answers were given under; for a question pack’s answers, the pack’s version.'),
  /** The question pack the answers belong to, when they are a pack's (format version 5). */
  pack: Id.optional().describe('The question pack the answers belong to, when they are answers to a pack’s questions that this copy does not have (in that version).'),
  answers: ZAnswers.describe('The answers the current questionnaire cannot hold, in the same shape as `answers`.'),
});

/** A question pack the assessment is answered with, by id and version (format version 5). */
export const ZPackRef = z.strictObject({
  id: Id.describe('The pack’s id, which begins the id of every question in it.'),
  version: SemVer.describe('The pack’s version.'),
});

export const ZAssessment = z
  .strictObject({
    format: z.literal(ASSESSMENT_FORMAT).describe('Marks the file as a Jämlikhetskollen assessment.'),
    formatVersion: z.literal(FORMAT_VERSION).describe('The version of this file format; earlier versions are migrated on import.'),
    id: z.string().min(1),
    /** A name the user may give; otherwise the title answer is used. */
    name: z.string().default(''),
    questionnaire: z
      .strictObject({
        id: z.string(),
        contentVersion: z.string(),
        /** The organisation's question packs added to it, in the order applied; absent when none (format version 5). */
        packs: z.array(ZPackRef).optional().describe('The organisation’s question packs added to the questionnaire, in the order applied; absent when none.'),
      })
      .describe('The questionnaire answered (`proposal`, `service-audit`), its content version and the question packs added to it.'),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Increases with every save; a save based on an older revision is refused. */
    revision: z.number().int().nonnegative(),
    answers: ZAnswers.describe('Answers by stable question id.'),
    /** Set aside after questionnaire changes, oldest first (format version 2). */
    earlierAnswers: z
      .array(ZEarlierAnswers)
      .default([])
      .describe('Answers to questions or options that a later questionnaire version no longer has, kept rather than dropped; oldest first.'),
    progress: ZProgress.describe('Where the user is in the wizard.'),
    origin: ZOrigin.optional().describe('Where this copy came from (an imported file, a share link, an example, a copy, a workshop link); absent for one started here.'),
    /** Text typed into a step but not yet submitted, by step id. */
    drafts: z.record(z.string(), ZAnswers).default({}).describe('Answers typed into a step but not yet submitted, by step id.'),
    /** Review rounds, oldest first (format version 4). */
    review: z.array(ZReviewRound).default([]).describe('Review rounds of the completed assessment, oldest first: verdicts and comments by step, replies, sign-off.'),
    /** The committee's decision, once recorded (format version 4). */
    decision: ZDecision.optional().describe('The committee’s decision on record; absent until it is recorded.'),
    /** Follow-ups, in date order (format version 4). */
    followUps: z.array(ZFollowUp).default([]).describe('Follow-ups of what happened after the decision, in date order.'),
  })
  .describe('An equity impact assessment made with Jämlikhetskollen: its answers and where the user is.');

export type Progress = z.infer<typeof ZProgress>;
export type Origin = z.infer<typeof ZOrigin>;
export type EarlierAnswers = z.infer<typeof ZEarlierAnswers>;
export type PackRef = z.infer<typeof ZPackRef>;
export type Assessment = z.infer<typeof ZAssessment>;

/** A fresh assessment of `file`, answered with the question packs `packs` (already applied to `file`). */
export function newAssessment(file: QuestionnaireFile, id: string, now: Date, packs: readonly PackRef[] = []): Assessment {
  const stamp = now.toISOString();
  return {
    format: ASSESSMENT_FORMAT,
    formatVersion: FORMAT_VERSION,
    id,
    name: '',
    questionnaire: { id: file.id, contentVersion: file.contentVersion, ...(packs.length ? { packs: packs.map((ref) => ({ id: ref.id, version: ref.version })) } : {}) },
    createdAt: stamp,
    updatedAt: stamp,
    revision: 0,
    answers: {},
    earlierAnswers: [],
    progress: startProgress(),
    drafts: {},
    review: [],
    followUps: [],
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

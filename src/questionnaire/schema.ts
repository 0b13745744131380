/**
 * The questionnaire file format, as a zod schema. Every questionnaire and the
 * recommendation framework are parsed with these schemas at load time and in
 * the content tests; TypeScript types come only from `z.infer`, so the format
 * and the types cannot drift apart.
 *
 * Files hold structure only: stable ids, types, order, conditions, links to
 * the five recommendations and numeric weights. Every human word lives in
 * `locales/<lang>/content/*.json`, keyed by these ids.
 */
import { z } from 'zod';

/** The format version this code reads. Bump it when the file format changes. */
export const SCHEMA_VERSION = 1;

/** Lowercase, dot-separated segments: `basics.title`, `groups.item.name`. */
export const Id = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/,
    'ids are lowercase letters, digits and hyphens, in dot-separated parts',
  );

export const SemVer = z
  .string()
  .regex(/^\d+\.\d+\.\d+$/, 'a version is written as major.minor.patch');

/**
 * A show-if condition. Conditions refer to questions by id and are evaluated
 * against accepted answers; a condition on a question that is itself hidden
 * counts as not met.
 */
export type Condition =
  | { question: string; equals: string }
  | { question: string; in: string[] }
  | { question: string; includes: string }
  | { question: string; answered: true }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ZCondition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: Id, equals: Id }),
    z.strictObject({ question: Id, in: z.array(Id).min(1) }),
    z.strictObject({ question: Id, includes: Id }),
    z.strictObject({ question: Id, answered: z.literal(true) }),
    z.strictObject({ all: z.array(ZCondition).min(1) }),
    z.strictObject({ any: z.array(ZCondition).min(1) }),
    z.strictObject({ not: ZCondition }),
  ]),
);

/**
 * Semantic tags let the generic rules in `src/assessment` find the answers
 * they need (for example "are children affected?") without naming a question
 * of a particular questionnaire.
 */
export const Tag = z.string().regex(/^[a-z][a-z0-9-]*$/, 'tags are lowercase words joined by hyphens');

export const ZOption = z.strictObject({
  id: Id,
  /** Numeric value where scoring needs one (rating scales, criteria). */
  score: z.number().optional(),
  /** Chosen alone: selecting it clears the other choices (multiple choice). */
  exclusive: z.boolean().optional(),
  tags: z.array(Tag).optional(),
  /**
   * The option cannot be chosen while this condition holds (for example "no
   * further analysis" while children may be affected). The step's answer
   * schema refuses it with the code `refused`; the reason is the content text
   * `questions.<questionId>.options.<optionId>.refused` of every question
   * that offers the option (inline or from an option set).
   */
  refusedIf: ZCondition.optional(),
});

const RecommendationRef = z.enum(['r1', 'r2', 'r3', 'r4', 'r5']);

const QuestionBase = {
  id: Id,
  /**
   * Ids this question had in earlier content versions. An answer saved under
   * one of them is carried over to `id` when an assessment is brought up to
   * the current version, instead of being set aside.
   */
  formerIds: z.array(Id).min(1).optional(),
  required: z.boolean().default(false),
  showIf: ZCondition.optional(),
  /** Recommendations this question gives evidence for. */
  recommendations: z.array(RecommendationRef).optional(),
  tags: z.array(Tag).optional(),
};

/**
 * Where a choice question takes its options from: an inline list, the id of
 * an option set declared on the questionnaire, or the items of a repeatable
 * group (for example "which affected groups does this measure address?").
 */
export const ZOptionSource = z.union([
  z.array(ZOption).min(2),
  Id,
  z.strictObject({ fromGroup: Id }),
]);

const Options = { options: ZOptionSource };

export const ZTextQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('text'),
  format: z.enum(['plain', 'email']).default('plain'),
  maxLength: z.number().int().positive().optional(),
});
export const ZLongTextQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('longtext'),
  maxLength: z.number().int().positive().optional(),
});
export const ZDateQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('date'),
});
export const ZSingleQuestion = z.strictObject({
  ...QuestionBase,
  ...Options,
  type: z.literal('single'),
});
export const ZMultiQuestion = z.strictObject({
  ...QuestionBase,
  ...Options,
  type: z.literal('multi'),
  minSelected: z.number().int().nonnegative().optional(),
});
/** An ordered scale (rating); every option needs a score. */
export const ZScaleQuestion = z.strictObject({
  ...QuestionBase,
  ...Options,
  type: z.literal('scale'),
});

/**
 * A number (a share in per cent, a count). Stored as a canonical decimal
 * string ("12.5"; the form also takes "12,5"), shown with the reader's
 * number format ("12,5 %" / "12.5%"). `min` and `max` bound what is accepted.
 */
export const ZNumberQuestion = z
  .strictObject({
    ...QuestionBase,
    type: z.literal('number'),
    unit: z.enum(['percent']).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, { message: 'min must not be greater than max', path: ['max'] });

/** The single-value question types: everything but a group. */
const FIELD_TYPES = [ZTextQuestion, ZLongTextQuestion, ZDateQuestion, ZNumberQuestion, ZSingleQuestion, ZMultiQuestion, ZScaleQuestion] as const;

/** Questions that can stand inside a repeatable group. */
export const ZFieldQuestion = z.discriminatedUnion('type', [...FIELD_TYPES]);

/**
 * A repeatable group: the user adds, removes and reorders items, each with
 * the same fields. Items get a generated stable id when created.
 */
export const ZGroupQuestion = z.strictObject({
  ...QuestionBase,
  type: z.literal('group'),
  fields: z.array(ZFieldQuestion).min(1),
  /** The field whose answer names an item (used in lists and per-item steps). */
  itemLabel: Id,
  minItems: z.number().int().nonnegative().default(0),
  maxItems: z.number().int().positive().optional(),
});

export const ZQuestion = z.discriminatedUnion('type', [...FIELD_TYPES, ZGroupQuestion]);

const StepBase = {
  id: Id,
  showIf: ZCondition.optional(),
  recommendations: z.array(RecommendationRef).optional(),
};

/** An ordinary step: a list of questions answered once. */
export const ZQuestionsStep = z.strictObject({
  ...StepBase,
  kind: z.literal('questions'),
  questions: z.array(ZQuestion).min(1),
});

/**
 * A step asked once for every item of a repeatable group elsewhere
 * (consequences per affected group). Its questions cannot be groups.
 */
export const ZPerItemStep = z.strictObject({
  ...StepBase,
  kind: z.literal('per-item'),
  of: Id,
  questions: z.array(ZFieldQuestion).min(1),
});

/**
 * The check against the five recommendations. Its questions are generated
 * from the framework's criteria, so both questionnaires share one definition.
 */
export const ZRecommendationCheckStep = z.strictObject({
  ...StepBase,
  kind: z.literal('recommendation-check'),
  /** The option set used to answer each criterion. */
  scale: Id,
});

export const ZStep = z.discriminatedUnion('kind', [
  ZQuestionsStep,
  ZPerItemStep,
  ZRecommendationCheckStep,
]);

export const ZQuestionnaire = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('questionnaire'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  contentVersion: SemVer,
  /**
   * What the questionnaire assesses: a proposal before its decision, or a
   * service that already runs. Readers frame their texts by it (i18next
   * context `_service` on the criterion, report and decision-text keys), so
   * no code names a questionnaire.
   */
  subject: z.enum(['proposal', 'service']).default('proposal'),
  /** The recommendation framework whose criteria the check step uses. */
  framework: Id,
  optionSets: z.record(Id, z.array(ZOption).min(2)).default({}),
  steps: z.array(ZStep).min(1),
});

/**
 * A named check of what the assessment's own answers show, used to back a
 * criterion ("backing") or to say when it applies ("relevantWhen"). The
 * checks are small pure predicates in `src/assessment/backing`; their
 * parameters are semantic tags, never question ids, so every questionnaire
 * on this engine is read the same way.
 */
export const CHECK_NAMES = [
  'dialogue-recorded',
  'disaggregated-evidence',
  'consequences-assessed',
  'alternatives-compared',
  'indicators-complete',
  'follow-up-planned',
  'children-affected',
  'child-best-interests-assessed',
  'children-heard',
  'vulnerable-children-considered',
  'factor-group-present',
  'factor-group-assessed',
  'no-uncompensated-worse',
  'gaps-not-widening',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export const ZCheck = z.strictObject({
  check: z.enum(CHECK_NAMES),
  /** Group factors (option tags of the `group-factors` question) the check is about. */
  factors: z.array(Tag).min(1).optional(),
  /** Consequence dimensions (`dimension-*` tags) the check is about. */
  dimensions: z.array(Tag).min(1).optional(),
});

export const ZCriterion = z.strictObject({
  id: Id,
  /** Relative weight of the criterion within its recommendation. */
  weight: z.number().positive(),
  tags: z.array(Tag).optional(),
  /**
   * What the answers must show before a "yes" (or "partly") counts: every
   * check must hold. Without backing, a "yes" counts on its justification.
   */
  backing: z.array(ZCheck).optional(),
  /**
   * When any of these holds, the criterion applies: "not relevant" is then
   * contradicted by the assessment itself.
   */
  relevantWhen: z.array(ZCheck).optional(),
});

/**
 * A suggestion offered with a finding about a group that gets worse: the
 * consequence dimension it fits and the kind of measure it is. A finding
 * shows only the suggestions of its own dimensions. Texts:
 * `content:suggestions.<id>`.
 */
export const ZSuggestion = z.strictObject({
  id: Id,
  dimension: Tag,
  measure: z.enum(['avoid', 'reduce', 'compensate']),
});

export const ZRecommendation = z.strictObject({
  id: RecommendationRef,
  number: z.number().int().min(1).max(5),
  criteria: z.array(ZCriterion).min(4).max(6),
});

export const ZFramework = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('framework'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  contentVersion: SemVer,
  /** Share of the maximum score at or above which a recommendation is met / partly met. */
  thresholds: z.strictObject({
    met: z.number().min(0).max(1),
    partly: z.number().min(0).max(1),
    /**
     * A group's representation ratio (its share among users divided by its
     * share among those who need the service) below which it counts as
     * under-represented.
     */
    underRepresented: z.number().min(0).max(1).optional(),
  }),
  recommendations: z.array(ZRecommendation).length(5),
  suggestions: z.array(ZSuggestion).default([]),
});

export type Option = z.infer<typeof ZOption>;
export type FieldQuestion = z.infer<typeof ZFieldQuestion>;
export type GroupQuestion = z.infer<typeof ZGroupQuestion>;
export type Question = z.infer<typeof ZQuestion>;
export type QuestionType = Question['type'];
export type Step = z.infer<typeof ZStep>;
export type QuestionnaireFile = z.infer<typeof ZQuestionnaire>;
export type Framework = z.infer<typeof ZFramework>;
export type Recommendation = z.infer<typeof ZRecommendation>;
export type Criterion = z.infer<typeof ZCriterion>;
export type Check = z.infer<typeof ZCheck>;
export type Suggestion = z.infer<typeof ZSuggestion>;

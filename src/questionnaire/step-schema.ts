/**
 * The zod schema for one step's answers, built from the questionnaire and
 * the answers so far (which decide what is shown). The form resolver and the
 * wizard machine's guard both use it, so "Next" and "valid" cannot disagree.
 *
 * Error messages are codes (`required`, `email` …) that the UI translates
 * as `errors.<code>`; hidden questions are not checked and their stored
 * answers pass through untouched.
 */
import { z } from 'zod';
import type { Answers } from './answers';
import { groupItems, parseNumber } from './answers';
import type { FieldQuestion, Framework, Option, QuestionnaireFile, Step } from './schema';
import { JUSTIFICATION, stepQuestions, type StepQuestion } from './step-questions';
import { visibility, type Visibility } from './visibility';
import { staticOptions } from './walk';

export type ErrorCode =
  | 'required'
  | 'email'
  | 'date'
  | 'tooLong'
  | 'choose'
  /** A tick-several question with too few boxes ticked ("choose at least one", not "choose an option"). */
  | 'chooseSome'
  | 'minItems'
  | 'maxItems'
  | 'exclusive'
  | 'invalidOption'
  /** A number question answered with something that is not a number. */
  | 'number'
  /** A number below the question's `min`, or above its `max`. */
  | 'numberMin'
  | 'numberMax'
  /** An option whose `refusedIf` holds for the answers given so far. */
  | 'refused'
  /** A criterion answered "yes" or "not relevant" without its justification. */
  | 'justify';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function optionIds(file: QuestionnaireFile, q: StepQuestion, answers: Answers): string[] | undefined {
  if (!('options' in q)) return undefined;
  const options: Option[] | undefined = staticOptions(file, q);
  if (options) return options.map((o) => o.id);
  const source = q.options;
  return typeof source === 'object' && !Array.isArray(source) ? groupItems(answers[source.fromGroup]).map((i) => i.id) : undefined;
}

/** Ids of the question's options that the answers so far refuse (`refusedIf`). */
function refusedOptions(file: QuestionnaireFile, q: FieldQuestion | StepQuestion, v: Visibility): Set<string> {
  return new Set((staticOptions(file, q) ?? []).filter((o) => o.refusedIf && v.holds(o.refusedIf)).map((o) => o.id));
}

/** Schema of a single (non-group) value. */
function scalarSchema(file: QuestionnaireFile, q: FieldQuestion | StepQuestion, answers: Answers, shown: Visibility = visibility(file, answers)): z.ZodType {
  const ids = optionIds(file, q, answers);
  const refused = refusedOptions(file, q, shown);
  switch (q.type) {
    case 'text':
    case 'longtext': {
      let s = z.string();
      if (q.maxLength) s = s.max(q.maxLength, { error: 'tooLong' });
      return s.superRefine((v, ctx) => {
        if (q.required && v.trim() === '') ctx.addIssue({ code: 'custom', message: 'required' });
        else if (q.type === 'text' && q.format === 'email' && v.trim() !== '' && !EMAIL.test(v.trim())) {
          ctx.addIssue({ code: 'custom', message: 'email' });
        }
      });
    }
    case 'date':
      return z.string().superRefine((v, ctx) => {
        if (v === '') {
          if (q.required) ctx.addIssue({ code: 'custom', message: 'required' });
        } else if (!DATE.test(v) || Number.isNaN(Date.parse(v))) ctx.addIssue({ code: 'custom', message: 'date' });
      });
    case 'number':
      // The form stores the canonical form ("12.5"), but a comma is accepted too: answers typed before a save still validate.
      return z.string().superRefine((v, ctx) => {
        if (v.trim() === '') {
          if (q.required) ctx.addIssue({ code: 'custom', message: 'required' });
          return;
        }
        const n = parseNumber(v);
        if (n === null) ctx.addIssue({ code: 'custom', message: 'number' });
        else if (q.min !== undefined && n < q.min) ctx.addIssue({ code: 'custom', message: 'numberMin' });
        else if (q.max !== undefined && n > q.max) ctx.addIssue({ code: 'custom', message: 'numberMax' });
      });
    case 'single':
    case 'scale':
      return z.string().superRefine((v, ctx) => {
        if (v === '') {
          if (q.required) ctx.addIssue({ code: 'custom', message: 'choose' });
        } else if (ids && !ids.includes(v)) ctx.addIssue({ code: 'custom', message: 'invalidOption' });
        else if (refused.has(v)) ctx.addIssue({ code: 'custom', message: 'refused' });
      });
    case 'multi': {
      const exclusive = new Set((staticOptions(file, q) ?? []).filter((o) => o.exclusive).map((o) => o.id));
      return z.array(z.string()).superRefine((v, ctx) => {
        const min = Math.max(q.required ? 1 : 0, q.minSelected ?? 0);
        if (v.length < min) ctx.addIssue({ code: 'custom', message: 'chooseSome' });
        else if (ids && v.some((id) => !ids.includes(id))) ctx.addIssue({ code: 'custom', message: 'invalidOption' });
        else if (v.length > 1 && v.some((id) => exclusive.has(id))) ctx.addIssue({ code: 'custom', message: 'exclusive' });
        else if (v.some((id) => refused.has(id))) ctx.addIssue({ code: 'custom', message: 'refused' });
      });
    }
    case 'group':
      throw new Error('groups are handled by groupSchema');
  }
}

function groupSchema(file: QuestionnaireFile, q: StepQuestion & { type: 'group' }, answers: Answers, shown: (id: string) => boolean, v: Visibility): z.ZodType {
  const fields = Object.fromEntries(
    q.fields.filter((f) => shown(f.id)).map((f) => [f.id, scalarSchema(file, f, answers, v).optional()]),
  );
  const item = z.looseObject({ id: z.string().min(1), values: z.looseObject(fields) });
  const min = Math.max(q.required ? 1 : 0, q.minItems);
  let s = z.array(item).min(min, { error: 'minItems' });
  if (q.maxItems) s = s.max(q.maxItems, { error: 'maxItems' });
  return s;
}

/** The part of a step one page asks (see src/machine/pages.ts); absent, the whole step. */
export interface PageScope {
  /** For a per-item page: only this item's values are checked. */
  itemId?: string;
  /** For a recommendation page: only the criteria of this recommendation are checked. */
  recommendationId?: string;
}

export interface SchemaOptions {
  /** Check only what one page asks. */
  scope?: PageScope;
  /**
   * Criteria the assessment's own answers already show (their backing holds,
   * src/assessment/backing): answered "yes", they need no typed
   * justification, because the evidence is the justification.
   */
  settled?: ReadonlySet<string>;
  /**
   * When given, only these questions have to be answered; every other one may
   * be left empty (what is given is still checked: formats, options, lengths).
   * A workshop group's copy moves on with only the case and the group's name,
   * while completing still asks for everything (callers check completion
   * without this option).
   */
  required?: ReadonlySet<string>;
}

/** `q` with nothing that asks for an answer: not required, no least number of items or ticks, nor of an item's fields. */
function optional<Q extends StepQuestion>(q: Q): Q {
  if (q.type === 'group') return { ...q, required: false, minItems: 0, fields: q.fields.map((f) => optional(f)) };
  if (q.type === 'multi') return { ...q, required: false, minSelected: 0 };
  return { ...q, required: false };
}

/**
 * The schema for the answers of `step`. `answers` are all answers with the
 * step's new values merged in: they decide which questions apply, and the
 * items of groups that per-item steps and group-based options refer to.
 */
export function stepSchema(
  file: QuestionnaireFile,
  framework: Framework,
  step: Step,
  answers: Answers,
  { scope, settled, required }: SchemaOptions = {},
): z.ZodType<Answers> {
  const v = visibility(file, answers);
  const generated = step.kind === 'recommendation-check';
  const shown = (id: string) => generated || v.question(id);
  const shape: Record<string, z.ZodType> = {};
  const questions = stepQuestions(step, framework).filter(
    (q) => !scope?.recommendationId || q.recommendations?.[0] === scope.recommendationId,
  );
  for (const asked of questions) {
    if (!shown(asked.id)) continue;
    // A justification belongs to its criterion: it may be left when the criterion may.
    const free = required !== undefined && !required.has(asked.criterion && asked.id.endsWith(JUSTIFICATION) ? asked.criterion : asked.id);
    const q = free ? optional(asked) : asked;
    const empty = q.type === 'multi' || q.type === 'group' ? [] : '';
    if (q.type === 'group') shape[q.id] = z.preprocess((x) => x ?? empty, groupSchema(file, q, answers, shown, v));
    else if (q.criterion && q.id.endsWith(JUSTIFICATION))
      shape[q.id] = z.preprocess((x) => x ?? empty, justificationSchema(file, step, q, answers, settled, free));
    else if (step.kind === 'per-item') {
      // One value per item of the group the step is asked for (on an item's page, that item's only).
      const items = groupItems(answers[step.of])
        .map((i) => i.id)
        .filter((id) => !scope?.itemId || id === scope.itemId);
      const one = scalarSchema(file, q, answers, v);
      shape[q.id] = z.preprocess(
        (x) => Object.fromEntries(items.map((id) => [id, (x as Record<string, unknown> | undefined)?.[id] ?? empty])),
        z.object(Object.fromEntries(items.map((id) => [id, one]))),
      );
    } else shape[q.id] = z.preprocess((x) => x ?? empty, scalarSchema(file, q, answers, v));
  }
  return z.looseObject(shape) as unknown as z.ZodType<Answers>;
}

/**
 * The options of a recommendation check's scale that need a justification:
 * the top of the scale ("yes") and "not relevant". Both are claims the
 * assessment has to explain; "partly", "no" and "don't know" are not.
 */
export function justifiedOptions(file: QuestionnaireFile, step: Step): Set<string> {
  if (step.kind !== 'recommendation-check') return new Set();
  const scale = file.optionSets[step.scale] ?? [];
  const best = Math.max(...scale.flatMap((o) => (o.score === undefined ? [] : [o.score])));
  return new Set(scale.filter((o) => o.tags?.includes('not-relevant') || (o.score !== undefined && o.score >= best)).map((o) => o.id));
}

/** A criterion's justification: free text, required when the criterion is answered "yes" or "not relevant". */
function justificationSchema(
  file: QuestionnaireFile,
  step: Step,
  q: StepQuestion,
  answers: Answers,
  settled: ReadonlySet<string> = new Set(),
  /** The criterion may be left, and so may its justification. */
  free = false,
): z.ZodType {
  const rating = answers[q.criterion!];
  const best = justifiedOptions(file, step);
  // "Yes" to a criterion the answers already show is justified by them; "not relevant" always needs words.
  const shownYes = settled.has(q.criterion!) && typeof rating === 'string' && isTopOfScale(file, step, rating);
  const needed = !free && typeof rating === 'string' && best.has(rating) && !shownYes;
  let s = z.string();
  if (q.type === 'longtext' && q.maxLength) s = s.max(q.maxLength, { error: 'tooLong' });
  return s.superRefine((v, ctx) => {
    if (needed && v.trim() === '') ctx.addIssue({ code: 'custom', message: 'justify' });
  });
}

/** True when `option` is the top of the check's scale ("yes"). */
export function isTopOfScale(file: QuestionnaireFile, step: Step, option: string): boolean {
  if (step.kind !== 'recommendation-check') return false;
  const scale = file.optionSets[step.scale] ?? [];
  const best = Math.max(...scale.flatMap((o) => (o.score === undefined ? [] : [o.score])));
  return scale.some((o) => o.id === option && o.score !== undefined && o.score >= best);
}

/** True when the step's accepted answers satisfy its schema (or one page's part of it). */
export function isStepValid(
  file: QuestionnaireFile,
  framework: Framework,
  step: Step,
  answers: Answers,
  options: SchemaOptions = {},
): boolean {
  return stepSchema(file, framework, step, answers, options).safeParse(answers).success;
}

/**
 * The answers of the branch taken, as an ordered list of sections and rows
 * that the review page and the report both render. Labels are text keys in
 * the `content` namespace (or the user's own words, for group item titles
 * and group-based options), so each reader translates in its own language.
 * Steps and questions hidden by screening are left out, but their answers
 * stay stored.
 */
import type { Answers, AnswerValue, Scalar } from '../questionnaire/answers';
import { groupItems, parseNumber } from '../questionnaire/answers';
import type { FieldQuestion, Framework, QuestionnaireFile, Step } from '../questionnaire/schema';
import { JUSTIFICATION, stepQuestions, type StepQuestion } from '../questionnaire/step-questions';
import { isAnswered, visibility } from '../questionnaire/visibility';

/**
 * A text to show: a key in the `content` namespace (the model's words), a key
 * in the `ui` namespace (the tool's own words), the user's own words, or a
 * number the user gave (each reader writes it in its language: "12,5 %" /
 * "12.5%").
 */
export type Text = { key: string } | { uiKey: string } | { text: string } | { number: number; unit?: 'percent' };

const NUMBER_LOCALES: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number answer in the reader's language: "12,5 %" / "12.5%", "1 250" /
 * "1,250" (Intl places the per cent sign as each language writes it). At most
 * three decimals, as typed figures rarely have more.
 */
export function numberText(lang: string, value: number, unit?: 'percent'): string {
  const key = `${lang}:${unit ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALES[lang] ?? lang, { style: unit === 'percent' ? 'percent' : 'decimal', maximumFractionDigits: 3 });
    numberFormats.set(key, format);
  }
  return format.format(unit === 'percent' ? value / 100 : value);
}

/** A ratio with two decimals in the reader's language: "0,33" / "0.33". */
export function ratioText(lang: string, value: number): string {
  const key = `${lang}:ratio`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALES[lang] ?? lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

// The ui texts that say what a number question takes, written out so each key can be found in the source.
const RANGE_KEYS = {
  percent: { between: 'numbers.range.percent.between', from: 'numbers.range.percent.from', upTo: 'numbers.range.percent.upTo', any: 'numbers.range.percent.any' },
  plain: { between: 'numbers.range.plain.between', from: 'numbers.range.plain.from', upTo: 'numbers.range.plain.upTo', any: 'numbers.range.plain.any' },
} as const;

/**
 * The ui text (and its parameters) that says what a number question takes:
 * "Skriv en andel i procent, från 0 till 100." Shown by the field and
 * printed on the blank worksheet.
 */
export function numberRange(q: { unit?: 'percent'; min?: number; max?: number }): { key: string; params: Record<string, number> } {
  const keys = RANGE_KEYS[q.unit ?? 'plain'];
  if (q.min !== undefined && q.max !== undefined) return { key: keys.between, params: { min: q.min, max: q.max } };
  if (q.min !== undefined) return { key: keys.from, params: { min: q.min } };
  if (q.max !== undefined) return { key: keys.upTo, params: { max: q.max } };
  return { key: keys.any, params: {} };
}

export type Row =
  | { kind: 'heading'; id: string; label: Text }
  | { kind: 'answer'; id: string; type: StepQuestion['type']; label: Text; value: Text[] }
  | { kind: 'group'; id: string; label: Text; items: Array<{ id: string; title: string; rows: Row[] }> };

export interface Section {
  stepId: string;
  title: Text;
  rows: Row[];
}

export interface ListOptions {
  /** Include visible questions that have no answer (value `[]`), as the review page does. */
  includeEmpty?: boolean;
}

interface Ctx {
  file: QuestionnaireFile;
  answers: Answers;
  options: ListOptions;
}

function itemTitle(ctx: Ctx, groupId: string, itemId: string): string {
  const l = ctx.file.steps.flatMap((s) => (s.kind === 'recommendation-check' ? [] : s.questions)).find((q) => q.id === groupId);
  const item = groupItems(ctx.answers[groupId]).find((i) => i.id === itemId);
  const label = l?.type === 'group' && item ? item.values[l.itemLabel] : undefined;
  return typeof label === 'string' ? label : '';
}

function optionText(ctx: Ctx, q: StepQuestion | FieldQuestion, id: string): Text {
  if (!('options' in q)) return { text: id };
  const source = q.options;
  if (typeof source === 'string') return { key: `optionSets.${source}.${id}` };
  if (Array.isArray(source)) return { key: `options.${q.id}.${id}` };
  return { text: itemTitle(ctx, source.fromGroup, id) };
}

function valueTexts(ctx: Ctx, q: StepQuestion | FieldQuestion, value: Scalar | undefined): Text[] {
  if (value === undefined || !isAnswered(value)) return [];
  if (Array.isArray(value)) return value.map((id) => optionText(ctx, q, id));
  if (q.type === 'single' || q.type === 'scale' || q.type === 'multi') return [optionText(ctx, q, value)];
  if (q.type === 'number') {
    const n = parseNumber(value);
    // Anything else under a number question is shown as it was typed rather than hidden.
    if (n !== null) return [q.unit ? { number: n, unit: q.unit } : { number: n }];
  }
  return [{ text: value }];
}

const label = (q: StepQuestion | FieldQuestion): Text => ({ key: `questions.${q.id}.label` });

function answerRow(ctx: Ctx, q: StepQuestion | FieldQuestion, value: AnswerValue | undefined, id = q.id): Row[] {
  const v = valueTexts(ctx, q, value as Scalar | undefined);
  return v.length || ctx.options.includeEmpty ? [{ kind: 'answer', id, type: q.type, label: label(q), value: v }] : [];
}

function questionsRows(ctx: Ctx, step: Step & { kind: 'questions' }, shown: (id: string) => boolean): Row[] {
  return step.questions.filter((q) => shown(q.id)).flatMap((q): Row[] => {
    if (q.type !== 'group') return answerRow(ctx, q, ctx.answers[q.id]);
    const items = groupItems(ctx.answers[q.id]).map((item) => ({
      id: item.id,
      title: itemTitle(ctx, q.id, item.id),
      rows: q.fields.filter((f) => shown(f.id)).flatMap((f) => answerRow(ctx, f, item.values[f.id], `${q.id}:${item.id}:${f.id}`)),
    }));
    return items.length || ctx.options.includeEmpty ? [{ kind: 'group', id: q.id, label: label(q), items }] : [];
  });
}

function perItemRows(ctx: Ctx, step: Step & { kind: 'per-item' }, shown: (id: string) => boolean): Row[] {
  const items = groupItems(ctx.answers[step.of]).map((item) => ({
    id: item.id,
    title: itemTitle(ctx, step.of, item.id),
    rows: step.questions
      .filter((q) => shown(q.id))
      .flatMap((q) => {
        const map = ctx.answers[q.id];
        const value = map && !Array.isArray(map) && typeof map === 'object' ? map[item.id] : undefined;
        return answerRow(ctx, q, value, `${q.id}:${item.id}`);
      }),
  }));
  return items.length ? [{ kind: 'group', id: step.of, label: { key: `steps.${step.id}.title` }, items }] : [];
}

function checkRows(ctx: Ctx, step: Step & { kind: 'recommendation-check' }, framework: Framework): Row[] {
  const questions = stepQuestions(step, framework);
  return framework.recommendations.flatMap((r): Row[] => {
    const rows = questions
      .filter((q) => q.recommendations?.[0] === r.id)
      .flatMap((q): Row[] => {
        const value = ctx.answers[q.id] as Scalar | undefined;
        if (q.id.endsWith(JUSTIFICATION)) {
          return isAnswered(value) ? [{ kind: 'answer', id: q.id, type: q.type, label: { uiKey: 'answers.justification' }, value: [{ text: String(value) }] }] : [];
        }
        const v = valueTexts(ctx, q, value);
        return v.length || ctx.options.includeEmpty ? [{ kind: 'answer', id: q.id, type: q.type, label: { key: `criteria.${q.id}.label` }, value: v }] : [];
      });
    return rows.length ? [{ kind: 'heading', id: r.id, label: { key: `recommendations.${r.id}.title` } }, ...rows] : [];
  });
}

/** The sections of the branch taken, in questionnaire order. */
export function answerList(file: QuestionnaireFile, framework: Framework, answers: Answers, options: ListOptions = {}): Section[] {
  const ctx: Ctx = { file, answers, options };
  const v = visibility(file, answers);
  return file.steps
    .filter((step) => v.step(step))
    .map((step) => {
      const rows =
        step.kind === 'questions'
          ? questionsRows(ctx, step, v.question)
          : step.kind === 'per-item'
            ? perItemRows(ctx, step, v.question)
            : checkRows(ctx, step, framework);
      return { stepId: step.id, title: { key: `steps.${step.id}.title` }, rows };
    });
}

/** What a section's one-line summary says: how many questions have an answer, how many do not. */
export interface AnswerCount {
  answered: number;
  unanswered: number;
}

/**
 * Counts the questions in `rows`, items included (a question asked for four
 * groups counts four times, as it is answered four times). A group with no
 * items counts as one unanswered question, as the review shows it "not
 * answered". A criterion's justification is part of its criterion, not a
 * question of its own, so it is not counted; headings are not questions.
 */
export function countAnswers(rows: ReadonlyArray<Row>): AnswerCount {
  const count: AnswerCount = { answered: 0, unanswered: 0 };
  for (const row of rows) {
    if (row.kind === 'heading') continue;
    if (row.kind === 'group') {
      if (row.items.length === 0) count.unanswered += 1;
      for (const item of row.items) {
        const inner = countAnswers(item.rows);
        count.answered += inner.answered;
        count.unanswered += inner.unanswered;
      }
      continue;
    }
    if (row.id.endsWith(JUSTIFICATION)) continue;
    if (row.value.length) count.answered += 1;
    else count.unanswered += 1;
  }
  return count;
}

/**
 * Converting between accepted answers (keyed by dotted question ids) and
 * react-hook-form values. RHF reads dots in field names as nesting, so ids
 * are encoded (`basics.title` → `basics__title`); group items keep their
 * stable id under `_id` because RHF's field arrays use `id` themselves.
 */
import type { Answers, Scalar } from '../../questionnaire/answers';
import { canonicalNumber, groupItems } from '../../questionnaire/answers';
import type { FieldQuestion, Framework, Step } from '../../questionnaire/schema';
import { stepQuestions, type StepQuestion } from '../../questionnaire/step-questions';

export type FormItem = { _id: string } & Record<string, Scalar>;
export type FormValue = Scalar | FormItem[] | Record<string, Scalar>;
export type FormValues = Record<string, FormValue>;

export const encode = (id: string) => id.replaceAll('.', '__');

/** The RHF name of a question, a group field inside item `index`, or a per-item value. */
export const fieldName = (questionId: string, ...rest: Array<string | number>) =>
  [encode(questionId), ...rest.map((r) => (typeof r === 'number' ? String(r) : encode(r)))].join('.');

/** A DOM id for a field name (ids must not contain dots for CSS and links). */
export const domId = (name: string) => `f-${name.replaceAll('.', '-')}`;

const emptyOf = (q: StepQuestion | { type: string }): Scalar => (q.type === 'multi' ? [] : '');

/** A new empty item for a group question, with a fresh stable id. */
export function newItem(q: StepQuestion & { type: 'group' }, id: string): FormItem {
  return { _id: id, ...Object.fromEntries(q.fields.map((f) => [encode(f.id), emptyOf(f)])) } as FormItem;
}

/** Form values for `step` from drafts or accepted answers, with empties where nothing is stored. */
export function toFormValues(step: Step, framework: Framework, answers: Answers, itemIds: string[], makeId: () => string): FormValues {
  const values: FormValues = {};
  for (const q of stepQuestions(step, framework)) {
    const stored = answers[q.id];
    if (q.type === 'group') {
      const items = groupItems(stored).map(
        (item) => ({ _id: item.id, ...Object.fromEntries(q.fields.map((f) => [encode(f.id), item.values[f.id] ?? emptyOf(f)])) }) as FormItem,
      );
      // A required group opens with one empty item to fill in.
      while (items.length < Math.max(q.minItems, q.required ? 1 : 0)) items.push(newItem(q, makeId()));
      values[encode(q.id)] = items;
    } else if (step.kind === 'per-item') {
      const map = stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
      values[encode(q.id)] = Object.fromEntries(itemIds.map((id) => [id, map[id] ?? emptyOf(q)]));
    } else {
      values[encode(q.id)] = typeof stored === 'string' || Array.isArray(stored) ? (stored as Scalar) : emptyOf(q);
    }
  }
  return values;
}

/** Accepted-answer shape of a step's form values. */
export function fromFormValues(step: Step, framework: Framework, values: FormValues): Answers {
  const answers: Answers = {};
  for (const q of stepQuestions(step, framework)) {
    const v = values[encode(q.id)];
    if (v === undefined) continue;
    if (q.type === 'group') {
      answers[q.id] = (v as FormItem[]).map(({ _id, ...rest }) => ({
        id: _id,
        values: Object.fromEntries(q.fields.map((f) => [f.id, scalar(f, rest[encode(f.id)])])),
      }));
    } else if (step.kind === 'per-item') {
      answers[q.id] = Object.fromEntries(Object.entries(v as Record<string, Scalar>).map(([k, x]) => [k, scalar(q, x)]));
    } else answers[q.id] = scalar(q, v as Scalar);
  }
  return answers;
}

// A checkbox list of one box gives `false` or the value instead of an array;
// a cleared radio group gives null.
function scalar(q: StepQuestion | FieldQuestion, v: Scalar | boolean | null | undefined): Scalar {
  if (q.type === 'multi') return Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
  if (q.type === 'number') return typeof v === 'string' ? canonicalNumber(v) : '';
  return typeof v === 'string' ? v : '';
}

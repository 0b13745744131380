/**
 * A react-hook-form resolver built from the questionnaire: the form's values
 * are decoded to answers, merged with the accepted ones, and checked with
 * the step's zod schema (the same one the wizard machine's guard uses).
 * Errors carry codes that the fields translate as `errors.<code>`.
 */
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { Answers } from '../../questionnaire/answers';
import type { Framework, QuestionnaireFile, Step } from '../../questionnaire/schema';
import { stepSchema, type SchemaOptions } from '../../questionnaire/step-schema';
import { stepQuestions } from '../../questionnaire/step-questions';
import { encode, fromFormValues, type FormValues } from './form-values';

function setIn(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  path.slice(0, -1).forEach((part) => {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  });
  node[path.at(-1)!] = value;
}

/**
 * The RHF path of a zod issue path over answers. Group: `[id, index,
 * 'values', fieldId]` → `id.index.field`, and an error on the whole group
 * goes to `id.root` (RHF's place for field-array errors); per-item:
 * `[id, itemId]` → `id.itemId`.
 */
function formPath(path: PropertyKey[], groups: Set<string>): string[] {
  const [questionId, ...rest] = path.map(String);
  if (!questionId) return [];
  const out = [encode(questionId)];
  if (groups.has(questionId)) {
    if (rest.length >= 3) out.push(rest[0]!, encode(rest[2]!));
    else out.push('root');
  } else if (rest.length >= 1) out.push(rest[0]!);
  return out;
}

/**
 * `options` says how the merged answers are checked: the page on screen
 * (only its part of the step) and the criteria already settled; the same
 * options the machine's guards use (src/machine/navigation.ts
 * `validityOptions`), read at each validation so a change of page counts.
 */
export function stepResolver(
  file: QuestionnaireFile,
  framework: Framework,
  step: Step,
  accepted: Answers,
  options: (merged: Answers) => SchemaOptions = () => ({}),
): Resolver<FormValues> {
  return async (values) => {
    const own = fromFormValues(step, framework, values);
    const merged = { ...accepted, ...own };
    const result = stepSchema(file, framework, step, merged, options(merged)).safeParse(merged);
    if (result.success) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    const groups = new Set(stepQuestions(step, framework).filter((q) => q.type === 'group').map((q) => q.id));
    for (const issue of result.error.issues) {
      const path = formPath(issue.path, groups);
      if (path.length) setIn(errors, path, { type: 'validate', message: issue.message });
    }
    return { values: {}, errors: errors as FieldErrors<FormValues> };
  };
}

/**
 * Problems found while reading a file: a machine-readable code, the JSON path
 * of the value at fault and the parameters the message needs. Messages are
 * produced in the reader's language by `formatProblem` in the i18n layer, so
 * the same problem reads well in the CLI and in the app.
 */
import type { z } from 'zod';

export type ProblemCode =
  | 'json.syntax'
  | 'file.unreadable'
  | 'file.kind'
  | 'file.newer'
  | 'file.version'
  | 'file.too-large'
  | 'file.no-data'
  | 'link.encoding'
  | 'link.damaged'
  | 'file.no-html-data'
  | 'schema.type'
  | 'schema.required'
  | 'schema.unknown-key'
  | 'schema.value'
  | 'schema.format'
  | 'schema.too-small'
  | 'schema.too-big'
  | 'schema.other'
  | 'id.duplicate'
  | 'ref.question'
  | 'ref.option'
  | 'ref.option-set'
  | 'ref.group'
  | 'ref.later'
  | 'ref.framework'
  | 'ref.questionnaire'
  | 'ref.item-label'
  | 'ref.step'
  | 'workshop.plan-total'
  | 'ref.use'
  | 'scale.score'
  | 'criterion.prefix'
  | 'recommendation.number'
  | 'tag.unknown'
  | 'text.missing'
  | 'text.empty'
  | 'text.unused'
  | 'text.collision'
  | 'pack.prefix'
  | 'pack.tags'
  | 'pack.questionnaire'
  | 'pack.step'
  | 'pack.step-kind'
  | 'pack.per-item-group'
  | 'pack.after'
  | 'pack.clash-id'
  | 'pack.clash-prefix'
  | 'pack.clash-question'
  | 'pack.clash-option-set';

export interface Problem {
  code: ProblemCode;
  /** JSON path of the value at fault, `$` for the whole file: `$.steps[2].questions[0].id`. */
  path: string;
  params?: Record<string, string | number>;
}

/** Renders a path array from zod as `$.steps[2].id`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : `${acc}.${String(part)}`),
    '$',
  );
}

/** The value at a zod path inside the parsed input (zod does not keep it on the issue). */
function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), input);
}

/**
 * Maps zod's issues to our problem codes, keeping what a message needs.
 * `input` is the value that was parsed, to tell a missing field from a wrong one.
 */
export function fromZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>, input?: unknown): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = jsonPath(issue.path);
    switch (issue.code) {
      case 'invalid_type':
        return valueAt(input, issue.path) === undefined
          ? [{ code: 'schema.required', path }]
          : [{ code: 'schema.type', path, params: { expected: issue.expected } }];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ code: 'schema.unknown-key', path, params: { key } }));
      case 'invalid_value':
        // A missing field with fixed values (an enum, a literal) is missing, not wrong.
        return valueAt(input, issue.path) === undefined
          ? [{ code: 'schema.required', path }]
          : [{ code: 'schema.value', path, params: { allowed: issue.values.map(String).join(', ') } }];
      case 'invalid_union':
        // A discriminated union reports an unknown discriminator as an empty list.
        // An unknown discriminator (say, a question type) lists the allowed values.
        if (issue.errors.length === 0) {
          const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
          return [{ code: 'schema.value', path, params: { allowed: options.join(', ') } }];
        }
        return [{ code: 'schema.other', path }];
      case 'invalid_format':
        return [{ code: 'schema.format', path }];
      case 'too_small':
        return [{ code: 'schema.too-small', path, params: { minimum: Number(issue.minimum) } }];
      case 'too_big':
        return [{ code: 'schema.too-big', path, params: { maximum: Number(issue.maximum) } }];
      default:
        return [{ code: 'schema.other', path }];
    }
  });
}

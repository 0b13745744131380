/**
 * Reading questionnaire and framework files: parse with zod, then check the
 * references. Callers get either a value they can trust or a list of
 * problems, never an exception for bad content.
 */
import { ZFramework, ZQuestionnaire, type Framework, type QuestionnaireFile } from './schema';
import { fromZodIssues, type Problem } from './problems';
import { checkFrameworkReferences, checkQuestionnaireReferences } from './references';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Parses and checks a recommendation framework. */
export function parseFramework(raw: unknown): Parsed<Framework> {
  const result = ZFramework.safeParse(raw);
  if (!result.success) return { ok: false, problems: fromZodIssues(result.error.issues, raw) };
  const problems = checkFrameworkReferences(result.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: result.data };
}

/** Parses a questionnaire file and checks its references against the framework. */
export function parseQuestionnaire(raw: unknown, framework: Framework): Parsed<QuestionnaireFile> {
  const result = ZQuestionnaire.safeParse(raw);
  if (!result.success) return { ok: false, problems: fromZodIssues(result.error.issues, raw) };
  const problems = checkQuestionnaireReferences(result.data, framework);
  return problems.length ? { ok: false, problems } : { ok: true, value: result.data };
}

/** The value, or an error listing the problems: for bundled content that tests keep valid. */
export function orThrow<T>(parsed: Parsed<T>, what: string): T {
  if (parsed.ok) return parsed.value;
  const list = parsed.problems.map((p) => `${p.path}: ${p.code} ${JSON.stringify(p.params ?? {})}`);
  throw new Error(`${what} is not valid:\n${list.join('\n')}`);
}

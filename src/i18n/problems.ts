/**
 * Turns a `Problem` into a sentence in the active language, prefixed by the
 * JSON path of the value at fault.
 */
import type { TFunction } from 'i18next';
import type { Problem } from '../questionnaire/problems';

export function formatProblem(t: TFunction, problem: Problem): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (typeof params.lang === 'string') params.lang = t(`ui:langNames.${params.lang}`);
  return `${problem.path}: ${t(`ui:problems.${problem.code}`, params)}`;
}

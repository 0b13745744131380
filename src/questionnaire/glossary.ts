/**
 * The glossary as data: term ids, and for each term the ids of the steps,
 * questions (group fields included) and check criteria that use it, so the
 * wizard can explain a word right where it is asked. The words live in
 * `locales/<lang>/content/glossary.json` under `glossary.<termId>.term` and
 * `.definition`.
 */
import { z } from 'zod';
import type { Parsed } from './load';
import { fromZodIssues, type Problem } from './problems';
import { Id, SCHEMA_VERSION, type Framework, type QuestionnaireFile } from './schema';
import { allQuestions } from './walk';

export const ZTerm = z.strictObject({
  id: Id,
  /** Step, question or criterion ids where the term is shown in context. */
  usedIn: z.array(Id).default([]),
});

export const ZGlossary = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('glossary'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  terms: z.array(ZTerm).min(1),
});

export type Term = z.infer<typeof ZTerm>;
export type Glossary = z.infer<typeof ZGlossary>;

/** Every id a term may be used in: steps, questions and group fields, criteria. */
function usableIds(questionnaires: QuestionnaireFile[], framework: Framework): Set<string> {
  return new Set([
    ...questionnaires.flatMap((q) => q.steps.map((s) => s.id)),
    ...questionnaires.flatMap((q) => allQuestions(q).map((l) => l.question.id)),
    ...framework.recommendations.flatMap((r) => r.criteria.map((c) => c.id)),
  ]);
}

/** Problems with the glossary's references: duplicate term ids, uses that resolve to nothing. */
export function checkGlossaryReferences(glossary: Glossary, questionnaires: QuestionnaireFile[], framework: Framework): Problem[] {
  const known = usableIds(questionnaires, framework);
  const seen = new Set<string>();
  const problems: Problem[] = [];
  glossary.terms.forEach((term, i) => {
    if (seen.has(term.id)) problems.push({ code: 'id.duplicate', path: `$.terms[${i}].id`, params: { id: term.id } });
    seen.add(term.id);
    term.usedIn.forEach((id, j) => {
      if (!known.has(id)) problems.push({ code: 'ref.use', path: `$.terms[${i}].usedIn[${j}]`, params: { id } });
    });
  });
  return problems;
}

/** Parses the glossary and checks its references. */
export function parseGlossary(raw: unknown, questionnaires: QuestionnaireFile[], framework: Framework): Parsed<Glossary> {
  const result = ZGlossary.safeParse(raw);
  if (!result.success) return { ok: false, problems: fromZodIssues(result.error.issues, raw) };
  const problems = checkGlossaryReferences(result.data, questionnaires, framework);
  return problems.length ? { ok: false, problems } : { ok: true, value: result.data };
}

/** Step/question/criterion id → the ids of the terms it uses, in glossary order. */
export function termIndex(glossary: Glossary): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const term of glossary.terms) {
    for (const id of term.usedIn) index.set(id, [...(index.get(id) ?? []), term.id]);
  }
  return index;
}

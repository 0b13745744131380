/**
 * The answers to a question pack's questions that are linked to one of the
 * five recommendations (a pack question's `recommendations`), for the results
 * page and the report to show beside that recommendation's status. They are
 * shown, never counted: a pack cannot tag its questions (src/questionnaire/
 * pack.ts), so the check does not read them, and the screens say so.
 *
 * Rows as the answer list gives them (answer-list.ts), in questionnaire
 * order; a question asked once per group keeps only the groups answered.
 */
import type { Answers } from '../questionnaire/answers';
import { inPack } from '../questionnaire/pack';
import type { Framework, QuestionnaireFile } from '../questionnaire/schema';
import { allQuestions } from '../questionnaire/walk';
import { answerList, type Row } from './answer-list';
import type { PackRef } from './assessment';

/** The rows of `rows` that belong to one of `ids`: a question's own row, or its rows inside each item. */
function pick(rows: Row[], ids: ReadonlySet<string>): Row[] {
  return rows.flatMap((row): Row[] => {
    if (row.kind === 'heading') return [];
    if (ids.has(row.id)) return [row];
    if (row.kind !== 'group') return [];
    // A step asked once per item (an affected group): the item's rows are `<question>:<item>`.
    const items = row.items.map((item) => ({ ...item, rows: item.rows.filter((r) => ids.has(r.id.split(':')[0]!)) })).filter((item) => item.rows.length);
    return items.length ? [{ ...row, items }] : [];
  });
}

/**
 * By recommendation id, the answered questions of the packs `packs` linked
 * to it; a recommendation with none is absent.
 */
export function packAnswersByRecommendation(file: QuestionnaireFile, framework: Framework, answers: Answers, packs: readonly PackRef[] | undefined): Record<string, Row[]> {
  if (!packs?.length) return {};
  const linked = new Map<string, Set<string>>();
  for (const { question, group } of allQuestions(file)) {
    if (group || !packs.some((p) => inPack(p.id, question.id))) continue;
    for (const rec of question.recommendations ?? []) linked.set(rec, (linked.get(rec) ?? new Set()).add(question.id));
  }
  if (!linked.size) return {};
  const rows = answerList(file, framework, answers).flatMap((s) => s.rows);
  const out: Record<string, Row[]> = {};
  for (const r of framework.recommendations) {
    const ids = linked.get(r.id);
    const picked = ids ? pick(rows, ids) : [];
    if (picked.length) out[r.id] = picked;
  }
  return out;
}

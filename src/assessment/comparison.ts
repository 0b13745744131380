/**
 * Several groups' assessments of the same case side by side, as a workshop
 * trainer debriefs them: a column per group, and the parts where groups
 * tend to disagree (the screening, the affected groups and their
 * consequence ratings, the children's questions, the recommendations'
 * statuses, the measures, the overall judgement), each row marked when the
 * groups differ. Statuses are read from each `evaluate()` result, never
 * recomputed. Pure: the debrief screen and its PDF word it in their own
 * language. The pieces live in ./comparison/.
 */
import type { Framework } from '../questionnaire/schema';
import type { Ctx } from './context';
import { affectedPart, occurrencesOf } from './comparison/affected';
import { columnLabels, columnSources } from './comparison/columns';
import { answerRows, cellsDiffer, comparableRow, contexts, CHILDREN_SPECS, JUDGEMENT_SPECS, presentSpecs, screeningSpecs } from './comparison/rows';
import type { Cell, ComparedMeasure, CompareEntry, CompareRow, Comparison, Grouping, Occurrence, PartName, PartSummary } from './comparison/types';
import type { RecommendationId, Status } from './result';

export type * from './comparison/types';
export { duplicateOf, groupName } from './comparison/columns';
export { mergeRows, reconcile, similarNames, significantWords, splitRow, suggestGrouping } from './comparison/grouping';

/** The affected groups named in `entries`, column by column: what `suggestGrouping` takes. */
export function groupOccurrences(entries: CompareEntry[], framework: Framework): Occurrence[] {
  return occurrencesOf(contexts(entries, framework));
}

function measuresOf(entry: CompareEntry, ctx: Ctx): ComparedMeasure[] {
  const groupTitle = new Map(entry.result.heatmap.groups.map((g) => [g.id, g.title]));
  return ctx.items('measures').map((item) => {
    const addresses = ctx.field(item, 'measure-addresses');
    const ids = Array.isArray(addresses) ? addresses : typeof addresses === 'string' && addresses ? [addresses] : [];
    return { id: item.id, what: item.title, addresses: ids.map((id) => groupTitle.get(id) ?? id) };
  });
}

/**
 * A recommendation's status per column, or `not-in-analysis` where the
 * recommendation check is not on the group's branch (a light analysis, or
 * none): the step was not needed, which is not the same as left unanswered.
 */
function recommendationRows(entries: CompareEntry[], ctxs: Ctx[], framework: Framework): CompareRow[] {
  return framework.recommendations.map((r) => {
    const cells: Cell[] = entries.map((e, i) => {
      const ctx = ctxs[i]!;
      const check = e.file.steps.find((s) => s.kind === 'recommendation-check');
      const inAnalysis = (e.result.depth === null || e.result.depth === 'full') && check !== undefined && ctx.visible.step(check);
      if (!inAnalysis) return { kind: 'not-in-analysis' };
      const status: Status = e.result.recommendations.find((x) => x.id === r.id)?.status ?? 'not-answered';
      return { kind: 'status', status };
    });
    return { key: `recommendation:${r.id}`, recommendation: r.id as RecommendationId, cells, differs: cellsDiffer(cells) };
  });
}

const summaryOf = (rows: Array<{ differs: boolean }>): PartSummary => ({ differ: rows.filter((r) => r.differs).length, of: rows.length });

/**
 * Builds the comparison of `entries` (at least one), all evaluated against
 * `framework`. `grouping` is the trainer's grouping of the affected groups
 * (kept by the screen); without it, or for occurrences it does not place,
 * the suggested grouping is used.
 */
export function compareAssessments(entries: CompareEntry[], framework: Framework, grouping?: Grouping): Comparison {
  const ctxs = contexts(entries, framework);
  const screening = answerRows(ctxs, screeningSpecs(ctxs));
  const children = answerRows(ctxs, presentSpecs(ctxs, CHILDREN_SPECS));
  const judgement = answerRows(ctxs, presentSpecs(ctxs, JUDGEMENT_SPECS));
  const recommendations = recommendationRows(entries, ctxs, framework);
  const affected = affectedPart(entries, ctxs, grouping);
  const measures = entries.map((e, i) => measuresOf(e, ctxs[i]!));
  const summary: Record<PartName, PartSummary> = {
    screening: summaryOf(screening.filter(comparableRow)),
    affected: summaryOf(affected.rows),
    children: summaryOf(children.filter(comparableRow)),
    recommendations: summaryOf(recommendations),
    judgement: summaryOf(judgement.filter(comparableRow)),
  };
  return {
    columns: columnLabels(entries, framework),
    sources: columnSources(entries),
    parts: { screening, affected, children, recommendations, measures, judgement },
    summary,
    mixedQuestionnaires: new Set(entries.map((e) => e.file.id)).size > 1,
  };
}

/**
 * The report's tables as model blocks: columns (with relative widths) and
 * cells worded in the report's language. A cell's lines are joined by
 * newlines; a label inside a cell reads "Label: answer".
 */
import { justifiedByEvidence } from '../../assessment/criteria';
import type { AssessmentResult, CriterionResult, KnowledgeGap, RecommendationResult } from '../../assessment/result';
import type { Barrier } from '../lens-parts';
import type { SectionCtx } from '../section-data';
import type { AffectedGroup, Answer, Indicator, Measure, ReportParts, Translate } from '../types';
import { EFFECT_SIGN, effectOf } from '../wording';
import type { Block, Cell } from './types';

type Table = Block & { kind: 'table' };

/** Shown in an empty cell. */
export const EMPTY_CELL = '–';

/** A cell of lines; an empty one shows EMPTY_CELL, muted. */
export function cell(lines: string[] | string, tone?: Cell['tone']): Cell {
  const shown = (typeof lines === 'string' ? [lines] : lines).filter((l) => l.trim() !== '');
  if (!shown.length) return { text: EMPTY_CELL, tone: { plain: 'muted' } };
  return tone ? { text: shown.join('\n'), tone } : { text: shown.join('\n') };
}

/** An item's other answers as lines of a cell: "Label: answer". */
const answerLines = (answers: Answer[]) => answers.filter((a) => a.value.length).map((a) => `${a.label}: ${a.value.join(', ')}`);

/**
 * A criterion's justification as the report prints it: the user's words, or,
 * for a "yes" the assessment shows without words of its own, what the
 * assessment shows (so it never reads as an unexplained "yes").
 */
export function justification(ctx: SectionCtx, c: CriterionResult): string {
  if (c.justification) return c.justification;
  if (!justifiedByEvidence(c) || !c.evidenceReasons.length) return '';
  return `${ctx.t('results.card.shownLabel')} ${c.evidenceReasons.map((r) => ctx.w.evidence(r)).join(' ')}`;
}

export function criteriaTable(ctx: SectionCtx, rec: RecommendationResult): Table {
  const { t, w } = ctx;
  return {
    kind: 'table',
    caption: t('htmlReport.caption.criteria', { number: Number(rec.id.slice(1)) }),
    rowHeaders: true,
    columns: [
      { header: t('report.check.criterion'), width: 38 },
      { header: t('report.check.answer'), width: 13 },
      { header: t('report.check.countedColumn'), width: 17 },
      { header: t('report.check.justification'), width: 32 },
    ],
    rows: rec.criteria.map((c) => [cell(t(`content:criteria.${c.id}.label`)), cell(w.answer(c.answer)), cell(t(`report.check.counted.${c.counted}`)), cell(justification(ctx, c))]),
  };
}

export function gapsTable(ctx: SectionCtx, gaps: KnowledgeGap[], itemTitles: Record<string, string>): Table {
  const { t, w } = ctx;
  return {
    kind: 'table',
    caption: t('htmlReport.caption.gaps'),
    rowHeaders: true,
    columns: [
      { header: t('report.gaps.question'), width: 50 },
      { header: t('report.gaps.step'), width: 25 },
      { header: t('report.gaps.item'), width: 25 },
    ],
    rows: gaps.map(({ ref }) => [cell(w.refLabel(ref)), cell(w.stepTitle(ref.stepId)), cell(ref.itemId ? (itemTitles[ref.itemId] ?? '') : '')]),
  };
}

export function groupsTable(t: Translate, groups: AffectedGroup[]): Table {
  return {
    kind: 'table',
    caption: t('htmlReport.caption.groups'),
    rowHeaders: true,
    columns: [
      { header: t('report.groups.name'), width: 27 },
      { header: t('report.groups.factors'), width: 25 },
      { header: t('report.groups.details'), width: 48 },
    ],
    rows: groups.map((g) => [cell(g.name || t('report.unnamedItem')), cell(g.factors), cell(answerLines(g.details))]),
  };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** The letter that heads a dimension's column on a narrow page. */
export const letter = (i: number) => LETTERS[i] ?? `${i + 1}`;

/**
 * The consequence matrix: a row per affected group, a column per dimension
 * (the effect as a sign and in words, coloured by the effect) and the
 * overall rating beside it. Each dimension's column has a letter as its
 * short header, for a page too narrow for the names.
 */
export function heatmapTable(ctx: SectionCtx, heatmap: AssessmentResult['heatmap'], ratings: ReportParts['ratings']): Table {
  const { t, w } = ctx;
  const cells = new Map(heatmap.cells.map((c) => [`${c.groupId}\u0000${c.dimension}`, c]));
  // The group and rating columns take what they need; the dimensions share the rest.
  const groupWidth = 22;
  const ratingWidth = ratings ? 14 : 0;
  const dimensionWidth = (100 - groupWidth - ratingWidth) / heatmap.dimensions.length;
  return {
    kind: 'table',
    caption: t('htmlReport.caption.heatmap'),
    rowHeaders: true,
    columns: [
      { header: t('results.heatmap.groupColumn'), width: groupWidth },
      ...heatmap.dimensions.map((d, i) => ({ header: t(`content:questions.${d}.label`), short: letter(i), width: dimensionWidth })),
      ...(ratings ? [{ header: ratings.label, width: ratingWidth }] : []),
    ],
    rows: heatmap.groups.map((g) => [
      cell(g.title),
      ...heatmap.dimensions.map((d) => {
        const effect = effectOf(cells.get(`${g.id}\u0000${d}`));
        return { text: [EFFECT_SIGN[effect], w.effect(effect)].filter(Boolean).join(' '), tone: { effect } };
      }),
      ...(ratings ? [cell(ratings.byGroup[g.id] ?? '')] : []),
    ]),
  };
}

export function measuresTable(t: Translate, measures: Measure[]): Table {
  return {
    kind: 'table',
    caption: t('htmlReport.caption.measures'),
    rowHeaders: true,
    columns: [
      { header: t('report.measures.what'), width: 31 },
      { header: t('report.measures.addresses'), width: 23 },
      { header: t('report.measures.owner'), width: 17 },
      { header: t('report.measures.cost'), width: 13 },
      { header: t('report.measures.date'), width: 16 },
    ],
    rows: measures.map((m) => [cell(m.what || t('report.unnamedItem')), cell(m.addresses), cell(m.owner), cell(m.cost), cell(m.date)]),
  };
}

/** The audit's barriers, the most serious first: what it is, its kind, the groups it concerns, how serious it is. */
export function barriersTable(t: Translate, barriers: Barrier[]): Table {
  return {
    kind: 'table',
    caption: t('report.barriers.caption'),
    rowHeaders: true,
    columns: [
      { header: t('report.barriers.barrier'), width: 32 },
      { header: t('report.barriers.kind'), width: 20 },
      { header: t('report.barriers.groups'), width: 24 },
      { header: t('report.barriers.severity'), width: 24 },
    ],
    rows: barriers.map((b) => [cell(b.name || t('report.unnamedItem')), cell(b.kind), cell(b.groups), cell(b.severity)]),
  };
}

export function indicatorsTable(t: Translate, indicators: Indicator[]): Table {
  return {
    kind: 'table',
    caption: t('htmlReport.caption.indicators'),
    rowHeaders: true,
    columns: [
      { header: t('report.followUp.indicator'), width: 28 },
      { header: t('report.followUp.breakdown'), width: 22 },
      { header: t('report.followUp.baseline'), width: 22 },
      { header: t('report.followUp.details'), width: 28 },
    ],
    rows: indicators.map((i) => [cell(i.name || t('report.unnamedItem')), cell(i.breakdown), cell(i.baseline), cell(answerLines(i.details))]),
  };
}

export function planTable(t: Translate, plan: Answer[]): Table {
  return {
    kind: 'table',
    caption: t('htmlReport.caption.plan'),
    rowHeaders: true,
    columns: [
      { header: t('report.followUp.question'), width: 42 },
      { header: t('report.followUp.answer'), width: 58 },
    ],
    rows: plan.map((a) => [cell(a.label), cell(a.value)]),
  };
}

/**
 * The report's tables as data: columns (with a share of the width, for the
 * PDF) and rows of cells. The PDF draws them with table.tsx, the HTML report
 * as `<table>`s; both get the same headers and the same words in every cell.
 */
import type { AssessmentResult, KnowledgeGap, RecommendationResult } from '../assessment/result';
import type { SectionCtx } from './section-data';
import type { AffectedGroup, Answer, Indicator, Measure, ReportParts, Translate } from './types';
import { EFFECT_SIGN, effectOf, type Effect } from './wording';

export interface Column {
  header: string;
  /** Share of the table's width, in per cent (the PDF's layout). */
  width: number;
}

/** A line of a cell; a label inside a cell is muted, a name bold. */
export type Line = string | { text: string; tone: 'bold' | 'muted' };

/** A cell: one line, several lines, or lines in bold or in a heat-map colour. */
export type Cell = string | Line[] | { lines: Line[]; bold?: boolean; effect?: Effect };

export interface TableRow {
  key: string;
  cells: Cell[];
}

export interface TableData {
  columns: Column[];
  rows: TableRow[];
}

/** Shown in an empty cell. */
export const EMPTY_CELL = '–';

export const lineText = (line: Line) => (typeof line === 'string' ? line : line.text);

/** A cell's lines, without empty ones; an empty cell shows EMPTY_CELL. */
export function cellLines(cell: Cell): Line[] {
  const lines = typeof cell === 'string' ? [cell] : Array.isArray(cell) ? cell : cell.lines;
  const shown = lines.filter((l) => lineText(l).trim() !== '');
  return shown.length ? shown : [EMPTY_CELL];
}

/** An item's other answers as lines of a table cell: each label muted, then its answer. */
export function answerLines(answers: Answer[]): Line[] {
  return answers.flatMap((a): Line[] => [{ text: a.label, tone: 'muted' }, a.value.join(', ')]);
}

/** A recommendation's criteria: the statement, what the user answered, how it counts, and their justification. */
export function criteriaTable(ctx: SectionCtx, rec: RecommendationResult): TableData {
  const { t, w } = ctx;
  return {
    columns: [
      { header: t('report.check.criterion'), width: 38 },
      { header: t('report.check.answer'), width: 13 },
      { header: t('report.check.countedColumn'), width: 17 },
      { header: t('report.check.justification'), width: 32 },
    ],
    rows: rec.criteria.map((c) => ({
      key: c.id,
      cells: [t(`content:criteria.${c.id}.label`), { lines: [w.answer(c.answer)], bold: true }, t(`report.check.counted.${c.counted}`), c.justification ?? ''],
    })),
  };
}

export function gapsTable(ctx: SectionCtx, gaps: KnowledgeGap[], itemTitles: Record<string, string>): TableData {
  const { t, w } = ctx;
  return {
    columns: [
      { header: t('report.gaps.question'), width: 50 },
      { header: t('report.gaps.step'), width: 25 },
      { header: t('report.gaps.item'), width: 25 },
    ],
    rows: gaps.map(({ ref }, i) => ({
      key: `${ref.questionId}:${ref.itemId ?? ''}:${i}`,
      cells: [w.refLabel(ref), w.stepTitle(ref.stepId), ref.itemId ? (itemTitles[ref.itemId] ?? '') : ''],
    })),
  };
}

export function groupsTable(t: Translate, groups: AffectedGroup[]): TableData {
  return {
    columns: [
      { header: t('report.groups.name'), width: 27 },
      { header: t('report.groups.factors'), width: 25 },
      { header: t('report.groups.details'), width: 48 },
    ],
    rows: groups.map((g) => ({ key: g.id, cells: [{ lines: [g.name || t('report.unnamedItem')], bold: true }, g.factors, answerLines(g.details)] })),
  };
}

/**
 * The consequence matrix: a row per affected group, a column per dimension
 * (the effect as a sign and in words), and the overall rating beside it.
 * `dimensions` are the dimension labels, for a header or a legend.
 */
export function heatmapTable(ctx: SectionCtx, heatmap: AssessmentResult['heatmap'], ratings: ReportParts['ratings'], header: (index: number) => string): TableData & { dimensions: string[] } {
  const { t, w } = ctx;
  const cells = new Map(heatmap.cells.map((c) => [`${c.groupId}\u0000${c.dimension}`, c]));
  // The group and rating columns take what they need; the dimensions share the rest.
  const groupWidth = 22;
  const ratingWidth = ratings ? 14 : 0;
  const dimensionWidth = (100 - groupWidth - ratingWidth) / heatmap.dimensions.length;
  return {
    dimensions: heatmap.dimensions.map((d) => t(`content:questions.${d}.label`)),
    columns: [
      { header: t('results.heatmap.groupColumn'), width: groupWidth },
      ...heatmap.dimensions.map((_, i) => ({ header: header(i), width: dimensionWidth })),
      ...(ratings ? [{ header: ratings.label, width: ratingWidth }] : []),
    ],
    rows: heatmap.groups.map((g) => ({
      key: g.id,
      cells: [
        { lines: [g.title], bold: true },
        ...heatmap.dimensions.map((d) => {
          const effect = effectOf(cells.get(`${g.id}\u0000${d}`));
          return { lines: [[EFFECT_SIGN[effect], w.effect(effect)].filter(Boolean).join(' ')], effect };
        }),
        ...(ratings ? [ratings.byGroup[g.id] ?? ''] : []),
      ],
    })),
  };
}

export function measuresTable(t: Translate, measures: Measure[]): TableData {
  return {
    columns: [
      { header: t('report.measures.what'), width: 31 },
      { header: t('report.measures.addresses'), width: 23 },
      { header: t('report.measures.owner'), width: 17 },
      { header: t('report.measures.cost'), width: 13 },
      { header: t('report.measures.date'), width: 16 },
    ],
    rows: measures.map((m) => ({ key: m.id, cells: [{ lines: [m.what || t('report.unnamedItem')], bold: true }, m.addresses, m.owner, m.cost, m.date] })),
  };
}

export function indicatorsTable(t: Translate, indicators: Indicator[]): TableData {
  return {
    columns: [
      { header: t('report.followUp.indicator'), width: 28 },
      { header: t('report.followUp.breakdown'), width: 22 },
      { header: t('report.followUp.baseline'), width: 22 },
      { header: t('report.followUp.details'), width: 28 },
    ],
    rows: indicators.map((i) => ({ key: i.id, cells: [{ lines: [i.name || t('report.unnamedItem')], bold: true }, i.breakdown, i.baseline, answerLines(i.details)] })),
  };
}

export function planTable(t: Translate, plan: Answer[]): TableData {
  return {
    columns: [
      { header: t('report.followUp.question'), width: 42 },
      { header: t('report.followUp.answer'), width: 58 },
    ],
    rows: plan.map((a, i) => ({ key: `${i}`, cells: [{ lines: [a.label], bold: true }, a.value] })),
  };
}

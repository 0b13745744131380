/**
 * The comparison's cells in words, for the PDF: what each group answered,
 * "not part of a light analysis" where the step was not needed, and a
 * "Differs" line under a row's heading where the groups chose differently,
 * so a difference is read in words, never from colour alone.
 */
import type { AffectedPart, Cell, ColumnSource, CompareRow, GroupCell } from '../../assessment/comparison';
import type { Cell as TableCell, Line } from '../table';
import type { Translate } from '../types';
import { EFFECT_SIGN, type Effect, type Wording } from '../wording';

const isEffect = (option: string): option is Effect => option in EFFECT_SIGN;

/** One group's cell of an answer row. */
export function cellText(t: Translate, w: Wording, cell: Cell, source: ColumnSource | undefined): TableCell {
  switch (cell.kind) {
    case 'choice':
      return { lines: [cell.keys.map((key) => t(`content:${key}`)).join(', ')], bold: true };
    case 'text':
      return cell.text;
    case 'status':
      return { lines: [w.status(cell.status)], bold: true };
    case 'unanswered':
      return { lines: [{ text: t('compare.unanswered'), tone: 'muted' }] };
    case 'not-asked':
      return { lines: [{ text: t('compare.notAsked'), tone: 'muted' }] };
    case 'not-in-analysis':
      return { lines: [{ text: t(source?.depth === 'no-analysis' ? 'compare.notInAnalysis' : 'compare.notInLight'), tone: 'muted' }] };
  }
}

/** A row's heading: its question (or recommendation), and "Differs" under it when the groups chose differently. */
export function rowHeading(t: Translate, heading: string, differs: boolean): TableCell {
  const lines: Line[] = [{ text: heading, tone: 'bold' }];
  return differs ? [...lines, { text: t('compare.differs'), tone: 'bold' }] : lines;
}

/** The heading of an answer row: the question's own label. */
export function questionHeading(t: Translate, row: CompareRow): string {
  return row.questionId ? t(`content:questions.${row.questionId}.label`) : row.key;
}

const notNamed = (t: Translate): TableCell => ({ lines: [{ text: t('compare.notNamed'), tone: 'muted' }] });

/** One group's cell of an affected group's row: the names it gave the group, or "Not named". */
export function namesCell(t: Translate, cell: GroupCell): TableCell {
  return cell.members.length ? cell.members.map((m) => m.name) : notNamed(t);
}

/** One group's cell of the consequences: the overall rating and every effect that is not "no difference" (each of its items, named, when the trainer merged several). */
export function consequenceCell(t: Translate, w: Wording, part: AffectedPart, cell: GroupCell): TableCell {
  if (!cell.members.length) return notNamed(t);
  const lines: Line[] = [];
  cell.members.forEach((m, i) => {
    if (cell.members.length > 1) lines.push({ text: m.name, tone: 'muted' });
    const key = cell.ratingKeys[i];
    lines.push({ text: key ? t('compare.report.rating', { rating: t(`content:${key}`) }) : t('compare.report.notRated'), tone: 'bold' });
    part.dimensions.forEach((d, j) => {
      const option = cell.effects[i]?.[j];
      if (!option || option === 'none') return;
      // The dimensions share the effect scale, whose option ids are the effects the report words (with a sign, so the scale reads without colour).
      const effect = isEffect(option) ? `${EFFECT_SIGN[option]} ${w.effect(option)}` : option;
      lines.push(t('compare.report.effect', { dimension: t(`content:questions.${d}.short`), effect }));
    });
  });
  return lines;
}

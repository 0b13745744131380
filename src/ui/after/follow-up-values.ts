/**
 * The follow-up form's values and their check, apart from the form so the
 * rules can be tested without rendering. Figures are text while edited
 * (a decimal comma is accepted, as in the step forms); `toFollowUp` makes
 * the stored record once the check passes. Rows left wholly empty are not
 * kept, and the figures of an indicator that could not be measured are not
 * kept either: the record says it was not measured, not what was typed
 * before that was chosen.
 */
import { GAP_TRENDS, MEASURE_STATUSES, type FollowUp, type GapTrend, type MeasureStatus } from '../../assessment/after/follow-up';
import type { IndicatorRef, MeasureRef } from '../../assessment/after/refs';
import { parseNumber } from '../../questionnaire/answers';
import { isCalendarDate } from './decision-values';

export interface FigureValues {
  breakdown: string;
  category: string;
  baseline: string;
  now: string;
}

export interface IndicatorValues {
  itemId: string;
  measured: 'yes' | 'no';
  source: string;
  unit: string;
  figures: FigureValues[];
  judged: '' | GapTrend;
  note: string;
}

export interface MeasureValues {
  itemId: string;
  status: '' | MeasureStatus;
  cost: string;
  note: string;
}

export interface FollowUpValues {
  date: string;
  indicators: IndicatorValues[];
  measures: MeasureValues[];
  summary: string;
}

/** The breakdowns a follow-up asks figures for: those the indicator named, then any the figures already use. */
export function breakdownsFor(ref: IndicatorRef | undefined, figures: readonly { breakdown: string }[]): string[] {
  const named = (ref?.breakdowns ?? []).filter((b) => b !== 'none');
  return [...new Set([...named, ...figures.map((f) => f.breakdown)])];
}

/** A number as the reader writes it ("12,5" in Swedish); empty for none. */
function shown(n: number | null, lang: string): string {
  if (n === null) return '';
  return lang.startsWith('sv') ? String(n).replace('.', ',') : String(n);
}

const emptyRow = (breakdown: string): FigureValues => ({ breakdown, category: '', baseline: '', now: '' });

/**
 * The form's values for `followUp`, or for a new one dated `today`. A new
 * follow-up starts from the latest earlier one's categories and baselines
 * (the baseline does not move between follow-ups), else with two empty rows
 * per breakdown, as a difference needs at least two groups.
 */
export function followUpValues(
  followUp: FollowUp | undefined,
  earlier: FollowUp | undefined,
  indicators: IndicatorRef[],
  measures: MeasureRef[],
  today: string,
  lang: string,
): FollowUpValues {
  const indicatorIds = [...indicators.map((r) => r.itemId), ...(followUp?.indicators ?? []).map((e) => e.itemId).filter((id) => !indicators.some((r) => r.itemId === id))];
  const measureIds = [...measures.map((m) => m.itemId), ...(followUp?.measures ?? []).map((e) => e.itemId).filter((id) => !measures.some((m) => m.itemId === id))];
  return {
    date: followUp?.date ?? today,
    summary: followUp?.summary ?? '',
    indicators: indicatorIds.map((itemId) => {
      const ref = indicators.find((r) => r.itemId === itemId);
      const own = followUp?.indicators.find((e) => e.itemId === itemId);
      const before = earlier?.indicators.find((e) => e.itemId === itemId);
      const figures: FigureValues[] = own
        ? own.figures.map((f) => ({ breakdown: f.breakdown, category: f.category, baseline: shown(f.baseline, lang), now: shown(f.now, lang) }))
        : (before?.figures ?? []).map((f) => ({ breakdown: f.breakdown, category: f.category, baseline: shown(f.baseline, lang), now: '' }));
      // Every breakdown asked for has rows to fill in, kept in the order the indicator named them.
      const rows = breakdownsFor(ref, figures).flatMap((b) => {
        const mine = figures.filter((f) => f.breakdown === b);
        return mine.length ? mine : [emptyRow(b), emptyRow(b)];
      });
      return {
        itemId,
        measured: own?.measured === false ? 'no' : 'yes',
        source: own?.source ?? before?.source ?? ref?.source ?? '',
        unit: own?.unit ?? before?.unit ?? '',
        figures: rows,
        judged: own?.judged ?? '',
        note: own?.note ?? '',
      };
    }),
    measures: measureIds.map((itemId) => {
      const own = followUp?.measures.find((e) => e.itemId === itemId);
      return { itemId, status: own?.status ?? '', cost: own?.cost ?? '', note: own?.note ?? '' };
    }),
  };
}

/** One problem: the field's path in the form values and an error code (a key under `followUp.errors`). */
export interface FollowUpProblem {
  path: string;
  code: 'date' | 'dateInvalid' | 'category' | 'categoryTwice' | 'number';
  indicator?: number;
  row?: number;
}

const isBlank = (row: FigureValues) => !row.category.trim() && !row.baseline.trim() && !row.now.trim();

/** What is wrong, in the order the fields stand in the form. */
export function checkFollowUp(v: FollowUpValues): FollowUpProblem[] {
  const problems: FollowUpProblem[] = [];
  if (!v.date.trim()) problems.push({ path: 'date', code: 'date' });
  else if (!isCalendarDate(v.date.trim())) problems.push({ path: 'date', code: 'dateInvalid' });
  v.indicators.forEach((ind, i) => {
    if (ind.measured === 'no') return;
    const seen = new Set<string>();
    ind.figures.forEach((row, r) => {
      if (isBlank(row)) return;
      const at = `indicators.${i}.figures.${r}`;
      const name = row.category.trim().toLocaleLowerCase();
      if (!name) problems.push({ path: `${at}.category`, code: 'category', indicator: i, row: r });
      else if (seen.has(`${row.breakdown}\u0000${name}`)) problems.push({ path: `${at}.category`, code: 'categoryTwice', indicator: i, row: r });
      seen.add(`${row.breakdown}\u0000${name}`);
      for (const field of ['baseline', 'now'] as const) {
        if (row[field].trim() && parseNumber(row[field]) === null) problems.push({ path: `${at}.${field}`, code: 'number', indicator: i, row: r });
      }
    });
  });
  return problems;
}

const trend = (v: string): GapTrend | undefined => (GAP_TRENDS as readonly string[]).includes(v) ? (v as GapTrend) : undefined;
const status = (v: string): MeasureStatus | undefined => (MEASURE_STATUSES as readonly string[]).includes(v) ? (v as MeasureStatus) : undefined;
const number = (text: string) => (text.trim() ? parseNumber(text) : null);

/** The stored follow-up from checked values; `base` keeps the id and creation time of one being changed. */
export function toFollowUp(v: FollowUpValues, base: { id: string; createdAt: string }, now: Date): FollowUp {
  return {
    id: base.id,
    date: v.date.trim(),
    createdAt: base.createdAt,
    updatedAt: now.toISOString(),
    indicators: v.indicators.map((ind) => {
      const judged = trend(ind.judged);
      const measured = ind.measured !== 'no';
      return {
        itemId: ind.itemId,
        measured,
        source: ind.source.trim(),
        unit: ind.unit.trim(),
        figures: measured
          ? ind.figures.filter((row) => !isBlank(row)).map((row) => ({ breakdown: row.breakdown, category: row.category.trim(), baseline: number(row.baseline), now: number(row.now) }))
          : [],
        ...(judged ? { judged } : {}),
        note: ind.note.trim(),
      };
    }),
    measures: v.measures.map((m) => {
      const s = status(m.status);
      return { itemId: m.itemId, ...(s ? { status: s } : {}), cost: m.cost.trim(), note: m.note.trim() };
    }),
    summary: v.summary.trim(),
  };
}

/** `followUps` with `next` in place of the one of the same id (or added), in date order (then by when each was written). */
export function withFollowUp(followUps: readonly FollowUp[], next: FollowUp): FollowUp[] {
  const others = followUps.filter((f) => f.id !== next.id);
  return [...others, next].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

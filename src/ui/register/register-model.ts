/**
 * The register's lines as the table shows them: what is due (overdue, within
 * 30 days, later), filtered and sorted. Pure, with `today` passed in, so the
 * same lines give the same table in a test and on the page.
 */
import type { RegisterLine } from '../../sync/register';

/** How far ahead "due soon" looks, in days. */
export const SOON_DAYS = 30;

export type DueState = 'overdue' | 'soon' | 'later';

/** The day `days` after `day` (both YYYY-MM-DD, calendar days in UTC). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Where the line's next date stands as of `today`; undefined when nothing is due. */
export function dueState(line: RegisterLine, today: string): DueState | undefined {
  const date = line.next?.date;
  if (!date) return undefined;
  if (date < today) return 'overdue';
  return date <= addDays(today, SOON_DAYS) ? 'soon' : 'later';
}

/** What is due next: the overdue lines (oldest first), then those due within 30 days (soonest first). */
export function dueNext(lines: readonly RegisterLine[], today: string): { overdue: RegisterLine[]; soon: RegisterLine[] } {
  const byDate = [...lines].sort((a, b) => (a.next?.date ?? '').localeCompare(b.next?.date ?? ''));
  return {
    overdue: byDate.filter((l) => dueState(l, today) === 'overdue'),
    soon: byDate.filter((l) => dueState(l, today) === 'soon'),
  };
}

export type DueFilter = 'all' | 'overdue' | 'soon';

export interface RegisterFilter {
  /** Words in the title, any case. */
  text: string;
  /** A questionnaire id, or '' for all. */
  questionnaire: string;
  due: DueFilter;
}

export const NO_FILTER: RegisterFilter = { text: '', questionnaire: '', due: 'all' };

/** The lines the filter lets through. "Within 30 days" includes the overdue ones: they are due too, and more so. */
export function filterLines(lines: readonly RegisterLine[], filter: RegisterFilter, today: string): RegisterLine[] {
  const words = filter.text.trim().toLocaleLowerCase();
  return lines.filter((line) => {
    if (words && !line.title.toLocaleLowerCase().includes(words)) return false;
    if (filter.questionnaire && line.questionnaire.id !== filter.questionnaire) return false;
    const due = dueState(line, today);
    if (filter.due === 'overdue') return due === 'overdue';
    if (filter.due === 'soon') return due === 'overdue' || due === 'soon';
    return true;
  });
}

export const COLUMNS = ['title', 'questionnaire', 'phase', 'judgement', 'review', 'decision', 'next', 'updated'] as const;
export type Column = (typeof COLUMNS)[number];
export type Direction = 'ascending' | 'descending';
export interface Sort {
  column: Column;
  direction: Direction;
}

const PHASE_ORDER: Record<RegisterLine['phase'], number> = { start: 0, answering: 1, revising: 2, review: 3, complete: 4 };
const REVIEW_ORDER: Record<RegisterLine['review'], number> = { none: 0, 'in-review': 1, returned: 2, resubmitted: 3, approved: 4 };

/**
 * The value a column sorts by: dates as YYYY-MM-DD, stages in their order,
 * and the texts shown (`shown`, in the reader's language) for the rest. A
 * line with nothing in the column sorts last either way.
 */
function sortValue(line: RegisterLine, column: Column, shown: (line: RegisterLine, column: Column) => string): string | number | undefined {
  switch (column) {
    case 'phase':
      return PHASE_ORDER[line.phase];
    case 'review':
      return REVIEW_ORDER[line.review];
    case 'decision':
      return line.decision?.meetingDate || undefined;
    case 'next':
      return line.next?.date || undefined;
    case 'updated':
      return line.updatedAt || undefined;
    case 'title':
      return line.title || undefined;
    case 'judgement':
      return line.judgement ? shown(line, column) : undefined;
    default:
      return shown(line, column) || undefined;
  }
}

export function sortLines(lines: readonly RegisterLine[], sort: Sort, shown: (line: RegisterLine, column: Column) => string, locale: string): RegisterLine[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const values = new Map(lines.map((line) => [line, sortValue(line, sort.column, shown)]));
  return [...lines].sort((a, b) => {
    const x = values.get(a);
    const y = values.get(b);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}

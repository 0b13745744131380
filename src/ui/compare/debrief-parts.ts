/**
 * The debrief's parts, in the order a trainer goes through them, and how
 * many of each part's rows the groups differ on (the one-line summary and
 * the markers in the part list). Pure, so it is tested without a browser.
 *
 * The comparison counts a differing affected group by its consequence
 * rating; the debrief shows that on the consequences part, and counts on
 * the affected groups part the groups that not every workshop group named
 * (what the trainer asks about first: "why did you not see them?").
 */
import type { Comparison, Grouping } from '../../assessment/comparison';

export const DEBRIEF_PARTS = ['screening', 'affected', 'consequences', 'children', 'recommendations', 'measures', 'judgement'] as const;
export type DebriefPart = (typeof DEBRIEF_PARTS)[number];

export interface PartCount {
  part: DebriefPart;
  /** Rows the groups differ on. */
  differ: number;
  /** Rows that can differ (measures are the groups' own words and are never counted). */
  of: number;
}

/** An affected group some workshop group did not name, when there are at least two to compare. */
export const notNamedByAll = (foundBy: boolean[]) => foundBy.length > 1 && foundBy.some((found) => !found);

/** The counts of every part that has rows to compare, in the parts' order. */
export function partCounts(c: Comparison): PartCount[] {
  const affected = c.parts.affected.rows;
  const counts: Record<Exclude<DebriefPart, 'measures'>, Omit<PartCount, 'part'>> = {
    screening: c.summary.screening,
    affected: { differ: affected.filter((r) => notNamedByAll(r.foundBy)).length, of: affected.length },
    consequences: c.summary.affected,
    children: c.summary.children,
    recommendations: c.summary.recommendations,
    judgement: c.summary.judgement,
  };
  return DEBRIEF_PARTS.flatMap((part) => (part === 'measures' || counts[part].of === 0 ? [] : [{ part, ...counts[part] }]));
}

/**
 * The grouping once column `removed` is taken out: its affected groups leave
 * their rows and the later columns move one place left, so the trainer's
 * merges and splits stay with the groups they were made for. (Occurrence
 * keys are `<column>/<itemId>`.)
 */
export function withoutColumn(grouping: Grouping, removed: number): Grouping {
  const rows = grouping.rows
    .map((row) =>
      row.flatMap((key) => {
        const slash = key.indexOf('/');
        const column = Number(key.slice(0, slash));
        if (column === removed) return [];
        return [column > removed ? `${column - 1}${key.slice(slash)}` : key];
      }),
    )
    .filter((row) => row.length > 0);
  return { rows };
}

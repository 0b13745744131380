/**
 * What a follow-up's figures say about the differences between groups: per
 * indicator and breakdown, the change in each category (now − baseline), the
 * gap between the categories before and now, and whether it narrowed, stayed
 * or widened. Only figures the user entered are used; where they do not allow
 * a computation, the user's own judgement is the basis, and it is said so.
 */
import type { GapTrend, IndicatorFollowUp } from './follow-up';
import type { IndicatorRef } from './refs';

export interface GapChange {
  /** The breakdown id (`sex`, `age`, `area` … or `group`). */
  breakdown: string;
  rows: { category: string; baseline: number | null; now: number | null; change: number | null }[];
  /** Largest minus smallest baseline among the categories that have both figures; null with fewer than two. */
  gapBefore: number | null;
  /** Largest minus smallest figure now among the same categories; null with fewer than two. */
  gapNow: number | null;
  computed?: GapTrend;
}

export interface IndicatorOutcome {
  itemId: string;
  measured: boolean;
  changes: GapChange[];
  /** The user's own judgement, kept even when the figures allow a computation. */
  judged?: GapTrend;
  /** The computed trend where there is one, else the user's judgement. */
  trend?: GapTrend;
  basis: 'computed' | 'judged' | 'none';
  /** Breakdowns the indicator named (other than `none`) with no figure now. */
  missingBreakdowns: string[];
}

/**
 * How far the gap may move and still count as "stayed": less than 5 % of its
 * earlier size. Figures in follow-ups are mostly shares and rates from
 * registers and surveys, rounded to whole or one-decimal numbers; a gap of
 * 10.0 percentage points read as 10.4 a year later is within what rounding
 * and small-number variation give, and calling it "widened" would claim more
 * than the figures carry. A fixed absolute tolerance would not fit both
 * per-cent and per-100 000 figures, so the tolerance is relative. A gap that
 * was zero stays only if it is still zero: any difference that appeared
 * where there was none is reported.
 */
export const STAYED_TOLERANCE = 0.05;

/** Sums of decimal figures give 0.30000000000000004; round away what no one typed. */
const clean = (n: number) => Math.round(n * 1e9) / 1e9;

/** Narrowed, stayed or widened, by the tolerance above. */
export function gapTrend(before: number, now: number): GapTrend {
  const moved = Math.abs(now - before);
  if (moved === 0 || moved < STAYED_TOLERANCE * Math.abs(before)) return 'stayed';
  return now < before ? 'narrowed' : 'widened';
}

function spread(values: number[]): number | null {
  return values.length < 2 ? null : clean(Math.max(...values) - Math.min(...values));
}

/** The change of one breakdown's rows, with its gap before and now. */
export function gapChange(breakdown: string, figures: IndicatorFollowUp['figures']): GapChange {
  const rows = figures
    .filter((f) => f.breakdown === breakdown)
    .map((f) => ({
      category: f.category,
      baseline: f.baseline,
      now: f.now,
      change: f.baseline !== null && f.now !== null ? clean(f.now - f.baseline) : null,
    }));
  // The same categories on both sides: a gap "now" that includes a category
  // with no baseline would not be comparable with the gap before.
  const both = rows.filter((r) => r.change !== null);
  const gapBefore = spread(both.map((r) => r.baseline as number));
  const gapNow = spread(both.map((r) => r.now as number));
  const computed = gapBefore !== null && gapNow !== null ? gapTrend(gapBefore, gapNow) : undefined;
  return { breakdown, rows, gapBefore, gapNow, ...(computed ? { computed } : {}) };
}

/**
 * One trend for an indicator measured by several breakdowns: widened when
 * any breakdown's gap widened (a widened gap is what a follow-up must not
 * hide behind another breakdown that narrowed), else narrowed when any
 * narrowed, else stayed.
 */
export function combinedTrend(trends: GapTrend[]): GapTrend | undefined {
  if (!trends.length) return undefined;
  if (trends.includes('widened')) return 'widened';
  if (trends.includes('narrowed')) return 'narrowed';
  return 'stayed';
}

/** Breakdowns in the order the indicator named them, then any others the figures use. */
function breakdownsOf(ref: IndicatorRef | undefined, entry: IndicatorFollowUp): string[] {
  const named = (ref?.breakdowns ?? []).filter((b) => b !== 'none');
  const used = entry.figures.map((f) => f.breakdown);
  return [...new Set([...named.filter((b) => used.includes(b)), ...used])];
}

/**
 * The outcome of one indicator at a follow-up. `ref` is the indicator as the
 * assessment named it; undefined when it was removed since (then no
 * breakdowns are expected, and the figures entered are still computed).
 * An indicator that could not be measured has no computed changes and no
 * missing breakdowns (the whole indicator is what is missing); the user's
 * judgement, if any, is kept.
 */
export function indicatorOutcome(ref: IndicatorRef | undefined, entry: IndicatorFollowUp): IndicatorOutcome {
  const judged = entry.judged;
  const changes = entry.measured ? breakdownsOf(ref, entry).map((b) => gapChange(b, entry.figures)) : [];
  const computed = combinedTrend(changes.flatMap((c) => (c.computed ? [c.computed] : [])));
  const trend = computed ?? judged;
  const basis = computed ? 'computed' : judged ? 'judged' : 'none';
  const missingBreakdowns = entry.measured
    ? (ref?.breakdowns ?? []).filter((b) => b !== 'none' && !entry.figures.some((f) => f.breakdown === b && f.now !== null))
    : [];
  return {
    itemId: entry.itemId,
    measured: entry.measured,
    changes,
    ...(judged ? { judged } : {}),
    ...(trend ? { trend } : {}),
    basis,
    missingBreakdowns,
  };
}

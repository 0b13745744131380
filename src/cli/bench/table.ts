/**
 * The bench's side-by-side table: each figure for the app and, where there
 * is a counterpart, for the floor page, with the app's figure as a multiple
 * of the floor's. Plain text with pipes, so it pastes as it is into a note
 * (and renders as a table in Markdown).
 */

export type Unit = 'score' | 'ms' | 'kB' | 'count' | 'cls';

export interface Row {
  figure: string;
  unit: Unit;
  app: number | undefined;
  /** Undefined where the floor page has no counterpart (it has no steps and makes no report). */
  floor?: number;
}

/** The median of the figures there are: a run that gave none (NaN) does not count. */
export const median = (xs: readonly number[]): number => {
  const sorted = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  // An even count takes the mean of the middle two, so two runs do not silently report the better one.
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A figure in its unit: scores and counts whole, times in ms, sizes in kB (1,000 bytes), CLS to three places. */
export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'score':
    case 'count':
      return String(Math.round(value));
    case 'ms':
      return `${Math.round(value).toLocaleString('en-GB')} ms`;
    case 'kB':
      return `${(value / 1000).toFixed(1)} kB`;
    case 'cls':
      return value.toFixed(3);
  }
}

/**
 * The app's figure as a multiple of the floor's: "2.4×", two places below
 * one ("0.78×"), none from ten up ("31×"). A dash where either figure is
 * missing or the floor's is zero (a ratio to nothing says nothing).
 */
export function formatRatio(app: number | undefined, floor: number | undefined): string {
  if (app === undefined || floor === undefined || Number.isNaN(app) || Number.isNaN(floor) || floor === 0) return '—';
  const r = app / floor;
  return `${r < 1 ? r.toFixed(2) : r < 10 ? r.toFixed(1) : Math.round(r)}×`;
}

/** The table: a header, a rule, one line per row, columns padded to their widest cell. */
export function formatTable(rows: readonly Row[]): string {
  const cells = [
    ['figure', 'app', 'floor', '× floor'],
    ...rows.map((r) => [r.figure, formatValue(r.app, r.unit), r.floor === undefined ? '—' : formatValue(r.floor, r.unit), formatRatio(r.app, r.floor)]),
  ];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  // The figure's name reads left-aligned, the numbers right-aligned.
  const line = (c: string[]) => `| ${c.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

/**
 * The report's tables as data: columns (with a share of the width, for the
 * PDF) and rows of cells. The PDF draws them with table.tsx, the HTML report
 * as `<table>`s; both get the same headers and the same words in every cell.
 */
import type { Effect } from './wording';

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

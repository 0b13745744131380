/**
 * A table that can run over several pages: its header row is a `fixed`
 * child of the table, so react-pdf repeats it at the top of every page the
 * table continues on. A row stays whole when it is short enough to move to
 * the next page; a long one (an answer of thousands of characters) is
 * allowed to break, so that nothing is ever cut off.
 */
import { StyleSheet, Text, View, type Styles } from '@react-pdf/renderer';
import { Fragment } from 'react';
import { LINE, MUTED, PAPER_ALT } from './styles';

type Style = Styles[string];

export interface Column {
  header: string;
  /** Share of the table's width, in per cent. */
  width: number;
}

/** A line of a cell; a label inside a cell is muted, a name bold. */
export type Line = string | { text: string; tone: 'bold' | 'muted' };

/** A cell: one line, several lines, or lines with their own look (a heat-map colour). */
export type Cell = string | Line[] | { lines: Line[]; style?: Style; bold?: boolean };

export interface TableRow {
  key: string;
  cells: Cell[];
}

const FONT_SIZE = 9;
const LINE_HEIGHT = FONT_SIZE * 1.4;
/** Text width of the page in points (A4 less the side margins). */
const PAGE_WIDTH = 483;
/** Rows estimated taller than this may break across pages (a page holds about 700 pt). */
const KEEP_WHOLE_BELOW = 260;
const EMPTY = '–';
/** The table's top margin, header row and rules, with a little to spare. */
const HEADER_HEIGHT = 30;
/** At most this much of the first row is kept with the header (a long row may break). */
const KEEP_FIRST_ROW = 80;
/** Points a long row wants on the page it starts on. */
const START_LONG_ROW = 100;

const s = StyleSheet.create({
  table: { marginTop: 6, borderTopWidth: 0.75, borderTopColor: LINE, fontSize: FONT_SIZE, lineHeight: 1.4 },
  header: { flexDirection: 'row', backgroundColor: PAPER_ALT, borderBottomWidth: 0.75, borderBottomColor: LINE },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: LINE },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  bold: { fontWeight: 700 },
  muted: { fontSize: 8, lineHeight: 1.4, color: MUTED, marginTop: 2 },
});

const textOf = (line: Line) => (typeof line === 'string' ? line : line.text);

const linesOf = (cell: Cell): Line[] => {
  const lines = typeof cell === 'string' ? [cell] : Array.isArray(cell) ? cell : cell.lines;
  const shown = lines.filter((l) => textOf(l).trim() !== '');
  return shown.length ? shown : [EMPTY];
};

/** A rough height of a row in points: characters per line from the column width, at about 0.5 em a character. */
function estimateHeight(cells: Cell[], columns: Column[]): number {
  return Math.max(
    ...cells.map((cell, i) => {
      const perLine = Math.max(8, Math.floor(((columns[i]?.width ?? 20) / 100) * PAGE_WIDTH / (FONT_SIZE * 0.5)));
      const lines = linesOf(cell).reduce((n, l) => n + textOf(l).split('\n').reduce((m, part) => m + Math.max(1, Math.ceil(part.length / perLine)), 0), 0);
      return lines * LINE_HEIGHT + 6;
    }),
  );
}

function CellView({ cell, width, header = false }: { cell: Cell; width: number; header?: boolean }) {
  const own = typeof cell === 'object' && !Array.isArray(cell) ? cell : undefined;
  const boxStyle: Style[] = [s.cell, { width: `${width}%` }, ...(own?.style ? [own.style] : [])];
  const cellStyle = header || own?.bold ? s.bold : undefined;
  return (
    <View style={boxStyle}>
      {linesOf(cell).map((line, i) => (
        <Text key={i} style={typeof line === 'string' ? cellStyle : s[line.tone]}>
          {textOf(line)}
        </Text>
      ))}
    </View>
  );
}

export function Table({ columns, rows }: { columns: Column[]; rows: TableRow[] }) {
  // An empty marker before the table keeps the header row with (most of) the
  // first row: without it, a table starting at the foot of a page could leave
  // its header there alone (a `fixed` header stays on every page it touches).
  const keep = HEADER_HEIGHT + Math.min(rows[0] ? estimateHeight(rows[0].cells, columns) : 0, KEEP_FIRST_ROW);
  return (
    <>
      <View minPresenceAhead={keep} />
      <View style={s.table}>
      <View style={s.header} fixed>
        {columns.map((c, i) => (
          <CellView key={i} cell={c.header} width={c.width} header />
        ))}
      </View>
      {rows.map((row) => {
        const long = estimateHeight(row.cells, columns) > KEEP_WHOLE_BELOW;
        const cells = row.cells.map((cell, i) => <CellView key={i} cell={cell} width={columns[i]?.width ?? 0} />);
        // A long row may break, but not start in the last few lines of a page (where its
        // first cell's two lines would move on and leave a stray line of the others).
        return long ? (
          <Fragment key={row.key}>
            <View minPresenceAhead={START_LONG_ROW} />
            <View style={s.row}>{cells}</View>
          </Fragment>
        ) : (
          <View key={row.key} style={s.row} wrap={false}>
            {cells}
          </View>
        );
      })}
      </View>
    </>
  );
}

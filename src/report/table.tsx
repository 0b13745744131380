/**
 * A table that can run over several pages: its header row is a `fixed`
 * child of the table, so react-pdf repeats it at the top of every page the
 * table continues on. A row stays whole when it is short enough to move to
 * the next page; a long one (an answer of thousands of characters) is
 * allowed to break, so that nothing is ever cut off.
 */
import { StyleSheet, Text, View, type Styles } from '@react-pdf/renderer';
import { Fragment } from 'react';
import { EFFECT_COLOUR, LINE, MUTED, PAPER_ALT } from './colours';
import { boxHyphenation } from './fonts';
import { cellLines, lineText, type Cell, type Column, type TableData } from './tables';

export type { Cell, Column, Line, TableRow } from './tables';

type Style = Styles[string];

const FONT_SIZE = 9;
const LINE_HEIGHT = FONT_SIZE * 1.4;
/** Text width of the page in points (A4 less the side margins). */
const PAGE_WIDTH = 483;
/** A cell's padding at each side, in points. */
const CELL_PADDING = 4;
/** Rows estimated taller than this may break across pages (a page holds about 700 pt). */
const KEEP_WHOLE_BELOW = 260;
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
  cell: { paddingVertical: 3, paddingHorizontal: CELL_PADDING },
  bold: { fontWeight: 700 },
  muted: { fontSize: 8, lineHeight: 1.4, color: MUTED, marginTop: 2 },
});

/** A rough height of a row in points: characters per line from the column width, at about 0.5 em a character. */
function estimateHeight(cells: Cell[], columns: Column[]): number {
  return Math.max(
    ...cells.map((cell, i) => {
      const perLine = Math.max(8, Math.floor(((columns[i]?.width ?? 20) / 100) * PAGE_WIDTH / (FONT_SIZE * 0.5)));
      const lines = cellLines(cell).reduce((n, l) => n + lineText(l).split('\n').reduce((m, part) => m + Math.max(1, Math.ceil(part.length / perLine)), 0), 0);
      return lines * LINE_HEIGHT + 6;
    }),
  );
}

function CellView({ cell, width, header = false }: { cell: Cell; width: number; header?: boolean }) {
  const own = typeof cell === 'object' && !Array.isArray(cell) ? cell : undefined;
  const colour = own?.effect && EFFECT_COLOUR[own.effect];
  const boxStyle: Style[] = [s.cell, { width: `${width}%` }, ...(colour ? [{ backgroundColor: colour.background, color: colour.color }] : [])];
  const cellStyle = header || own?.bold ? s.bold : undefined;
  // A word wider than the cell breaks inside it rather than run over the next one.
  const room = (width / 100) * PAGE_WIDTH - 2 * CELL_PADDING;
  const breaks = [boxHyphenation(room, FONT_SIZE, false), boxHyphenation(room, FONT_SIZE, true)] as const;
  return (
    <View style={boxStyle}>
      {cellLines(cell).map((line, i) => (
        <Text key={i} style={typeof line === 'string' ? cellStyle : s[line.tone]} hyphenationCallback={breaks[Number(typeof line === 'string' ? Boolean(cellStyle) : line.tone === 'bold')]}>
          {lineText(line)}
        </Text>
      ))}
    </View>
  );
}

export function Table({ columns, rows }: TableData) {
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

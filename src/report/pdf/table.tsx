/**
 * A model table drawn with react-pdf, able to run over several pages: its
 * header row is a `fixed` child of the table, so react-pdf repeats it at the
 * top of every page the table continues on. A row stays whole when it is
 * short enough to move to the next page; a long one (an answer of thousands
 * of characters) is allowed to break, so that nothing is ever cut off.
 */
import { StyleSheet, Text, View, type Styles } from '@react-pdf/renderer';
import { Fragment } from 'react';
import { EFFECT_COLOUR, LINE, PAPER_ALT } from '../colours';
import type { Block, Cell, Column } from '../model/types';
import { boxHyphenation } from '../fonts';
import { toneColour } from '../styles';

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
});

/** Each column's share of the width, in per cent. */
const shares = (columns: Column[]) => {
  const total = columns.reduce((n, c) => n + c.width, 0) || 1;
  return columns.map((c) => (c.width / total) * 100);
};

/** A rough height of a row in points: characters per line from the column width, at about 0.5 em a character. */
function estimateHeight(cells: Cell[], widths: number[]): number {
  return Math.max(
    ...cells.map((cell, i) => {
      const perLine = Math.max(8, Math.floor((((widths[i] ?? 20) / 100) * PAGE_WIDTH) / (FONT_SIZE * 0.5)));
      const lines = cell.text.split('\n').reduce((m, part) => m + Math.max(1, Math.ceil(part.length / perLine)), 0);
      return lines * LINE_HEIGHT + 6;
    }),
  );
}

function CellView({ cell, width, bold }: { cell: Cell; width: number; bold: boolean }) {
  const effect = cell.tone && 'effect' in cell.tone ? EFFECT_COLOUR[cell.tone.effect] : undefined;
  const colour = cell.tone && !effect ? toneColour(cell.tone) : undefined;
  // A word wider than the cell breaks inside it rather than run over the next one.
  const breaks = boxHyphenation((width / 100) * PAGE_WIDTH - 2 * CELL_PADDING, FONT_SIZE, bold);
  const box: Style[] = [s.cell, { width: `${width}%` }, ...(effect ? [{ backgroundColor: effect.background, color: effect.color }] : colour ? [{ color: colour }] : [])];
  return (
    <View style={box}>
      {cell.text.split('\n').map((line, i) => (
        <Text key={i} style={bold ? s.bold : undefined} hyphenationCallback={breaks}>
          {line}
        </Text>
      ))}
    </View>
  );
}

export function Table({ columns, rows, rowHeaders }: Block & { kind: 'table' }) {
  const widths = shares(columns);
  // An empty marker before the table keeps the header row with (most of) the
  // first row: without it, a table starting at the foot of a page could leave
  // its header there alone (a `fixed` header stays on every page it touches).
  const keep = HEADER_HEIGHT + Math.min(rows[0] ? estimateHeight(rows[0], widths) : 0, KEEP_FIRST_ROW);
  return (
    <>
      <View minPresenceAhead={keep} />
      <View style={s.table}>
        <View style={s.header} fixed>
          {columns.map((c, i) => (
            <CellView key={i} cell={{ text: c.short ?? c.header }} width={widths[i]!} bold />
          ))}
        </View>
        {rows.map((row, r) => {
          const long = estimateHeight(row, widths) > KEEP_WHOLE_BELOW;
          const cells = row.map((cell, i) => <CellView key={i} cell={cell} width={widths[i] ?? 0} bold={Boolean(rowHeaders) && i === 0} />);
          // A long row may break, but not start in the last few lines of a page (where its
          // first cell's two lines would move on and leave a stray line of the others).
          return long ? (
            <Fragment key={r}>
              <View minPresenceAhead={START_LONG_ROW} />
              <View style={s.row}>{cells}</View>
            </Fragment>
          ) : (
            <View key={r} style={s.row} wrap={false}>
              {cells}
            </View>
          );
        })}
      </View>
    </>
  );
}

/**
 * Questions on one scale as a grid: a row per question, a column of tick
 * boxes per option, and optionally a blank column to write a justification
 * in. Like the report's tables (table.tsx), the header row is `fixed`, so it
 * repeats on every page the grid runs over, and a row never breaks.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { LINE, PAPER_ALT } from '../styles';
import type { PaperQuestion } from './model';
import { Box, QuestionText } from './paper';

const s = StyleSheet.create({
  table: { marginTop: 8, borderTopWidth: 0.75, borderTopColor: LINE, fontSize: 9, lineHeight: 1.4 },
  header: { flexDirection: 'row', backgroundColor: PAPER_ALT, borderBottomWidth: 0.75, borderBottomColor: LINE },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: LINE, minHeight: 30 },
  cell: { paddingVertical: 4, paddingHorizontal: 4 },
  optionHeader: { fontSize: 7.5, lineHeight: 1.3, fontWeight: 700, textAlign: 'center', paddingVertical: 4, paddingHorizontal: 1 },
  headerFirst: { fontWeight: 700 },
  boxCell: { paddingVertical: 6, alignItems: 'center' },
  write: { borderLeftWidth: 0.5, borderLeftColor: LINE },
});

export interface GridRow {
  key: string;
  question: Pick<PaperQuestion, 'label' | 'hint' | 'condition'>;
}

interface Props {
  /** Header of the first column (what the rows are). */
  first: string;
  options: string[];
  rows: GridRow[];
  /** Header of a blank column to write in, if any. */
  write?: string;
  /** Whether only one box of a row may be ticked (round boxes). */
  single?: boolean;
}

/** Column widths in per cent: the first column, each option, and the writing column. */
function widths(options: number, write: boolean): [number, number, number] {
  const writeWidth = write ? 30 : 0;
  const option = Math.min(10, (100 - writeWidth - 33) / options);
  return [100 - writeWidth - option * options, option, writeWidth];
}

export function TickGrid({ first, options, rows, write, single = true }: Props) {
  const [firstWidth, optionWidth, writeWidth] = widths(options.length, write !== undefined);
  return (
    <View style={s.table}>
      <View style={s.header} fixed>
        <Text style={[s.cell, s.headerFirst, { width: `${firstWidth}%` }]}>{first}</Text>
        {options.map((o, i) => (
          <Text key={i} style={[s.optionHeader, { width: `${optionWidth}%` }]}>
            {o}
          </Text>
        ))}
        {write !== undefined && <Text style={[s.cell, s.headerFirst, { width: `${writeWidth}%` }]}>{write}</Text>}
      </View>
      {rows.map((row) => (
        <View key={row.key} style={s.row} wrap={false}>
          <View style={[s.cell, { width: `${firstWidth}%` }]}>
            <QuestionText question={row.question} bold={false} />
          </View>
          {options.map((_, i) => (
            <View key={i} style={[s.boxCell, { width: `${optionWidth}%` }]}>
              <Box round={single} />
            </View>
          ))}
          {write !== undefined && <View style={[s.cell, s.write, { width: `${writeWidth}%` }]} />}
        </View>
      ))}
    </View>
  );
}

const c = StyleSheet.create({
  options: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 3 },
  option: { flexDirection: 'row', alignItems: 'center', marginTop: 2, marginRight: 8 },
  optionText: { fontSize: 8, lineHeight: 1.3 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: LINE, minHeight: 40 },
});

/** The justification column's share of the width: room for a sentence or two in handwriting. */
const WRITE_WIDTH = 48;

/**
 * The recommendation check on paper: a row per criterion with its rating
 * boxes under its name (labelled, so no column of narrow option headers is
 * needed), and almost half the width left blank for the justification.
 */
export function CheckGrid({ first, options, rows, write }: Omit<Props, 'single' | 'write'> & { write: string }) {
  const firstWidth = `${100 - WRITE_WIDTH}%`;
  return (
    <View style={s.table}>
      <View style={s.header} fixed>
        <Text style={[s.cell, s.headerFirst, { width: firstWidth }]}>{first}</Text>
        <Text style={[s.cell, s.headerFirst, { width: `${WRITE_WIDTH}%` }]}>{write}</Text>
      </View>
      {rows.map((row) => (
        <View key={row.key} style={c.row} wrap={false}>
          <View style={[s.cell, { width: firstWidth }]}>
            <QuestionText question={row.question} bold={false} />
            <View style={c.options}>
              {options.map((o, i) => (
                <View key={i} style={c.option}>
                  <Box round />
                  <Text style={c.optionText}>{o}</Text>
                </View>
              ))}
            </View>
          </View>
          <View style={[s.cell, s.write, { width: `${WRITE_WIDTH}%` }]} />
        </View>
      ))}
    </View>
  );
}

/**
 * A compact sheet's way of asking the same questions of several things (the
 * items of a repeatable group, or the affected groups in a per-item step):
 * one column per thing, one row per question, so each label is printed once
 * instead of once per copy. A short choice is ticked inside each cell; a long
 * list of options gets a row per option with a box in each column. Rows never
 * break, and the header of the columns repeats on every page.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { Fragment, type ReactNode } from 'react';
import { LINE, PAPER_ALT } from '../styles';
import type { Translate } from '../types';
import type { Block, PaperQuestion } from './model';
import { Box, paper, QuestionText } from './paper';

/** A choice with more options than this, or a long one, gets a row per option. */
const IN_CELL = 7;
const LONG_OPTION = 28;
const FIRST = 34;

const s = StyleSheet.create({
  table: { marginTop: 6, borderTopWidth: 0.75, borderTopColor: LINE, fontSize: 9, lineHeight: 1.3 },
  header: { flexDirection: 'row', backgroundColor: PAPER_ALT, borderBottomWidth: 0.75, borderBottomColor: LINE },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: LINE },
  optionRow: { flexDirection: 'row', borderBottomWidth: 0.25, borderBottomColor: LINE },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  column: { borderLeftWidth: 0.5, borderLeftColor: LINE },
  heading: { fontWeight: 700 },
  nameLine: { height: 14, borderBottomWidth: 0.6, borderBottomColor: LINE },
  line: { height: 17, borderBottomWidth: 0.5, borderBottomColor: LINE },
  options: { flexDirection: 'row', flexWrap: 'wrap' },
  option: { flexDirection: 'row', alignItems: 'center', marginRight: 5, marginTop: 2 },
  optionText: { fontSize: 7.5, lineHeight: 1.2 },
  note: { fontSize: 8, lineHeight: 1.3 },
  boxCell: { alignItems: 'center', justifyContent: 'center', paddingVertical: 2 },
});

/** A row of the table: a question, or a legend of options that the next rows answer by number. */
export type TableRow = { kind: 'question'; question: PaperQuestion; coded?: boolean } | { kind: 'legend'; id: string; options: string[] };

/**
 * The rows of blocks. Questions on one scale (a grid) share a legend that
 * numbers the options, and each cell takes the number: six boxes with their
 * words in every cell would take a third of a page per question.
 */
export const tableRows = (blocks: Block[]): TableRow[] =>
  blocks.flatMap((b): TableRow[] => {
    if (b.kind === 'question') return [{ kind: 'question', question: b.question }];
    if (b.kind === 'group') return b.fields.map((question) => ({ kind: 'question', question }));
    return [{ kind: 'legend', id: `${b.id}-legend`, options: b.options }, ...b.rows.map((question) => ({ kind: 'question' as const, question, coded: true }))];
  });

interface Props {
  rows: TableRow[];
  columns: number;
  /** A column's heading: "No. 2", or the kind of item with a line for its name. */
  column: (index: number) => string;
  /** Whether each column's heading has a line to write the item's name on. */
  named: boolean;
  t: Translate;
}

function Cell({ question, t }: { question: PaperQuestion; t: Translate }) {
  const ask = question.ask;
  switch (ask.kind) {
    case 'lines':
      return (
        <>
          {Array.from({ length: ask.lines }, (_, i) => (
            <View key={i} style={s.line} />
          ))}
        </>
      );
    case 'names':
      return (
        <>
          <View style={s.line} />
          <View style={s.line} />
        </>
      );
    case 'date':
    case 'number':
      return <View style={s.line} />;
    case 'choice':
      return (
        <View style={s.options}>
          {ask.options.map((o, i) => (
            <View key={i} style={s.option}>
              <Box round={!ask.multiple} />
              <Text style={s.optionText}>{o}</Text>
            </View>
          ))}
        </View>
      );
  }
  return <Text>{t('worksheet.question')}</Text>;
}

const byOption = (q: PaperQuestion) => q.ask.kind === 'choice' && (q.ask.options.length > IN_CELL || q.ask.options.some((o) => o.length > LONG_OPTION));

export function ColumnTable({ rows, columns, column, named, t }: Props) {
  const width = `${(100 - FIRST) / columns}%`;
  const first = { width: `${FIRST}%` };
  const columnsOf = (render: (i: number) => ReactNode, style: (typeof s)[keyof typeof s] = s.cell) =>
    Array.from({ length: columns }, (_, i) => (
      <View key={i} style={[style, s.column, { width }]}>
        {render(i)}
      </View>
    ));
  return (
    <View style={s.table}>
      <View style={s.header} fixed>
        <View style={[s.cell, first]} />
        {columnsOf((i) => (
          <>
            <Text style={s.heading}>{column(i)}</Text>
            {named ? <View style={s.nameLine} /> : null}
          </>
        ))}
      </View>
      {rows.map((row) => {
        if (row.kind === 'legend') {
          return (
            <View key={row.id} style={[s.row, s.cell]} wrap={false} minPresenceAhead={40}>
              <Text style={paper.instruction}>{t('worksheet.legend', { options: row.options.map((o, i) => `${i + 1} = ${o}`).join(', ') })}</Text>
            </View>
          );
        }
        const q = row.question;
        if (row.coded) {
          return (
            <View key={q.id} style={s.row} wrap={false}>
              <View style={[s.cell, first]}>
                <QuestionText question={q} bold={false} />
              </View>
              {columnsOf(() => (
                <View style={s.line} />
              ))}
            </View>
          );
        }
        const extra = [q.ask.kind === 'date' ? t('worksheet.dateFormat') : q.ask.kind === 'number' ? q.ask.range : q.ask.kind === 'names' ? t('worksheet.names', { group: q.ask.from }) : ''].filter(Boolean);
        if (q.ask.kind === 'choice' && byOption(q)) {
          const ask = q.ask;
          return (
            <View key={q.id} style={s.row} wrap={false}>
              <View style={{ width: '100%' }}>
                <View style={[s.cell]}>
                  <QuestionText question={q} />
                  <Text style={paper.instruction}>{t(ask.multiple ? 'worksheet.chooseMany' : 'worksheet.chooseOne')}</Text>
                </View>
                {ask.options.map((o, i) => (
                  <View key={i} style={s.optionRow}>
                    <Text style={[s.cell, s.optionText, first, { paddingVertical: 1.5 }]}>{o}</Text>
                    {columnsOf(() => <Box round={!ask.multiple} />, s.boxCell)}
                  </View>
                ))}
              </View>
            </View>
          );
        }
        return (
          <View key={q.id} style={s.row} wrap={false}>
            <View style={[s.cell, first]}>
              <QuestionText question={q} />
              {extra.map((e, i) => (
                <Text key={i} style={s.note}>
                  {e}
                </Text>
              ))}
            </View>
            {columnsOf(() => (
              <Cell question={q} t={t} />
            ))}
          </View>
        );
      })}
    </View>
  );
}

/** A repeatable group on a compact sheet: its heading, then its fields in a column per blank item. */
export function GroupTable({ block, t }: { block: Block & { kind: 'group' }; t: Translate }) {
  return (
    <Fragment>
      <Text style={{ fontSize: 11, lineHeight: 1.3, fontWeight: 700, marginTop: 10 }} minPresenceAhead={60}>
        {block.label}
      </Text>
      {block.condition ? <Text style={paper.condition}>{block.condition}</Text> : null}
      <Text style={paper.instruction}>{t('worksheet.groupColumns', { count: block.items })}</Text>
      <ColumnTable rows={block.fields.map((question) => ({ kind: 'question', question }))} columns={block.items} column={(i) => t('worksheet.itemNumber', { number: i + 1 })} named={false} t={t} />
    </Fragment>
  );
}

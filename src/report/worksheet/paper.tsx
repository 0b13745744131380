/**
 * What a question looks like on paper: its label, hint and "only if" note,
 * then the place to answer: ruled lines, a date line, tick boxes (round for
 * one choice, square for several), or lines for names taken from another
 * part of the worksheet. Each question stays whole on a page.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { createContext, Fragment, useContext } from 'react';
import { KEEP_HEADING } from '../keep';
import { ACCENT, LINE, MUTED, styles } from '../styles';
import type { Translate } from '../types';
import type { Ask, Block, PaperQuestion } from './model';

/** Labels longer than this are listed one per line instead of side by side (in two columns on a compact sheet). */
const SIDE_BY_SIDE = 28;

/** Whether the sheet is a plan's compact one: closer questions, long options in two columns. */
export const Compact = createContext(false);

export const paper = StyleSheet.create({
  question: { marginTop: 10 },
  hint: { fontSize: 9, lineHeight: 1.4, color: MUTED, marginTop: 1 },
  condition: { fontSize: 9, lineHeight: 1.4, color: ACCENT, marginTop: 1 },
  line: { height: 20, borderBottomWidth: 0.6, borderBottomColor: LINE },
  shortLine: { height: 20, width: 160, borderBottomWidth: 0.6, borderBottomColor: LINE },
  figure: { flexDirection: 'row', alignItems: 'flex-end' },
  figureLine: { height: 20, width: 80, borderBottomWidth: 0.6, borderBottomColor: LINE, marginRight: 4 },
  options: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 3 },
  optionList: { marginTop: 3 },
  option: { flexDirection: 'row', alignItems: 'center', marginTop: 4, marginRight: 14 },
  box: { width: 10, height: 10, flexShrink: 0, borderWidth: 0.8, borderColor: ACCENT, marginRight: 5 },
  round: { borderRadius: 5 },
  optionText: { fontSize: 10, lineHeight: 1.3 },
  instruction: { fontSize: 9, lineHeight: 1.4, color: MUTED, marginTop: 2 },
  nameRow: { flexDirection: 'row', alignItems: 'flex-end', marginTop: 14, marginBottom: 4 },
  nameLabel: { fontSize: 13, lineHeight: 1.3, fontWeight: 700, color: ACCENT, marginRight: 8 },
  nameLine: { flexGrow: 1, height: 18, borderBottomWidth: 0.8, borderBottomColor: ACCENT },
  more: { fontSize: 9, lineHeight: 1.4, color: MUTED, marginTop: 6 },
  compactQuestion: { marginTop: 6 },
  compactHeading: { fontSize: 11, lineHeight: 1.3, fontWeight: 700, color: ACCENT, marginTop: 10 },
  column: { width: '50%', marginRight: 0, paddingRight: 8 },
});

/** A tick box; `round` for a choice of one. */
export function Box({ round = false }: { round?: boolean }) {
  return <View style={round ? [paper.box, paper.round] : paper.box} />;
}

export function Lines({ count }: { count: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <View key={i} style={paper.line} />
      ))}
    </>
  );
}

function Answer({ ask, t }: { ask: Ask; t: Translate }) {
  const compact = useContext(Compact);
  switch (ask.kind) {
    case 'lines':
      return <Lines count={ask.lines} />;
    case 'date':
      return (
        <>
          <View style={paper.shortLine} />
          <Text style={paper.instruction}>{t('worksheet.dateFormat')}</Text>
        </>
      );
    case 'number':
      return (
        <>
          <View style={paper.figure}>
            <View style={paper.figureLine} />
            {ask.unit ? <Text style={paper.optionText}>{ask.unit}</Text> : null}
          </View>
          <Text style={paper.instruction}>{ask.range}</Text>
        </>
      );
    case 'names':
      return (
        <>
          <Text style={paper.instruction}>{t('worksheet.names', { group: ask.from })}</Text>
          <Lines count={2} />
        </>
      );
    case 'choice': {
      const list = ask.options.some((o) => o.length > SIDE_BY_SIDE);
      return (
        <>
          <Text style={paper.instruction}>{t(ask.multiple ? 'worksheet.chooseMany' : 'worksheet.chooseOne')}</Text>
          <View style={list && !compact ? paper.optionList : paper.options}>
            {ask.options.map((o, i) => (
              <View key={i} style={list && compact ? [paper.option, paper.column] : paper.option}>
                <Box round={!ask.multiple} />
                <Text style={paper.optionText}>{o}</Text>
              </View>
            ))}
          </View>
        </>
      );
    }
  }
}

/** A label with its hint and "only if" note (shared by questions and grid rows). */
export function QuestionText({ question, bold = true }: { question: Pick<PaperQuestion, 'label' | 'hint' | 'condition'>; bold?: boolean }) {
  return (
    <>
      <Text style={bold ? styles.label : undefined}>{question.label}</Text>
      {question.condition ? <Text style={paper.condition}>{question.condition}</Text> : null}
      {question.hint ? <Text style={paper.hint}>{question.hint}</Text> : null}
    </>
  );
}

export function QuestionView({ question, t }: { question: PaperQuestion; t: Translate }) {
  const compact = useContext(Compact);
  return (
    <View style={compact ? paper.compactQuestion : paper.question} wrap={false}>
      <QuestionText question={question} />
      <Answer ask={question.ask} t={t} />
    </View>
  );
}

/** A repeatable group: its label, then a few blank numbered blocks with every field. */
export function GroupView({ block, t }: { block: Block & { kind: 'group' }; t: Translate }) {
  return (
    <>
      <Text style={styles.subheading} minPresenceAhead={KEEP_HEADING}>
        {block.label}
      </Text>
      {block.condition ? <Text style={paper.condition}>{block.condition}</Text> : null}
      {block.hint ? <Text style={paper.hint}>{block.hint}</Text> : null}
      <Text style={paper.instruction}>{t('worksheet.groupItems', { count: block.items })}</Text>
      {Array.from({ length: block.items }, (_, i) => (
        <Fragment key={i}>
          <Text style={styles.itemTitle} minPresenceAhead={KEEP_HEADING}>
            {t('worksheet.itemNumber', { number: i + 1 })}
          </Text>
          <View style={styles.item}>
            {block.fields.map((f) => (
              <QuestionView key={f.id} question={f} t={t} />
            ))}
          </View>
        </Fragment>
      ))}
      <Text style={paper.more}>{t('worksheet.moreItems')}</Text>
    </>
  );
}

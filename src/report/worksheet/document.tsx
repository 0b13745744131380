/**
 * The blank worksheet for paper workshops: a cover (the case, when one is
 * chosen, or what the worksheet is; space for the group's names and the
 * date; where the model comes from), then the steps. The whole questionnaire
 * gives each step a `<Page>` of its own, so a step can be handed out on its
 * own; a workshop plan's few steps follow on from each other in one
 * `<Page>`, so that no half-empty sheet is printed. Fed only by the worded
 * `Worksheet` (model.ts) and `t`.
 */
import { Document, Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, useContext, type ReactElement, type ReactNode } from 'react';
import { CaseView, GroupNameLine } from '../case-sheet/document';
import { KEEP_HEADING } from '../keep';
import { styles } from '../styles';
import type { Translate } from '../types';
import { CheckGrid, TickGrid } from './grid';
import type { Block, PaperStep, Worksheet } from './model';
import { Compact, GroupView, Lines, paper, QuestionView } from './paper';
import { ColumnTable, GroupTable, tableRows } from './table';
import { PageFooter } from '../sections/common';

export interface WorksheetProps {
  sheet: Worksheet;
  t: Translate;
  createdAt: Date;
}

function SheetPage({ header, t, children }: { header: string; t: Translate; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page}>
      <Text style={styles.header} fixed>
        {header}
      </Text>
      <View style={styles.body}>{children}</View>
      <PageFooter t={t} />
    </Page>
  );
}

/** A question short enough to share a row with another on a compact sheet: a line, a date, a figure or a few short options. */
const small = (b: Block): b is Block & { kind: 'question' } =>
  b.kind === 'question' && (b.question.ask.kind === 'date' || b.question.ask.kind === 'number' || (b.question.ask.kind === 'lines' && b.question.ask.lines === 1) || (b.question.ask.kind === 'choice' && b.question.ask.options.length <= 4 && b.question.ask.options.every((o) => o.length <= 16)));

/** On a compact sheet, two small questions in a row stand side by side. */
function pairs(blocks: Block[]): Array<Block | [Block & { kind: 'question' }, Block & { kind: 'question' }]> {
  const out: Array<Block | [Block & { kind: 'question' }, Block & { kind: 'question' }]> = [];
  for (let i = 0; i < blocks.length; i++) {
    const a = blocks[i]!;
    const b = blocks[i + 1];
    if (small(a) && b && small(b)) {
      out.push([a, b]);
      i++;
    } else out.push(a);
  }
  return out;
}

const side = { flexDirection: 'row', gap: 12 } as const;

function Blocks({ blocks, t }: { blocks: Block[]; t: Translate }) {
  const compact = useContext(Compact);
  return (
    <>
      {(compact ? pairs(blocks) : blocks).map((b) => {
        if (Array.isArray(b)) {
          return (
            <View key={b[0].question.id} style={side} wrap={false}>
              {b.map((q) => (
                <View key={q.question.id} style={{ width: '50%' }}>
                  <QuestionView question={q.question} t={t} />
                </View>
              ))}
            </View>
          );
        }
        if (b.kind === 'question') return <QuestionView key={b.question.id} question={b.question} t={t} />;
        if (b.kind === 'group') return compact ? <GroupTable key={b.id} block={b} t={t} /> : <GroupView key={b.id} block={b} t={t} />;
        return <TickGrid key={b.id} first={t('worksheet.question')} options={b.options} rows={b.rows.map((q) => ({ key: q.id, question: q }))} />;
      })}
    </>
  );
}

/** A plan's worksheet is set a size smaller, so a workshop's steps fit on a dozen pages. */
const COMPACT_TYPE = { fontSize: 10, lineHeight: 1.35 };

/** Room a step's heading keeps below it: a first question with a few lines to answer on. */
const KEEP_STEP = 100;

function StepView({ step, number, total, t }: { step: PaperStep; number: number; total: number; t: Translate }) {
  const compact = useContext(Compact);
  return (
    <>
      {/* Heading, condition and purpose are one unit that never stays at the foot of a page without a question. */}
      <View wrap={false} minPresenceAhead={KEEP_STEP}>
        <Text style={styles.sectionTitle}>{t('worksheet.stepHeading', { number, total, title: step.title })}</Text>
        {step.condition ? <Text style={paper.condition}>{step.condition}</Text> : null}
        <Text style={styles.muted}>{step.purpose}</Text>
      </View>
      {step.perItem && compact ? (
        <>
          <Text style={[paper.instruction, { marginTop: 6 }]}>{t('worksheet.perItemColumns', { group: step.perItem.group, count: step.perItem.copies })}</Text>
          <ColumnTable rows={tableRows(step.blocks)} columns={step.perItem.copies} column={() => step.perItem!.itemName} named t={t} />
        </>
      ) : step.perItem ? (
        <>
          <Text style={[paper.instruction, { marginTop: 6 }]}>{t('worksheet.perItem', { group: step.perItem.group, count: step.perItem.copies })}</Text>
          {Array.from({ length: step.perItem.copies }, (_, i) => (
            <Fragment key={i}>
              <View style={paper.nameRow} break={i > 0} wrap={false}>
                <Text style={paper.nameLabel}>{step.perItem!.itemName}</Text>
                <View style={paper.nameLine} />
              </View>
              <Blocks blocks={step.blocks} t={t} />
            </Fragment>
          ))}
        </>
      ) : (
        <Blocks blocks={step.blocks} t={t} />
      )}
      {step.check ? <CheckView check={step.check} t={t} /> : null}
    </>
  );
}

function CheckView({ check, t }: { check: NonNullable<PaperStep['check']>; t: Translate }) {
  const compact = useContext(Compact);
  return (
    <>
      <Text style={[paper.instruction, { marginTop: 6 }]}>{t('worksheet.checkHowTo')}</Text>
      {check.recommendations.map((r) => (
        <Fragment key={r.id}>
          <Text style={compact ? paper.compactHeading : styles.subheading} minPresenceAhead={KEEP_HEADING + 60}>
            {r.heading}
          </Text>
          <Text style={paper.hint}>{r.short}</Text>
          <CheckGrid
            first={t('report.check.criterion')}
            options={check.options}
            write={t('answers.justification')}
            rows={r.criteria.map((c) => ({ key: c.id, question: { label: c.label, hint: c.hint, condition: '' } }))}
          />
        </Fragment>
      ))}
    </>
  );
}

function Cover({ sheet, t }: { sheet: Worksheet; t: Translate }) {
  // With a case, the group's name heads the sheet and the basic details step asks the date and who took part.
  // How to fill it in then opens the steps, and where the model comes from closes them (StepsPage).
  if (sheet.caseSheet) {
    return (
      <>
        <GroupNameLine t={t} />
        <CaseView sheet={sheet.caseSheet} t={t} />
      </>
    );
  }
  return (
    <>
      <Text style={styles.kicker}>{t('worksheet.kicker')}</Text>
      <Text style={styles.title}>{sheet.title}</Text>
      <Text>{sheet.description}</Text>
      <Text style={[styles.paragraph, { marginTop: 10 }]}>{t('worksheet.howTo')}</Text>
      <Text style={styles.label}>{t('worksheet.participants')}</Text>
      <Lines count={3} />
      <Text style={styles.label}>{t('worksheet.date')}</Text>
      <Lines count={1} />
      <Text style={styles.provenance}>{t('worksheet.provenance')}</Text>
    </>
  );
}

export function WorksheetDocument({ sheet, t, createdAt }: WorksheetProps) {
  const header = t('worksheet.header', { title: sheet.caseSheet?.title ?? sheet.title });
  const total = sheet.steps.length;
  const steps = sheet.steps.map((step, i) => <StepView key={step.id} step={step} number={i + 1} total={total} t={t} />);
  return (
    <Document title={header} subject={sheet.title} language={sheet.lang} creator={t('app.name')} producer={t('app.name')} creationDate={createdAt}>
      <SheetPage header={header} t={t}>
        <Cover sheet={sheet} t={t} />
      </SheetPage>
      {sheet.planned ? (
        <SheetPage header={header} t={t}>
          <Compact.Provider value={true}>
            <View style={COMPACT_TYPE}>
              {sheet.caseSheet ? <Text style={styles.small}>{t('worksheet.howTo')}</Text> : null}
              {steps}
            </View>
          </Compact.Provider>
          {sheet.caseSheet ? <Text style={styles.provenance}>{t('worksheet.provenance')}</Text> : null}
        </SheetPage>
      ) : (
        steps.map((step, i) => (
          <SheetPage key={sheet.steps[i]!.id} header={header} t={t}>
            {step}
          </SheetPage>
        ))
      )}
    </Document>
  );
}

/** The worksheet as an element for `pdf()` / `renderToBuffer()`. */
export function worksheetDocument(props: WorksheetProps): ReactElement<DocumentProps> {
  return <WorksheetDocument {...props} />;
}

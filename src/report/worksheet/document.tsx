/**
 * The blank worksheet for paper workshops: a cover (what it is, space for
 * the group's names and the date, where the model comes from), then one
 * `<Page>` per step, so every step starts on a new sheet that can be handed
 * out on its own. Fed only by the worded `Worksheet` (model.ts) and `t`.
 */
import { Document, Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement, type ReactNode } from 'react';
import { KEEP_HEADING } from '../keep';
import { styles } from '../styles';
import type { Translate } from '../types';
import { TickGrid } from './grid';
import type { Block, PaperStep, Worksheet } from './model';
import { GroupView, Lines, paper, QuestionView } from './paper';

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
      <View style={styles.footer} fixed>
        <Text>{t('app.name')}</Text>
        <Text render={({ pageNumber, totalPages }) => t('report.pageOf', { page: pageNumber, total: totalPages })} />
      </View>
    </Page>
  );
}

function Blocks({ blocks, t }: { blocks: Block[]; t: Translate }) {
  return (
    <>
      {blocks.map((b) => {
        if (b.kind === 'question') return <QuestionView key={b.question.id} question={b.question} t={t} />;
        if (b.kind === 'group') return <GroupView key={b.id} block={b} t={t} />;
        return <TickGrid key={b.id} first={t('worksheet.question')} options={b.options} rows={b.rows.map((q) => ({ key: q.id, question: q }))} />;
      })}
    </>
  );
}

function StepView({ step, number, total, t }: { step: PaperStep; number: number; total: number; t: Translate }) {
  return (
    <>
      <Text style={styles.sectionTitle} minPresenceAhead={KEEP_HEADING}>
        {t('worksheet.stepHeading', { number, total, title: step.title })}
      </Text>
      {step.condition ? <Text style={paper.condition}>{step.condition}</Text> : null}
      <Text style={styles.muted}>{step.purpose}</Text>
      {step.perItem ? (
        <>
          <Text style={[paper.instruction, { marginTop: 6 }]}>{t('worksheet.perItem', { group: step.perItem.group })}</Text>
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
  return (
    <>
      <Text style={[paper.instruction, { marginTop: 6 }]}>{t('worksheet.checkHowTo')}</Text>
      {check.recommendations.map((r) => (
        <Fragment key={r.id}>
          <Text style={styles.subheading} minPresenceAhead={KEEP_HEADING + 60}>
            {r.heading}
          </Text>
          <Text style={paper.hint}>{r.short}</Text>
          <TickGrid
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

export function WorksheetDocument({ sheet, t, createdAt }: WorksheetProps) {
  const header = t('worksheet.header', { title: sheet.title });
  const total = sheet.steps.length;
  return (
    <Document title={header} subject={sheet.title} language={sheet.lang} creator={t('app.name')} producer={t('app.name')} creationDate={createdAt}>
      <SheetPage header={header} t={t}>
        <Text style={styles.kicker}>{t('worksheet.kicker')}</Text>
        <Text style={styles.title}>{sheet.title}</Text>
        <Text>{sheet.description}</Text>
        <Text style={[styles.paragraph, { marginTop: 10 }]}>{t('worksheet.howTo')}</Text>
        <Text style={styles.label}>{t('worksheet.participants')}</Text>
        <Lines count={3} />
        <Text style={styles.label}>{t('worksheet.date')}</Text>
        <Lines count={1} />
        <Text style={styles.provenance}>{t('worksheet.provenance')}</Text>
      </SheetPage>
      {sheet.steps.map((step, i) => (
        <SheetPage key={step.id} header={header} t={t}>
          <StepView step={step} number={i + 1} total={total} t={t} />
        </SheetPage>
      ))}
    </Document>
  );
}

/** The worksheet as an element for `pdf()` / `renderToBuffer()`. */
export function worksheetDocument(props: WorksheetProps): ReactElement<DocumentProps> {
  return <WorksheetDocument {...props} />;
}

/**
 * The facilitator guide on A4: the title, the timed agenda as a table, the
 * checklist for before the workshop, then one section per part of the plan
 * (its start and length in the heading) with the activity's guide text or,
 * per step, its purpose, questions to put to the room and common pitfalls.
 */
import { Document, Page, StyleSheet, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement } from 'react';
import { KEEP_HEADING, KEEP_LABEL } from '../keep';
import { LINE, PAPER_ALT, styles } from '../styles';
import type { Translate } from '../types';
import { clock, type Guide, type GuidePart } from './model';
import { PageFooter } from '../sections/common';

export interface GuideProps {
  guide: Guide;
  t: Translate;
  createdAt: Date;
}

const s = StyleSheet.create({
  table: { marginTop: 8, borderTopWidth: 0.75, borderTopColor: LINE, fontSize: 10, lineHeight: 1.4 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: LINE },
  header: { flexDirection: 'row', backgroundColor: PAPER_ALT, borderBottomWidth: 0.75, borderBottomColor: LINE, fontWeight: 700 },
  start: { width: '14%', padding: 4 },
  minutes: { width: '14%', padding: 4 },
  label: { width: '72%', padding: 4 },
  total: { flexDirection: 'row', fontWeight: 700 },
});

function Bullets({ items }: { items: string[] }) {
  return (
    <>
      {items.map((item, i) => (
        <View key={i} style={styles.bullet} wrap={false}>
          <Text style={styles.bulletMark}>•</Text>
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </>
  );
}

function Agenda({ guide, t }: { guide: Guide; t: Translate }) {
  return (
    <View style={s.table}>
      <View style={s.header} wrap={false}>
        <Text style={s.start}>{t('guide.agenda.start')}</Text>
        <Text style={s.minutes}>{t('guide.agenda.length')}</Text>
        <Text style={s.label}>{t('guide.agenda.part')}</Text>
      </View>
      {guide.parts.map((p, i) => (
        <View key={i} style={s.row} wrap={false}>
          <Text style={s.start}>{p.agenda.start}</Text>
          <Text style={s.minutes}>{t('guide.minutes', { count: p.agenda.minutes })}</Text>
          <Text style={s.label}>{p.agenda.label}</Text>
        </View>
      ))}
      <View style={[s.row, s.total]} wrap={false}>
        <Text style={s.start}>{clock(guide.minutes)}</Text>
        <Text style={s.minutes}>{t('guide.minutes', { count: guide.minutes })}</Text>
        <Text style={s.label}>{t('guide.agenda.end')}</Text>
      </View>
    </View>
  );
}

function PartView({ part, t }: { part: GuidePart; t: Translate }) {
  const { start, minutes, label } = part.agenda;
  return (
    <>
      <Text style={styles.sectionTitle} minPresenceAhead={KEEP_HEADING}>
        {t('guide.partHeading', { start, minutes, label })}
      </Text>
      {part.text.map((p, i) => (
        <Text key={i} style={styles.paragraph}>
          {p}
        </Text>
      ))}
      {part.steps.map((step) => (
        <Fragment key={step.id}>
          {part.steps.length > 1 ? (
            <Text style={styles.subheading} minPresenceAhead={KEEP_HEADING}>
              {step.title}
            </Text>
          ) : null}
          <Text style={[styles.paragraph, styles.muted]}>{step.purpose}</Text>
          {step.prompts.length ? (
            <>
              <Text style={styles.label} minPresenceAhead={KEEP_LABEL}>
                {t('guide.prompts')}
              </Text>
              <Bullets items={step.prompts} />
            </>
          ) : null}
          {step.pitfalls.length ? (
            <>
              <Text style={styles.label} minPresenceAhead={KEEP_LABEL}>
                {t('guide.pitfalls')}
              </Text>
              <Bullets items={step.pitfalls} />
            </>
          ) : null}
        </Fragment>
      ))}
    </>
  );
}

export function GuideDocument({ guide, t, createdAt }: GuideProps) {
  const subject = guide.caseTitle ?? guide.questionnaireTitle;
  const header = t('guide.header', { title: subject, minutes: guide.minutes });
  return (
    <Document title={header} subject={subject} language={guide.lang} creator={t('app.name')} producer={t('app.name')} creationDate={createdAt}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.header} fixed>
          {header}
        </Text>
        <View style={styles.body}>
          <Text style={styles.kicker}>{t('guide.kicker', { minutes: guide.minutes })}</Text>
          <Text style={[styles.title, { marginBottom: 10 }]}>{subject}</Text>
          {guide.caseTitle ? <Text style={styles.muted}>{guide.questionnaireTitle}</Text> : null}
          <Text style={styles.subheading}>{t('guide.agenda.heading')}</Text>
          <Agenda guide={guide} t={t} />
          <Text style={styles.subheading} minPresenceAhead={KEEP_HEADING}>
            {t('guide.before.heading')}
          </Text>
          <Bullets items={guide.before} />
          {guide.parts.map((part, i) => (
            <PartView key={i} part={part} t={t} />
          ))}
        </View>
        <PageFooter t={t} />
      </Page>
    </Document>
  );
}

/** The guide as an element for `pdf()` / `renderToBuffer()`. */
export function guideDocument(props: GuideProps): ReactElement<DocumentProps> {
  return <GuideDocument {...props} />;
}

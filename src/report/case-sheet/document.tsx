/**
 * The case sheet: one or two A4 pages with the case as a group reads it
 * (title, facts, the proposal's texts, the alternatives) and a line for the
 * group's name. `CaseView` is also the first part of a worksheet that has a
 * case, so the two read the same.
 */
import { Document, Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement } from 'react';
import { KEEP_LABEL } from '../keep';
import { styles } from '../styles';
import type { Translate } from '../types';
import { paper } from '../worksheet/paper';
import type { CaseEntry, CaseSheet } from './model';
import { PageFooter } from '../sections/common';

export interface CaseSheetProps {
  sheet: CaseSheet;
  t: Translate;
  createdAt: Date;
}

function Entry({ entry }: { entry: CaseEntry }) {
  if (entry.kind === 'fact') {
    return (
      <View style={[styles.coverRow, { paddingVertical: 3 }]} wrap={false}>
        <Text style={[styles.coverLabel, { width: 130 }]}>{entry.label}</Text>
        <Text style={styles.coverValue}>{entry.value}</Text>
      </View>
    );
  }
  return (
    <>
      <Text style={styles.label} minPresenceAhead={KEEP_LABEL}>
        {entry.label}
      </Text>
      {entry.paragraphs.map((p, i) => (
        <Text key={i} style={styles.paragraph}>
          {p}
        </Text>
      ))}
    </>
  );
}

/** The case's title and answers, for the case sheet and the first page of a worksheet. */
export function CaseView({ sheet, t }: { sheet: CaseSheet; t: Translate }) {
  // A size smaller than the report's body, so a case with several alternatives stays within two pages.
  return (
    <View style={{ fontSize: 10, lineHeight: 1.35 }}>
      <Text style={[styles.kicker, { marginTop: 14 }]}>{t('caseSheet.kicker', { questionnaire: sheet.questionnaireTitle })}</Text>
      <Text style={[styles.title, { fontSize: 20, marginBottom: 10 }]}>{sheet.title}</Text>
      {sheet.blocks.map((b, i) =>
        b.kind === 'items' ? (
          <Fragment key={i}>
            <Text style={styles.subheading} minPresenceAhead={KEEP_LABEL}>
              {b.label}
            </Text>
            {b.items.map((item, j) => (
              <Fragment key={j}>
                <Text style={styles.itemTitle} minPresenceAhead={KEEP_LABEL}>
                  {item.title}
                </Text>
                <View style={styles.item}>
                  {item.entries.map((e, k) => (
                    <Entry key={k} entry={e} />
                  ))}
                </View>
              </Fragment>
            ))}
          </Fragment>
        ) : (
          <Entry key={i} entry={b} />
        ),
      )}
    </View>
  );
}

/** The group's name, written in by hand. */
export function GroupNameLine({ t }: { t: Translate }) {
  return (
    <View style={[paper.nameRow, { marginTop: 18 }]} wrap={false}>
      <Text style={paper.nameLabel}>{t('caseSheet.groupName')}</Text>
      <View style={paper.nameLine} />
    </View>
  );
}

export function CaseSheetDocument({ sheet, t, createdAt }: CaseSheetProps) {
  const header = t('caseSheet.header', { title: sheet.title });
  return (
    <Document title={header} subject={sheet.title} language={sheet.lang} creator={t('app.name')} producer={t('app.name')} creationDate={createdAt}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.header} fixed>
          {header}
        </Text>
        <View style={styles.body}>
          <GroupNameLine t={t} />
          <CaseView sheet={sheet} t={t} />
          <Text style={styles.provenance}>{t('caseSheet.note')}</Text>
        </View>
        <PageFooter t={t} />
      </Page>
    </Document>
  );
}

/** The case sheet as an element for `pdf()` / `renderToBuffer()`. */
export function caseSheetDocument(props: CaseSheetProps): ReactElement<DocumentProps> {
  return <CaseSheetDocument {...props} />;
}

/**
 * The assessment report as a react-pdf document: a cover block, then every
 * step of the branch taken with its answers. A running header (the title)
 * and footer (page x of y) repeat on every page. Fonts are registered by
 * the entry that renders it (`browser.ts`, `node.ts`), not here.
 */
import { Document, Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement } from 'react';
import { Cover } from './cover';
import { Rows } from './rows';
import { styles } from './styles';
import { resolveText } from './text';
import type { ReportProps } from './types';

export function AssessmentDocument({ sections, title, meta, t, lang }: ReportProps) {
  const shownTitle = title.trim() || t('report.untitled');
  const appName = t('app.name');
  return (
    <Document
      title={shownTitle}
      author={meta.organisation ?? appName}
      subject={t('report.subject', { questionnaire: meta.questionnaireTitle })}
      language={lang}
      creator={appName}
      producer={appName}
    >
      <Page size="A4" style={styles.page}>
        <Text style={styles.header} fixed>
          {shownTitle}
        </Text>
        <View style={styles.body}>
          <Cover title={shownTitle} meta={meta} t={t} />
          {sections.map((section) => {
            const heading = resolveText(t, section.title);
            // A Fragment, not a View: the title must be a sibling of the rows to keep with them (see rows.tsx).
            return (
              <Fragment key={section.stepId}>
                <Text style={styles.sectionTitle} minPresenceAhead={60}>
                  {heading}
                </Text>
                {section.rows.length ? (
                  <Rows rows={section.rows} ctx={{ t, lang, sectionTitle: heading }} />
                ) : (
                  <Text style={styles.empty}>{t('report.emptySection')}</Text>
                )}
              </Fragment>
            );
          })}
        </View>
        <View style={styles.footer} fixed>
          <Text>{appName}</Text>
          <Text render={({ pageNumber, totalPages }) => t('report.pageOf', { page: pageNumber, total: totalPages })} />
        </View>
      </Page>
    </Document>
  );
}

/**
 * The document as an element for `pdf()` / `renderToBuffer()`. Built in a
 * .tsx file so the entries need no cast (a `createElement` result is not
 * typed as a `<Document>` element).
 */
export function reportDocument(props: ReportProps): ReactElement<DocumentProps> {
  return <AssessmentDocument {...props} />;
}

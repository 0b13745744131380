/**
 * Several assessments of one case side by side, for a workshop trainer: the
 * status of each recommendation per assessment (as `evaluate()` gave it),
 * the affected groups each one named (the union, and who named which), and
 * the measures each one proposed. Statuses are worded and coloured as on
 * the results page and in the report.
 */
import { Document, Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement } from 'react';
import type { Comparison } from '../../assessment/comparison';
import type { Language } from '../../i18n/resources';
import { Bullets, Empty, SectionTitle, Subheading } from '../sections/common';
import { STATUS_COLOUR, styles } from '../styles';
import { Table, type Column } from '../table';
import type { Translate } from '../types';
import { wording } from '../wording';

export interface ComparisonProps {
  comparison: Comparison;
  t: Translate;
  lang: Language;
  createdAt: Date;
}

/** The first column's share of a table's width; the assessments share the rest. */
const FIRST = 34;

function columns(first: string, names: string[]): Column[] {
  const width = (100 - FIRST) / Math.max(1, names.length);
  return [{ header: first, width: FIRST }, ...names.map((header) => ({ header, width }))];
}

export function ComparisonDocument({ comparison: c, t, lang, createdAt }: ComparisonProps) {
  const w = wording(t, lang);
  const title = t('compare.heading');
  const date = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(createdAt);
  return (
    <Document title={title} language={lang} creator={t('app.name')} producer={t('app.name')} creationDate={createdAt}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.header} fixed>
          {title}
        </Text>
        <View style={styles.body}>
          <Text style={[styles.title, { marginBottom: 6 }]}>{title}</Text>
          <Text style={styles.muted}>{t('compare.created', { date })}</Text>
          <Subheading>{t('compare.files')}</Subheading>
          <Bullets items={c.columns.map((name, i) => t('compare.fileLine', { name, file: c.fileNames[i] }))} />
          {c.mixedQuestionnaires && <Text style={styles.paragraph}>{t('compare.mixed')}</Text>}

          <SectionTitle title={t('compare.statusesHeading')} />
          <Table
            columns={columns(t('compare.recommendation'), c.columns)}
            rows={c.recommendations.map((r) => ({
              key: r.id,
              cells: [
                `${t('results.recommendationKicker', { number: Number(r.id.slice(1)) })} ${w.recommendationTitle(r.id)}`,
                ...r.statuses.map((status) => ({ lines: [w.status(status)], bold: true, style: { color: STATUS_COLOUR[status] } })),
              ],
            }))}
          />
          <Text style={[styles.small, { marginTop: 6 }]}>{t('results.provenance')}</Text>

          <SectionTitle title={t('compare.groupsHeading')} />
          {c.groups.length === 0 ? (
            <Empty>{t('compare.noGroups')}</Empty>
          ) : (
            <>
              <Text>{t('compare.groupsIntro')}</Text>
              <Table
                columns={columns(t('compare.group'), c.columns)}
                rows={c.groups.map((g, i) => ({ key: `g${i}`, cells: [{ lines: [g.name], bold: true }, ...g.foundBy.map((found) => (found ? t('compare.found') : t('compare.notFound')))] }))}
              />
            </>
          )}

          <SectionTitle title={t('compare.measuresHeading')} />
          {c.columns.map((name, i) => (
            <Fragment key={i}>
              <Subheading>{name}</Subheading>
              {(c.measures[i] ?? []).length === 0 ? (
                <Empty>{t('compare.noMeasures')}</Empty>
              ) : (
                <Bullets items={c.measures[i]!.map((m) => (m.addresses.length ? `${m.what} (${t('compare.addresses', { groups: m.addresses.join(', ') })})` : m.what))} />
              )}
            </Fragment>
          ))}
        </View>
        <View style={styles.footer} fixed>
          <Text>{t('app.name')}</Text>
          <Text render={({ pageNumber, totalPages }) => t('report.pageOf', { page: pageNumber, total: totalPages })} />
        </View>
      </Page>
    </Document>
  );
}

/** The comparison as an element for `pdf()` / `renderToBuffer()`. */
export function comparisonDocument(props: ComparisonProps): ReactElement<DocumentProps> {
  return <ComparisonDocument {...props} />;
}

/**
 * The debrief on paper: several groups' assessments of one case side by
 * side, in the parts and order of the screen (the screening, the affected
 * groups with each group's ratings, the children's questions, the
 * recommendations' statuses, the measures, the overall judgement), after a
 * short list of where the groups differ. A row where they chose
 * differently says so in words. Column headers are the groups' own names,
 * which may be long: a table holds at most four groups (more are printed
 * in further tables, each repeating the row headings), and a name wraps
 * inside its cell, a word too long for it breaking (table.tsx).
 */
import { Document, Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement } from 'react';
import type { Comparison, PartName } from '../../assessment/comparison';
import type { Language } from '../../i18n/resources';
import { Bullets, Empty, PageFooter, SectionTitle, Subheading } from '../sections/common';
import { styles } from '../styles';
import { Table, type Cell, type Column } from '../table';
import type { Translate } from '../types';
import { wording, type Wording } from '../wording';
import { cellText, consequenceCell, namesCell, questionHeading, rowHeading } from './wording';

export interface ComparisonProps {
  comparison: Comparison;
  t: Translate;
  lang: Language;
  createdAt: Date;
}

/** The most groups one table holds: more would leave each a column too narrow for its name. */
export const MAX_COLUMNS = 4;
/** The row headings' share of a table's width; the groups share the rest. */
const FIRST = 28;

/** Column indices in runs of at most MAX_COLUMNS. */
export function columnChunks(count: number): number[][] {
  const chunks: number[][] = [];
  for (let start = 0; start < count; start += MAX_COLUMNS) {
    chunks.push(Array.from({ length: Math.min(MAX_COLUMNS, count - start) }, (_, i) => start + i));
  }
  return chunks;
}

interface Row {
  key: string;
  heading: Cell;
  /** One cell per column of the comparison. */
  cells: Cell[];
}

/** A part's table, once per run of at most four groups, each with the row headings. */
function ChunkedTable({ t, c, first, rows }: { t: Translate; c: Comparison; first: string; rows: Row[] }) {
  const chunks = columnChunks(c.columns.length);
  // Every run has the same column widths, so a group's column is as wide in each table.
  const width = (100 - FIRST) / Math.min(MAX_COLUMNS, c.columns.length);
  return (
    <>
      {chunks.map((chunk) => {
        const columns: Column[] = [{ header: first, width: FIRST }, ...chunk.map((i) => ({ header: c.columns[i]!, width }))];
        return (
          <Fragment key={chunk[0]}>
            {chunks.length > 1 && (
              <Text style={[styles.small, { marginTop: 8 }]} minPresenceAhead={60}>
                {t('compare.report.columnsOf', { from: chunk[0]! + 1, to: chunk[chunk.length - 1]! + 1, total: c.columns.length })}
              </Text>
            )}
            <Table columns={columns} rows={rows.map((r) => ({ key: r.key, cells: [r.heading, ...chunk.map((i) => r.cells[i]!)] }))} />
          </Fragment>
        );
      })}
    </>
  );
}

const PARTS: PartName[] = ['screening', 'affected', 'children', 'recommendations', 'judgement'];
const SUMMARY: Record<PartName, string> = {
  screening: 'compare.report.summary.screening',
  affected: 'compare.report.summary.affected',
  children: 'compare.report.summary.children',
  recommendations: 'compare.report.summary.recommendations',
  judgement: 'compare.report.summary.judgement',
};

function Summary({ t, c }: { t: Translate; c: Comparison }) {
  const lines = PARTS.filter((p) => c.summary[p].of > 0 && c.summary[p].differ > 0).map((p) => t(SUMMARY[p], { ...c.summary[p] }));
  return (
    <>
      <Subheading>{t('compare.report.summaryHeading')}</Subheading>
      {lines.length ? <Bullets items={lines} /> : <Text style={styles.paragraph}>{t('compare.report.summaryNone')}</Text>}
      <Text style={[styles.small, { marginTop: 4 }]}>{t('compare.report.differsNote', { differs: t('compare.differs') })}</Text>
    </>
  );
}

function answerRows(t: Translate, w: Wording, c: Comparison, rows: Comparison['parts']['screening']): Row[] {
  return rows.map((r) => ({
    key: r.key,
    heading: rowHeading(t, questionHeading(t, r), r.differs),
    cells: r.cells.map((cell, i) => cellText(t, w, cell, c.sources[i])),
  }));
}

function Measures({ t, c }: { t: Translate; c: Comparison }) {
  return (
    <>
      <SectionTitle title={t('compare.part.measures')} />
      {c.columns.map((name, i) => (
        <Fragment key={i}>
          <Subheading>{name}</Subheading>
          {(c.parts.measures[i] ?? []).length === 0 ? (
            <Empty>{t('compare.noMeasures')}</Empty>
          ) : (
            <Bullets items={c.parts.measures[i]!.map((m) => (m.addresses.length ? `${m.what} (${t('compare.addresses', { groups: m.addresses.join(', ') })})` : m.what))} />
          )}
        </Fragment>
      ))}
    </>
  );
}

export function ComparisonDocument({ comparison: c, t, lang, createdAt }: ComparisonProps) {
  const w = wording(t, lang);
  const title = t('compare.heading');
  const date = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(createdAt);
  const { screening, affected, children, recommendations, judgement } = c.parts;
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
          <Bullets items={c.columns.map((name, i) => t('compare.fileLine', { name, file: c.sources[i]!.fileName }))} />
          {c.mixedQuestionnaires && <Text style={styles.paragraph}>{t('compare.mixed')}</Text>}
          <Summary t={t} c={c} />

          {screening.length > 0 && (
            <>
              <SectionTitle title={t('compare.part.screening')} />
              <ChunkedTable t={t} c={c} first={t('compare.question')} rows={answerRows(t, w, c, screening)} />
            </>
          )}

          <SectionTitle title={t('compare.part.affected')} />
          {affected.rows.length === 0 ? (
            <Empty>{t('compare.noGroups')}</Empty>
          ) : (
            <>
              <ChunkedTable
                t={t}
                c={c}
                first={t('compare.affectedGroup')}
                rows={affected.rows.map((r) => ({ key: `g${r.index}`, heading: rowHeading(t, r.label, false), cells: r.cells.map((cell) => namesCell(t, cell)) }))}
              />
              <SectionTitle title={t('compare.part.consequences')} />
              <ChunkedTable
                t={t}
                c={c}
                first={t('compare.affectedGroup')}
                rows={affected.rows.map((r) => ({ key: `c${r.index}`, heading: rowHeading(t, r.label, r.differs), cells: r.cells.map((cell) => consequenceCell(t, w, affected, cell)) }))}
              />
            </>
          )}

          {children.length > 0 && (
            <>
              <SectionTitle title={t('compare.part.children')} />
              <ChunkedTable t={t} c={c} first={t('compare.question')} rows={answerRows(t, w, c, children)} />
            </>
          )}

          <SectionTitle title={t('compare.part.recommendations')} />
          <ChunkedTable
            t={t}
            c={c}
            first={t('compare.recommendation')}
            rows={recommendations.map((r) => ({
              key: r.key,
              heading: rowHeading(t, `${t('results.recommendationKicker', { number: Number(r.recommendation!.slice(1)) })} ${w.recommendationTitle(r.recommendation!)}`, r.differs),
              cells: r.cells.map((cell, i) => cellText(t, w, cell, c.sources[i])),
            }))}
          />
          <Text style={[styles.small, { marginTop: 6 }]}>{t('results.provenance')}</Text>

          <Measures t={t} c={c} />

          {judgement.length > 0 && (
            <>
              <SectionTitle title={t('compare.part.judgement')} />
              <ChunkedTable t={t} c={c} first={t('compare.question')} rows={answerRows(t, w, c, judgement)} />
            </>
          )}
        </View>
        <PageFooter t={t} />
      </Page>
    </Document>
  );
}

/** The comparison as an element for `pdf()` / `renderToBuffer()`. */
export function comparisonDocument(props: ComparisonProps): ReactElement<DocumentProps> {
  return <ComparisonDocument {...props} />;
}

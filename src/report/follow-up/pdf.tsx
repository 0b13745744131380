/**
 * The follow-up addendum drawn with react-pdf: the report's blocks and page
 * furniture (src/report/pdf), plus a bar chart before each table of figures.
 * The chart writes every value beside its bar and names the two bars in
 * words, so it reads in grey print; the table after it holds the same
 * figures and is the accessible alternative (the HTML file has the tables).
 *
 * Three `<Page>`s (cover and summary, indicators, measures and history): a
 * follow-up is short, so none grows long enough to slow react-pdf down.
 */
import { Document, Page, StyleSheet, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement, type ReactNode } from 'react';
import { KEEP_LABEL } from '../keep';
import type { Furniture, ReportSection } from '../model/types';
import { BlockView, SectionView } from '../pdf/blocks';
import { ACCENT, LINE, MUTED, styles } from '../styles';
import { ADDENDUM_SECTIONS, type BarChart, type FollowUpModel } from './model';

const s = StyleSheet.create({
  chart: { marginTop: 8, marginBottom: 2 },
  chartTitle: { fontSize: 9, lineHeight: 1.4, color: MUTED },
  legend: { flexDirection: 'row', marginTop: 2, marginBottom: 4 },
  legendItem: { flexDirection: 'row', alignItems: 'center', marginRight: 14 },
  legendText: { fontSize: 9, lineHeight: 1.4 },
  group: { flexDirection: 'row', marginTop: 3 },
  category: { width: '30%', fontSize: 9, lineHeight: 1.4, paddingRight: 6 },
  bars: { width: '70%' },
  bar: { flexDirection: 'row', alignItems: 'center', height: 11 },
  value: { fontSize: 8, lineHeight: 1.3, paddingLeft: 4 },
  swatch: { width: 10, height: 8, marginRight: 4 },
  // Before is drawn as an outline and now solid, so the two differ without colour.
  before: { borderWidth: 0.75, borderColor: ACCENT, backgroundColor: '#ffffff' },
  now: { backgroundColor: ACCENT },
});
/** The widest bar, as a share of the bar area: the rest is room for the value written after it. */
const MAX_SHARE = 80;

function Bar({ value, max, text, look }: { value: number | null; max: number; text: string; look: 'before' | 'now' }) {
  const share = value !== null && value > 0 && max > 0 ? (value / max) * MAX_SHARE : 0;
  return (
    <View style={s.bar}>
      {share > 0 && <View style={[{ width: `${share}%`, height: 8 }, s[look]]} />}
      <Text style={s.value}>{text}</Text>
    </View>
  );
}

export function Chart({ chart }: { chart: BarChart }) {
  const values = chart.rows.flatMap((r) => [r.baseline, r.now]).filter((v): v is number => v !== null);
  const max = Math.max(0, ...values);
  return (
    <View style={s.chart} wrap={false} minPresenceAhead={KEEP_LABEL}>
      <Text style={s.chartTitle}>{chart.title}</Text>
      <View style={s.legend}>
        <View style={s.legendItem}>
          <View style={[s.swatch, s.before]} />
          <Text style={s.legendText}>{chart.legend.baseline}</Text>
        </View>
        <View style={s.legendItem}>
          <View style={[s.swatch, s.now]} />
          <Text style={s.legendText}>{chart.legend.now}</Text>
        </View>
      </View>
      {chart.rows.map((row, i) => (
        <View key={i} style={[s.group, { borderTopWidth: i === 0 ? 0 : 0.25, borderTopColor: LINE }]}>
          <Text style={s.category}>{row.category}</Text>
          <View style={s.bars}>
            <Bar value={row.baseline} max={max} text={`${chart.legend.baseline}: ${row.baselineText}`} look="before" />
            <Bar value={row.now} max={max} text={`${chart.legend.now}: ${row.nowText}`} look="now" />
          </View>
        </View>
      ))}
    </View>
  );
}

function AddendumPage({ furniture, children }: { furniture: Furniture; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page}>
      <Text style={styles.header} fixed>
        {furniture.header}
      </Text>
      <View style={styles.body}>{children}</View>
      <View style={styles.footer} fixed>
        <Text>{furniture.footer}</Text>
        <Text render={({ pageNumber, totalPages }) => furniture.pageOf(pageNumber, totalPages)} />
      </View>
    </Page>
  );
}

/** A section with its charts drawn before the tables they illustrate. */
function ChartedSection({ section, model }: { section: ReportSection; model: FollowUpModel }) {
  const charts = model.charts.filter((c) => c.section === section.id);
  if (!charts.length) return <SectionView section={section} />;
  return (
    <>
      <SectionView section={{ ...section, blocks: [] }} />
      {section.blocks.map((block, i) => (
        <Fragment key={i}>
          {charts
            .filter((c) => c.before === i)
            .map((c, j) => (
              <Chart key={j} chart={c.chart} />
            ))}
          <BlockView block={block} ctx={{ section: section.id }} />
        </Fragment>
      ))}
    </>
  );
}

export function FollowUpDocument({ model }: { model: FollowUpModel }) {
  const { furniture, properties } = model;
  const [cover, summary, ...rest] = model.sections;
  const indicators = rest.filter((x) => x.id === ADDENDUM_SECTIONS.indicators);
  const after = rest.filter((x) => x.id !== ADDENDUM_SECTIONS.indicators);
  return (
    <Document
      title={model.title}
      author={properties.author}
      subject={properties.subject}
      keywords={properties.keywords}
      language={model.lang}
      creator={properties.creator}
      producer={properties.creator}
      creationDate={properties.createdAt}
    >
      <AddendumPage furniture={furniture}>
        {cover && (
          <View>
            {cover.kicker && <Text style={styles.kicker}>{cover.kicker}</Text>}
            <Text style={styles.title}>{cover.title}</Text>
            {cover.blocks.map((block, i) => (
              <BlockView key={i} block={block} ctx={{ section: cover.id }} />
            ))}
          </View>
        )}
        {summary && <SectionView section={summary} />}
      </AddendumPage>
      {indicators.length > 0 && (
        <AddendumPage furniture={furniture}>
          {indicators.map((section) => (
            <ChartedSection key={section.id} section={section} model={model} />
          ))}
        </AddendumPage>
      )}
      {after.length > 0 && (
        <AddendumPage furniture={furniture}>
          {after.map((section) => (
            <ChartedSection key={section.id} section={section} model={model} />
          ))}
        </AddendumPage>
      )}
    </Document>
  );
}

/** The document as an element for `pdf()` / `renderToBuffer()`. */
export function followUpDocument(model: FollowUpModel): ReactElement<DocumentProps> {
  return <FollowUpDocument model={model} />;
}

/**
 * The one-page summary for the committee: the overall judgement, the
 * konsekvensbeskrivning (ready to paste into the decision document), the
 * five recommendations' statuses, the most serious findings, the main
 * measures and the follow-up date. Everything else is in the sections after.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { AssessmentResult } from '../../assessment/result';
import { renderSummary } from '../../i18n/sentences';
import { ACCENT, LINE, MUTED, PAPER_ALT, SEVERITY_COLOUR } from '../styles';
import type { Measure, ReportMeta, ReportParts, SummarySentence } from '../types';
import { firstFew, measureDetails, verdict } from '../section-data';
import { absenceText, Empty, SectionTitle, type SectionCtx } from './common';
import { KEEP_HEADING } from '../keep';
import { StatusChart } from './status-chart';

const s = StyleSheet.create({
  judgement: { marginTop: 6, padding: 6, paddingLeft: 8, backgroundColor: PAPER_ALT, borderLeftWidth: 3, borderLeftColor: ACCENT },
  // Smaller than elsewhere, so that the summary fits on its page.
  heading: { fontSize: 12, lineHeight: 1.3, fontWeight: 700, color: ACCENT, marginTop: 10, marginBottom: 1 },
  paragraph: { fontSize: 10, lineHeight: 1.4, marginTop: 2 },
  followUp: { fontSize: 10, lineHeight: 1.4, marginTop: 10 },
  bold: { fontWeight: 700 },
  judgementLabel: { fontSize: 9, lineHeight: 1.3, color: MUTED, fontWeight: 700 },
  judgementValue: { fontSize: 13, lineHeight: 1.3, fontWeight: 700, color: ACCENT },
  entry: { flexDirection: 'row', marginTop: 3 },
  // The same line height in points as the title beside it, so the baselines meet.
  severity: { width: 92, fontSize: 9, lineHeight: 14 / 9, paddingTop: 0.5, fontWeight: 700 },
  measure: { marginTop: 4, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: LINE },
  entryText: { flex: 1, fontSize: 10, lineHeight: 1.4 },
  // No flex here: in a column, flex: 1 would give the text no height and the next line would overlap it.
  measureText: { fontSize: 10, lineHeight: 1.4 },
  entryMeta: { fontSize: 9, lineHeight: 1.4, color: MUTED },
  more: { fontSize: 9, lineHeight: 1.4, color: MUTED, marginTop: 4 },
});

interface Props {
  ctx: SectionCtx;
  meta: ReportMeta;
  result: AssessmentResult;
  summary: SummarySentence[];
  measures: ReportParts['measures'];
}

export function Summary({ ctx, meta, result, summary, measures }: Props) {
  const { t, lang, w } = ctx;
  const { shown: findings, more: moreFindings } = firstFew(result.findings, (count) => t('report.summary.moreFindings', { count, section: t('results.findingsHeading') }));
  const { label, value } = verdict(t, meta);
  return (
    <>
      <SectionTitle title={t('report.sections.summary')} />
      {/* Without a judgement on its branch (no further analysis), the depth of analysis is the verdict. */}
      <View style={s.judgement} wrap={false}>
        <Text style={s.judgementLabel}>{label}</Text>
        <Text style={s.judgementValue}>{value}</Text>
      </View>

      <Heading>{t('report.summary.description')}</Heading>
      {summary.length ? (
        <Text style={s.paragraph}>{renderSummary(t, lang, summary)}</Text>
      ) : (
        <Empty>{t('report.summary.noDescription')}</Empty>
      )}

      <Heading>{t('results.recommendationsHeading')}</Heading>
      <StatusChart recommendations={result.recommendations} w={w} />

      <Heading>{t('report.summary.findings')}</Heading>
      {findings.length ? (
        findings.map((f) => (
          <View key={f.id} style={s.entry} wrap={false}>
            <Text style={[s.severity, { color: SEVERITY_COLOUR[f.severity] }]}>{w.severity(f.severity)}</Text>
            <Text style={s.entryText}>{w.findingTitle(f)}</Text>
          </View>
        ))
      ) : (
        <Empty>{t('results.findingsEmpty')}</Empty>
      )}
      {moreFindings && <Text style={s.more}>{moreFindings}</Text>}

      <Heading>{t('report.summary.measures')}</Heading>
      {measures.state === 'shown' && measures.value.measures.length ? (
        <SummaryMeasures ctx={ctx} measures={measures.value.measures} />
      ) : (
        <Empty>{measures.state === 'shown' || measures.state === 'not-in-questionnaire' ? t('report.summary.noMeasures') : absenceText(ctx, measures.state)}</Empty>
      )}

      <Text style={s.followUp}>
        <Text style={s.bold}>{`${t('report.summary.followUpDate')}: `}</Text>
        {meta.followUpDate ?? t('report.summary.noFollowUpDate')}
      </Text>
    </>
  );
}

function Heading({ children }: { children: string }) {
  return (
    <Text style={s.heading} minPresenceAhead={KEEP_HEADING}>
      {children}
    </Text>
  );
}

function SummaryMeasures({ ctx, measures }: { ctx: SectionCtx; measures: Measure[] }) {
  const { t } = ctx;
  const { shown, more } = firstFew(measures, (count) => t('report.summary.moreMeasures', { count, section: t('report.sections.measures') }));
  return (
    <>
      {shown.map((m) => {
        const details = measureDetails(t, m);
        return (
          <View key={m.id} style={s.measure} wrap={m.what.length > 400}>
            <Text style={s.measureText}>
              {m.what || t('report.unnamedItem')}
              {details.length > 0 && <Text style={s.entryMeta}>{`  ·  ${details.join(' · ')}`}</Text>}
            </Text>
          </View>
        );
      })}
      {more && <Text style={s.more}>{more}</Text>}
    </>
  );
}

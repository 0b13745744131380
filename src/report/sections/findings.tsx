/**
 * Every finding of the result, most serious first (the result's order):
 * how serious, what, every recommendation it concerns, what can be done
 * (its own suggestions when it has them).
 * The summary shows only the first few; this list is complete, also on a
 * branch without the check.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { AssessmentResult, Finding } from '../../assessment/result';
import { findingAdvice, findingKicker, knownGapsData } from '../section-data';
import { KEEP_LABEL } from '../keep';
import { ACCENT, SEVERITY_COLOUR, styles } from '../styles';
import { Bullets, Empty, SectionTitle, type SectionCtx } from './common';

const s = StyleSheet.create({
  finding: { marginTop: 8, paddingLeft: 8, borderLeftWidth: 3 },
  severity: { fontSize: 9, lineHeight: 1.4, fontWeight: 700 },
  title: { fontWeight: 700 },
  quote: { marginTop: 2, marginBottom: 4, paddingLeft: 8, borderLeftWidth: 3, borderLeftColor: ACCENT },
});

export function Findings({ ctx, findings }: { ctx: SectionCtx; findings: Finding[] }) {
  const { t, w } = ctx;
  return (
    <>
      <SectionTitle title={t('results.findingsHeading')} />
      {findings.length === 0 ? (
        <Empty>{t('results.findingsEmpty')}</Empty>
      ) : (
        <>
          <Text>{t('results.findingsIntro', { count: findings.length })}</Text>
          {findings.map((f) => {
            const advice = findingAdvice(ctx, f);
            return (
              // Kept whole unless a user's long text inside it would not fit on a page.
              <View key={f.id} style={[s.finding, { borderLeftColor: SEVERITY_COLOUR[f.severity] }]} wrap={w.findingTitle(f).length + advice.join('').length > 800}>
                <Text style={[s.severity, { color: SEVERITY_COLOUR[f.severity] }]}>{findingKicker(ctx, f)}</Text>
                <Text style={s.title}>{w.findingTitle(f)}</Text>
                {advice.length === 1 ? (
                  <Text style={styles.paragraph}>{advice[0]}</Text>
                ) : (
                  <>
                    <Text style={styles.paragraph}>{t('results.card.suggestionsLead')}</Text>
                    <Bullets items={advice} />
                  </>
                )}
              </View>
            );
          })}
        </>
      )}
    </>
  );
}

/**
 * The assessment was completed although serious findings were still open:
 * a section that says so, quotes the user's reason and lists those findings
 * (html/check.tsx says the same). Nothing when it was not.
 */
export function KnownGaps({ ctx, result }: { ctx: SectionCtx; result: AssessmentResult }) {
  const data = knownGapsData(ctx, result);
  if (!data) return null;
  return (
    <>
      <SectionTitle title={ctx.t('report.sections.knownGaps')} />
      <Text>{data.intro}</Text>
      <Text style={styles.label} minPresenceAhead={KEEP_LABEL}>
        {data.reasonLabel}
      </Text>
      <Text style={s.quote}>{data.reason}</Text>
      {data.findings.length > 0 && <Bullets items={data.findings} />}
    </>
  );
}

/**
 * Every finding of the result, most serious first (the result's order):
 * how serious, what, which recommendation it concerns, what can be done.
 * The summary shows only the first few; this list is complete, also on a
 * branch without the check.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Finding } from '../../assessment/result';
import { findingKicker } from '../section-data';
import { SEVERITY_COLOUR, styles } from '../styles';
import { Empty, SectionTitle, type SectionCtx } from './common';

const s = StyleSheet.create({
  finding: { marginTop: 8, paddingLeft: 8, borderLeftWidth: 3 },
  severity: { fontSize: 9, lineHeight: 1.4, fontWeight: 700 },
  title: { fontWeight: 700 },
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
          {findings.map((f) => (
            // Kept whole unless a user's long text inside it would not fit on a page.
            <View key={f.id} style={[s.finding, { borderLeftColor: SEVERITY_COLOUR[f.severity] }]} wrap={w.findingTitle(f).length + w.findingSuggestion(f).length > 800}>
              <Text style={[s.severity, { color: SEVERITY_COLOUR[f.severity] }]}>{findingKicker(ctx, f)}</Text>
              <Text style={s.title}>{w.findingTitle(f)}</Text>
              <Text style={styles.paragraph}>{w.findingSuggestion(f)}</Text>
            </View>
          ))}
        </>
      )}
    </>
  );
}

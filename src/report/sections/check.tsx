/**
 * The check against the five recommendations, one block each, as the
 * results page words it: the status and share, why the status was held at
 * "partly met" if it was, why, where the answers and what the assessment
 * shows differ, the criteria with the answers, how they count and the
 * justifications given, what can be done, and the findings that concern it.
 * On a branch without the check, one line says so.
 */
import { Text, View } from '@react-pdf/renderer';
import type { AssessmentResult, Finding, RecommendationResult } from '../../assessment/result';
import { cappedText, checkNotApplicable, differencesHeading, shareText, differenceLine, differences, findingLine, findingsOf, otherReasons, recommendationHeading, suggestions as suggestionsOf } from '../section-data';
import { STATUS_COLOUR, styles } from '../styles';
import { Table } from '../table';
import { criteriaTable } from '../tables';
import { Bullets, Empty, SectionTitle, type SectionCtx } from './common';
import { KEEP_HEADING, KEEP_LABEL } from '../keep';

/** `newPage`: start on a new page (the check is long, and read on its own), unless it is one line. */
export function Check({ ctx, result, newPage }: { ctx: SectionCtx; result: AssessmentResult; newPage: boolean }) {
  const { t } = ctx;
  const notApplicable = checkNotApplicable(result);
  return (
    <>
      <SectionTitle title={t('report.sections.check')} newPage={newPage && !notApplicable} />
      {notApplicable ? (
        <Empty>{ctx.w.reason(notApplicable)}</Empty>
      ) : (
        <>
          <Text style={styles.small}>{t('results.provenance')}</Text>
          {result.recommendations.map((rec) => (
            <Recommendation key={rec.id} ctx={ctx} rec={rec} findings={findingsOf(result, rec)} />
          ))}
        </>
      )}
    </>
  );
}

function Recommendation({ ctx, rec, findings }: { ctx: SectionCtx; rec: RecommendationResult; findings: Finding[] }) {
  const { t, w } = ctx;
  const suggestions = suggestionsOf(ctx, rec, findings);
  const capped = cappedText(ctx, rec);
  const reasons = otherReasons(rec);
  const differ = differences(ctx, rec);
  return (
    <>
      <Text style={styles.subheading} minPresenceAhead={KEEP_HEADING + 40}>
        {recommendationHeading(ctx, rec)}
      </Text>
      <Text style={[styles.emphasis, { color: STATUS_COLOUR[rec.status] }]}>{`${t('results.statusLabel')} ${w.status(rec.status)}`}</Text>
      {rec.share !== null && <Text style={styles.muted}>{shareText(ctx, rec.share)}</Text>}
      {capped && <Text style={styles.paragraph}>{capped}</Text>}

      {reasons.length > 0 && (
        <>
          <Text style={styles.minorHeading} minPresenceAhead={KEEP_LABEL}>
            {t('results.reasonsHeading')}
          </Text>
          <Bullets items={reasons.map((r) => w.reason(r))} />
        </>
      )}

      {differ.length > 0 && (
        <>
          <Text style={styles.minorHeading} minPresenceAhead={KEEP_LABEL}>
            {differencesHeading(ctx, differ.length)}
          </Text>
          {differ.map((d) => (
            // Whole, unless too long to move (as Bullets).
            <View key={d.id} style={styles.bullet} wrap={differenceLine(d).length > 900}>
              <Text style={styles.bulletMark}>•</Text>
              <View style={styles.bulletText}>
                <Text style={{ fontWeight: 700 }}>{d.criterion}</Text>
                <Text style={styles.muted}>{d.claim}</Text>
                {d.why.map((line, i) => (
                  <Text key={i}>{line}</Text>
                ))}
              </View>
            </View>
          ))}
        </>
      )}

      {rec.criteria.length > 0 && <Table {...criteriaTable(ctx, rec)} />}

      {suggestions.length > 0 && (
        <>
          <Text style={styles.minorHeading} minPresenceAhead={KEEP_LABEL}>
            {t('results.suggestionsHeading')}
          </Text>
          <Bullets items={suggestions} />
        </>
      )}

      {findings.length > 0 && (
        <>
          <Text style={styles.minorHeading} minPresenceAhead={KEEP_LABEL}>
            {t('report.check.findings')}
          </Text>
          <Bullets items={findings.map((f) => findingLine(ctx, f))} />
        </>
      )}
    </>
  );
}

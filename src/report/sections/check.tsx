/**
 * The check against the five recommendations, one block each, as the
 * results page words it: the status and share, why, the criteria with the
 * answers and justifications given, what can be done, and the findings that
 * concern it. On a branch without the check, one line says so.
 */
import { Text } from '@react-pdf/renderer';
import type { AssessmentResult, Finding, RecommendationResult } from '../../assessment/result';
import { STATUS_COLOUR, styles } from '../styles';
import { Table } from '../table';
import { Bullets, Empty, SectionTitle, type SectionCtx } from './common';
import { KEEP_HEADING, KEEP_LABEL } from '../keep';

/** `newPage`: start on a new page (the check is long, and read on its own), unless it is one line. */
export function Check({ ctx, result, newPage }: { ctx: SectionCtx; result: AssessmentResult; newPage: boolean }) {
  const { t } = ctx;
  const notApplicable = result.recommendations.find((r) => r.reasons.some((reason) => reason.code === 'check-not-applicable'));
  const findings = new Map(result.findings.map((f) => [f.id, f]));
  return (
    <>
      <SectionTitle title={t('report.sections.check')} newPage={newPage && !notApplicable} />
      {notApplicable ? (
        <Empty>{ctx.w.reason(notApplicable.reasons.find((r) => r.code === 'check-not-applicable')!)}</Empty>
      ) : (
        <>
          <Text style={styles.small}>{t('results.provenance')}</Text>
          {result.recommendations.map((rec) => (
            <Recommendation key={rec.id} ctx={ctx} rec={rec} findings={rec.findings.flatMap((id) => findings.get(id) ?? [])} />
          ))}
        </>
      )}
    </>
  );
}

function Recommendation({ ctx, rec, findings }: { ctx: SectionCtx; rec: RecommendationResult; findings: Finding[] }) {
  const { t, w } = ctx;
  const number = Number(rec.id.slice(1));
  const suggestions = [...rec.suggestions.map((id) => t(`content:criteria.${id}.suggestion`)), ...findings.map((f) => w.findingSuggestion(f))];
  return (
    <>
      <Text style={styles.subheading} minPresenceAhead={KEEP_HEADING + 40}>
        {`${t('results.recommendationKicker', { number })} ${w.recommendationTitle(rec.id)}`}
      </Text>
      <Text style={[styles.emphasis, { color: STATUS_COLOUR[rec.status] }]}>{`${t('results.statusLabel')} ${w.status(rec.status)}`}</Text>
      {rec.share !== null && <Text style={styles.muted}>{t('results.share', { percent: w.percent(rec.share) })}</Text>}

      {rec.reasons.length > 0 && (
        <>
          <Text style={styles.minorHeading} minPresenceAhead={KEEP_LABEL}>
            {t('results.reasonsHeading')}
          </Text>
          <Bullets items={rec.reasons.map((r) => w.reason(r))} />
        </>
      )}

      {rec.criteria.length > 0 && (
        <Table
          columns={[
            { header: t('report.check.criterion'), width: 44 },
            { header: t('report.check.answer'), width: 16 },
            { header: t('report.check.justification'), width: 40 },
          ]}
          rows={rec.criteria.map((c) => ({ key: c.id, cells: [t(`content:criteria.${c.id}.label`), { lines: [w.answer(c.answer)], bold: true }, c.justification ?? ''] }))}
        />
      )}

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
          <Bullets items={findings.map((f) => `${w.severity(f.severity)}: ${w.findingTitle(f)}`)} />
        </>
      )}
    </>
  );
}

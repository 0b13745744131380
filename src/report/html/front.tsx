/**
 * The HTML report's opening: the cover (what was assessed, for whom, by
 * whom, which versions, where the model comes from) and the one-page
 * summary, with the same words as the PDF's cover.tsx and summary.tsx.
 */
import type { AssessmentResult } from '../../assessment/result';
import { renderSummary } from '../../i18n/sentences';
import { absenceText, firstFew, measureDetails, verdict, type SectionCtx } from '../section-data';
import { EMPTY_CELL, type TableData } from '../tables';
import type { ReportMeta, ReportParts, SummarySentence, Translate } from '../types';
import { Empty, Section, Table } from './parts';

export function Cover({ title, meta, t }: { title: string; meta: ReportMeta; t: Translate }) {
  const rows: Array<[string, string | undefined]> = [
    [t('report.cover.organisation'), meta.organisation],
    [t('report.cover.committee'), meta.committee],
    [t('report.cover.decisionType'), meta.decisionType],
    [t('report.cover.date'), meta.date],
    [t('report.cover.assessors'), meta.assessors],
    [t('report.cover.status'), meta.judgementAsked ? (meta.judgement ?? t('report.cover.noJudgement')) : undefined],
    [t('report.cover.depth'), meta.depth],
    [t('report.cover.questionnaire'), t('report.cover.versioned', { title: meta.questionnaireTitle, version: meta.contentVersion })],
    [t('report.cover.framework'), t('report.cover.versioned', { title: meta.frameworkTitle, version: meta.frameworkVersion })],
  ];
  return (
    <header className="cover">
      <p className="kicker">{t('report.kicker')}</p>
      <h1>{title}</h1>
      <dl className="cover__facts">
        {rows
          .filter((r): r is [string, string] => !!r[1])
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <p className="provenance">{t('report.cover.provenance')}</p>
    </header>
  );
}

interface SummaryProps {
  ctx: SectionCtx;
  meta: ReportMeta;
  result: AssessmentResult;
  summary: SummarySentence[];
  measures: ReportParts['measures'];
}

/** The five statuses as a table: the recommendation, its status and the share of its criteria met. */
function statusTable(ctx: SectionCtx, result: AssessmentResult): TableData {
  const { t, w } = ctx;
  return {
    columns: [
      { header: t('htmlReport.column.recommendation'), width: 40 },
      { header: t('htmlReport.column.status'), width: 30 },
      { header: t('htmlReport.column.share'), width: 30 },
    ],
    rows: result.recommendations.map((rec) => ({
      key: rec.id,
      cells: [`${Number(rec.id.slice(1))}. ${w.recommendationShort(rec.id)}`, { lines: [w.status(rec.status)], bold: true }, rec.share === null ? EMPTY_CELL : w.percent(Math.min(1, Math.max(0, rec.share)))],
    })),
  };
}

export function Summary({ ctx, meta, result, summary, measures }: SummaryProps) {
  const { t, lang, w } = ctx;
  const findings = firstFew(result.findings, (count) => t('report.summary.moreFindings', { count, section: t('results.findingsHeading') }));
  const shownMeasures = measures.state === 'shown' ? measures.value.measures : [];
  const measureList = firstFew(shownMeasures, (count) => t('report.summary.moreMeasures', { count, section: t('report.sections.measures') }));
  const { label, value } = verdict(t, meta);
  return (
    <Section title={t('report.sections.summary')}>
      <p className="verdict">
        <span className="verdict__label">{label}</span>
        <strong className="verdict__value">{value}</strong>
      </p>

      <h3>{t('report.summary.description')}</h3>
      {summary.length ? <p>{renderSummary(t, lang, summary)}</p> : <Empty>{t('report.summary.noDescription')}</Empty>}

      <h3>{t('results.recommendationsHeading')}</h3>
      <Table caption={t('htmlReport.caption.statuses')} data={statusTable(ctx, result)} />

      <h3>{t('report.summary.findings')}</h3>
      {findings.shown.length ? (
        <ul className="entries">
          {findings.shown.map((f) => (
            <li key={f.id}>
              <strong className={`severity severity--${f.severity}`}>{w.severity(f.severity)}:</strong> {w.findingTitle(f)}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>{t('results.findingsEmpty')}</Empty>
      )}
      {findings.more && <p className="more">{findings.more}</p>}

      <h3>{t('report.summary.measures')}</h3>
      {measureList.shown.length ? (
        <ul className="entries">
          {measureList.shown.map((m) => {
            const details = measureDetails(t, m);
            return (
              <li key={m.id}>
                {m.what || t('report.unnamedItem')}
                {details.length > 0 && <span className="muted">{` · ${details.join(' · ')}`}</span>}
              </li>
            );
          })}
        </ul>
      ) : (
        <Empty>{measures.state === 'shown' || measures.state === 'not-in-questionnaire' ? t('report.summary.noMeasures') : absenceText(ctx, measures.state)}</Empty>
      )}
      {measureList.more && <p className="more">{measureList.more}</p>}

      <p>
        <strong>{`${t('report.summary.followUpDate')}: `}</strong>
        {meta.followUpDate ?? t('report.summary.noFollowUpDate')}
      </p>
    </Section>
  );
}

/**
 * What is done about the consequences: the measures as a table (what, the
 * affected groups it addresses, owner, cost, date), with the other answers
 * of their step; then the follow-up plan: the indicators as a table
 * (breakdown, baseline) and when, by whom and to whom it is reported, and
 * the threshold for a review.
 */
import { Rows } from '../rows';
import { Table } from '../table';
import type { ReportParts } from '../types';
import { answerLines, Empty, PartSection, Subheading, type SectionCtx } from './common';

export function Measures({ ctx, part }: { ctx: SectionCtx; part: ReportParts['measures'] }) {
  const { t } = ctx;
  const title = t('report.sections.measures');
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ measures, rows }) => (
        <>
          {measures.length ? (
            <Table
              columns={[
                { header: t('report.measures.what'), width: 31 },
                { header: t('report.measures.addresses'), width: 23 },
                { header: t('report.measures.owner'), width: 17 },
                { header: t('report.measures.cost'), width: 13 },
                { header: t('report.measures.date'), width: 16 },
              ]}
              rows={measures.map((m) => ({ key: m.id, cells: [{ lines: [m.what || t('report.unnamedItem')], bold: true }, m.addresses, m.owner, m.cost, m.date] }))}
            />
          ) : (
            <Empty>{t('report.summary.noMeasures')}</Empty>
          )}
          <Rows rows={rows} ctx={{ t, lang: ctx.lang, sectionTitle: title }} />
        </>
      )}
    </PartSection>
  );
}

export function FollowUp({ ctx, part }: { ctx: SectionCtx; part: ReportParts['followUp'] }) {
  const { t } = ctx;
  return (
    <PartSection ctx={ctx} title={t('report.sections.followUp')} part={part}>
      {({ indicators, plan }) => (
        <>
          <Subheading>{t('report.followUp.indicators')}</Subheading>
          {indicators.length ? (
            <Table
              columns={[
                { header: t('report.followUp.indicator'), width: 28 },
                { header: t('report.followUp.breakdown'), width: 22 },
                { header: t('report.followUp.baseline'), width: 22 },
                { header: t('report.followUp.details'), width: 28 },
              ]}
              rows={indicators.map((i) => ({ key: i.id, cells: [{ lines: [i.name || t('report.unnamedItem')], bold: true }, i.breakdown, i.baseline, answerLines(i.details)] }))}
            />
          ) : (
            <Empty>{t('report.empty.noAnswers')}</Empty>
          )}
          <Subheading>{t('report.followUp.plan')}</Subheading>
          {plan.length ? (
            <Table
              columns={[
                { header: t('report.followUp.question'), width: 42 },
                { header: t('report.followUp.answer'), width: 58 },
              ]}
              rows={plan.map((a, i) => ({ key: `${i}`, cells: [{ lines: [a.label], bold: true }, a.value] }))}
            />
          ) : (
            <Empty>{t('report.empty.noAnswers')}</Empty>
          )}
        </>
      )}
    </PartSection>
  );
}

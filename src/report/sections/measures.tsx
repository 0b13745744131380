/**
 * What is done about the consequences: the measures as a table (what, the
 * affected groups it addresses, owner, cost, date), with the other answers
 * of their step; then the follow-up plan: the indicators as a table
 * (breakdown, baseline) and when, by whom and to whom it is reported, and
 * the threshold for a review.
 */
import { Rows } from '../rows';
import { Table } from '../table';
import { indicatorsTable, measuresTable, planTable } from '../tables';
import type { ReportParts } from '../types';
import { Empty, PartSection, Subheading, type SectionCtx } from './common';

export function Measures({ ctx, part }: { ctx: SectionCtx; part: ReportParts['measures'] }) {
  const { t } = ctx;
  const title = t('report.sections.measures');
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ measures, rows }) => (
        <>
          {measures.length ? (
            <Table {...measuresTable(t, measures)} />
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
            <Table {...indicatorsTable(t, indicators)} />
          ) : (
            <Empty>{t('report.empty.noAnswers')}</Empty>
          )}
          <Subheading>{t('report.followUp.plan')}</Subheading>
          {plan.length ? (
            <Table {...planTable(t, plan)} />
          ) : (
            <Empty>{t('report.empty.noAnswers')}</Empty>
          )}
        </>
      )}
    </PartSection>
  );
}

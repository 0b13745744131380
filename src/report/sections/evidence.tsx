/**
 * Evidence and dialogue (the questions tagged as evidence, statistics,
 * dialogue, children's views, with the other answers of their steps), then
 * the knowledge gaps: every "don't know" of the result, with its step and
 * the group it concerns.
 */
import { Text } from '@react-pdf/renderer';
import type { KnowledgeGap } from '../../assessment/result';
import { Rows } from '../rows';
import { Table } from '../table';
import { gapsTable } from '../tables';
import type { ReportParts } from '../types';
import { absenceText, Empty, SectionTitle, Subheading, type SectionCtx } from './common';

interface Props {
  ctx: SectionCtx;
  part: ReportParts['evidence'];
  gaps: KnowledgeGap[];
  itemTitles: Record<string, string>;
}

/** The section always shows, for the knowledge gaps (a "don't know" can be anywhere on the branch). */
export function Evidence({ ctx, part, gaps, itemTitles }: Props) {
  const title = ctx.t('report.sections.evidence');
  return (
    <>
      <SectionTitle title={title} />
      {part.state === 'shown' ? (
        <Rows rows={part.value.rows} ctx={{ t: ctx.t, lang: ctx.lang, sectionTitle: title }} />
      ) : part.state === 'not-in-questionnaire' ? null : (
        <Empty>{absenceText(ctx, part.state)}</Empty>
      )}
      <KnowledgeGaps ctx={ctx} gaps={gaps} itemTitles={itemTitles} />
    </>
  );
}

function KnowledgeGaps({ ctx, gaps, itemTitles }: Omit<Props, 'part'>) {
  const { t } = ctx;
  return (
    <>
      <Subheading>{t('results.gapsHeading')}</Subheading>
      {gaps.length === 0 ? (
        <Empty>{t('results.gapsEmpty')}</Empty>
      ) : (
        <>
          <Text>{t('results.gapsIntro')}</Text>
          <Table {...gapsTable(ctx, gaps, itemTitles)} />
        </>
      )}
    </>
  );
}

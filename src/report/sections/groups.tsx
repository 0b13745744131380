/**
 * The affected groups as a table (name, grounds and factors, the item's
 * other answers), then the consequence matrix: the result's heat map as a
 * table with the effect in words in every cell (the colour only helps the
 * eye), and the overall consequence per group beside it.
 */
import { Text } from '@react-pdf/renderer';
import type { AssessmentResult } from '../../assessment/result';
import { Rows } from '../rows';
import { styles } from '../styles';
import { Table } from '../table';
import { groupsTable, heatmapTable } from '../tables';
import type { ReportParts } from '../types';
import { absenceText, Empty, PartSection, SectionTitle, type SectionCtx } from './common';

export function Groups({ ctx, part }: { ctx: SectionCtx; part: ReportParts['groups'] }) {
  const { t } = ctx;
  const title = t('report.sections.groups');
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ groups, rows }) => (
        <>
          {groups.length > 0 && (
            <Table {...groupsTable(t, groups)} />
          )}
          <Rows rows={rows} ctx={{ t, lang: ctx.lang, sectionTitle: title }} />
        </>
      )}
    </PartSection>
  );
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface ConsequencesProps {
  ctx: SectionCtx;
  heatmap: AssessmentResult['heatmap'];
  ratings: ReportParts['ratings'];
  /** The affected groups' part: on a branch without groups, say so rather than "no groups added". */
  groups: ReportParts['groups'];
  /** False when the questionnaire has no consequence matrix: the section is left out. */
  hasHeatmap: boolean;
}

export function Consequences({ ctx, heatmap, ratings, groups, hasHeatmap }: ConsequencesProps) {
  const { t } = ctx;
  const title = t('results.heatmap.heading');
  if (!hasHeatmap) return null;
  if (heatmap.groups.length === 0 || heatmap.dimensions.length === 0) {
    if (groups.state === 'not-in-questionnaire') return null;
    return (
      <>
        <SectionTitle title={title} />
        <Empty>{groups.state === 'not-on-branch' ? absenceText(ctx, groups.state) : t('results.heatmap.empty')}</Empty>
      </>
    );
  }
  const letter = (i: number) => LETTERS[i] ?? `${i + 1}`;
  // Letters head the dimension columns (the page is narrow); a legend before the table names them.
  const { dimensions, ...table } = heatmapTable(ctx, heatmap, ratings, letter);
  return (
    <>
      <SectionTitle title={title} />
      <Text>{t('results.heatmap.intro')}</Text>
      <Text style={styles.label}>{t('report.consequences.columns')}</Text>
      {dimensions.map((label, i) => (
        <Text key={heatmap.dimensions[i]} style={styles.small}>{`${letter(i)}  ${label}`}</Text>
      ))}
      <Table {...table} />
    </>
  );
}

/**
 * The affected groups as a table (name, grounds and factors, the item's
 * other answers), then the consequence matrix: the result's heat map as a
 * table with the effect in words in every cell (the colour only helps the
 * eye), and the overall consequence per group beside it.
 */
import { Text } from '@react-pdf/renderer';
import type { AssessmentResult } from '../../assessment/result';
import { Rows } from '../rows';
import { EFFECT_COLOUR, styles } from '../styles';
import { Table, type Column } from '../table';
import type { ReportParts } from '../types';
import { EFFECT_SIGN, effectOf } from '../wording';
import { absenceText, answerLines, Empty, PartSection, SectionTitle, type SectionCtx } from './common';

export function Groups({ ctx, part }: { ctx: SectionCtx; part: ReportParts['groups'] }) {
  const { t } = ctx;
  const title = t('report.sections.groups');
  const columns: Column[] = [
    { header: t('report.groups.name'), width: 27 },
    { header: t('report.groups.factors'), width: 25 },
    { header: t('report.groups.details'), width: 48 },
  ];
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ groups, rows }) => (
        <>
          {groups.length > 0 && (
            <Table
              columns={columns}
              rows={groups.map((g) => ({ key: g.id, cells: [{ lines: [g.name || t('report.unnamedItem')], bold: true }, g.factors, answerLines(g.details)] }))}
            />
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
  const { t, w } = ctx;
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
  const cells = new Map(heatmap.cells.map((c) => [`${c.groupId}\u0000${c.dimension}`, c]));
  const letter = (i: number) => LETTERS[i] ?? `${i + 1}`;
  // The group and rating columns take what they need; the dimensions share the rest.
  const groupWidth = 22;
  const ratingWidth = ratings ? 14 : 0;
  const dimensionWidth = (100 - groupWidth - ratingWidth) / heatmap.dimensions.length;
  const columns: Column[] = [
    { header: t('results.heatmap.groupColumn'), width: groupWidth },
    ...heatmap.dimensions.map((_, i) => ({ header: letter(i), width: dimensionWidth })),
    ...(ratings ? [{ header: ratings.label, width: ratingWidth }] : []),
  ];
  return (
    <>
      <SectionTitle title={title} />
      <Text>{t('results.heatmap.intro')}</Text>
      <Text style={styles.label}>{t('report.consequences.columns')}</Text>
      {heatmap.dimensions.map((d, i) => (
        <Text key={d} style={styles.small}>{`${letter(i)}  ${t(`content:questions.${d}.label`)}`}</Text>
      ))}
      <Table
        columns={columns}
        rows={heatmap.groups.map((g) => ({
          key: g.id,
          cells: [
            { lines: [g.title], bold: true },
            ...heatmap.dimensions.map((d) => {
              const effect = effectOf(cells.get(`${g.id}\u0000${d}`));
              const { background, color } = EFFECT_COLOUR[effect];
              return { lines: [[EFFECT_SIGN[effect], w.effect(effect)].filter(Boolean).join(' ')], style: { backgroundColor: background, color } };
            }),
            ...(ratings ? [ratings.byGroup[g.id] ?? ''] : []),
          ],
        }))}
      />
    </>
  );
}

/**
 * The body's sections fed by the answers (report-parts.ts): the proposal
 * and its alternatives, the screening, the affected groups, the
 * consequences per group (the heat map, with the effect in words in every
 * cell), the evidence with the knowledge gaps, the measures, the follow-up
 * and the overall judgement. A section whose questions the questionnaire
 * does not have at all is left out; one with nothing on the branch taken
 * says why in one line.
 */
import type { Part } from '../types';
import { absenceText, type SectionCtx } from '../section-data';
import type { ReportProps } from '../types';
import { healthBlocks, lensSections } from './lenses';
import { representationSection } from './representation';
import { rowBlocks } from './rows';
import { gapsTable, groupsTable, heatmapTable, indicatorsTable, letter, measuresTable, planTable } from './tables';
import type { AnswerRef, Block, ReportSection, SectionId } from './types';
import { effectOf } from '../wording';

const empty = (text: string): Block => ({ kind: 'paragraph', role: 'empty', text });

function partSection<T>(ctx: SectionCtx, id: SectionId, title: string, part: Part<T>, shows: AnswerRef[], blocks: (value: T) => Block[]): ReportSection[] {
  if (part.state === 'not-in-questionnaire') return [];
  return [{ id, part: 'body', title, blocks: part.state === 'shown' ? blocks(part.value) : [empty(absenceText(ctx, part.state))], shows: part.state === 'shown' ? shows : [] }];
}

export function bodySections(props: ReportProps, ctx: SectionCtx): ReportSection[] {
  const { parts, result, t, lang } = props;
  const rows = (title: string) => ({ t, lang, sectionTitle: title, level: 2 as const });
  const { shows } = parts;

  const proposalTitle = t('report.sections.proposal');
  const proposal = partSection(ctx, 'proposal', proposalTitle, parts.proposal, shows.proposal, ({ rows: r, alternatives }) =>
    rowBlocks([...r, ...(alternatives ? [{ kind: 'group' as const, id: 'alternatives', label: { text: alternatives.label }, items: alternatives.items }] : [])], rows(proposalTitle)),
  );

  const screeningTitle = t('report.sections.screening');
  const screening = partSection(ctx, 'screening', screeningTitle, parts.screening, shows.screening, ({ outcome, justification, rows: r }) => [
    ...(outcome || justification ? [{ kind: 'answers' as const, rows: [outcome, justification].flatMap((a) => (a ? [{ label: a.label, values: a.value }] : [])) }] : []),
    ...rowBlocks(r, rows(screeningTitle)),
  ]);

  const groupsTitle = t('report.sections.groups');
  const groups = partSection(ctx, 'groups', groupsTitle, parts.groups, shows.groups, ({ groups: g, rows: r }) => [...(g.length ? [groupsTable(t, g)] : []), ...rowBlocks(r, rows(groupsTitle))]);

  const evidenceTitle = t('report.sections.evidence');
  // An audit's norms step also holds its dialogues: the norms section prints its other answers.
  const lensRows = new Set(props.lens?.rowIds ?? []);
  const evidenceRows = parts.evidence.state === 'shown' ? parts.evidence.value.rows.filter((r) => !lensRows.has(r.id)) : [];
  // Always there, for the knowledge gaps: a "don't know" can be anywhere on the branch.
  const evidence: ReportSection = {
    id: 'evidence',
    part: 'body',
    title: evidenceTitle,
    blocks: [
      ...(parts.evidence.state === 'shown' ? rowBlocks(evidenceRows, rows(evidenceTitle)) : parts.evidence.state === 'not-in-questionnaire' ? [] : [empty(absenceText(ctx, parts.evidence.state))]),
      { kind: 'heading', level: 2, text: t('report.gaps.heading') },
      ...(result.knowledgeGaps.length ? [{ kind: 'paragraph' as const, text: t('report.gaps.intro') }, gapsTable(ctx, result.knowledgeGaps, parts.itemTitles)] : [empty(t('report.gaps.empty'))]),
    ],
    shows: parts.evidence.state === 'shown' ? shows.evidence : [],
  };

  const measures = partSection(ctx, 'measures', t('report.sections.measures'), parts.measures, shows.measures, ({ measures: m, rows: r }) => [
    m.length ? measuresTable(t, m) : empty(t('report.summary.noMeasures')),
    ...rowBlocks(r, rows(t('report.sections.measures'))),
  ]);

  const followUp = partSection(ctx, 'follow-up', t('report.sections.followUp'), parts.followUp, shows.followUp, ({ indicators, plan }) => [
    { kind: 'heading', level: 2, text: t('report.followUp.indicators') },
    indicators.length ? indicatorsTable(t, indicators) : empty(t('report.empty.noAnswers')),
    { kind: 'heading', level: 2, text: t('report.followUp.plan') },
    plan.length ? planTable(t, plan) : empty(t('report.empty.noAnswers')),
  ]);

  const conclusionTitle = t('report.sections.conclusion');
  const conclusion = partSection(ctx, 'conclusion', conclusionTitle, parts.conclusion, shows.conclusion, ({ rows: r }) => rowBlocks(r, rows(conclusionTitle)));

  return [...proposal, ...screening, ...groups, ...representationSection({ rows: result.representation, threshold: props.underRepresented, t, lang }), ...lensSections(props), ...consequences(props, ctx), evidence, ...measures, ...followUp, ...conclusion];
}

/** The consequence matrix, with a legend of the dimension letters a narrow page heads its columns with. */
function consequences(props: ReportProps, ctx: SectionCtx): ReportSection[] {
  const { parts, result, t } = props;
  const { heatmap, heatmap: { groups, dimensions } } = result;
  const title = t('report.sections.consequences');
  if (!parts.hasHeatmap) return [];
  if (groups.length === 0 || dimensions.length === 0) {
    if (parts.groups.state === 'not-in-questionnaire') return [];
    return [{ id: 'consequences', part: 'body', title, blocks: [empty(parts.groups.state === 'not-on-branch' ? absenceText(ctx, parts.groups.state) : t('report.consequences.empty'))] }];
  }
  // The answers the matrix prints: every effect given, and the overall rating.
  const rated = new Set(Object.keys(parts.ratings?.byGroup ?? {}));
  const shows: AnswerRef[] = [
    ...heatmap.cells.filter((c) => effectOf(c) !== 'not-answered').map((c) => ({ question: c.dimension, item: c.groupId })),
    ...groups.filter((g) => rated.has(g.id)).map((g) => ({ question: parts.ratings!.question, item: g.id })),
  ];
  return [
    {
      id: 'consequences',
      part: 'body',
      title,
      blocks: [
        { kind: 'paragraph', text: t('report.consequences.intro') },
        { kind: 'paragraph', role: 'note', text: t('report.consequences.columns', { count: dimensions.length, last: letter(dimensions.length - 1) }) },
        { kind: 'list', items: dimensions.map((d, i) => `${letter(i)}  ${t(`content:questions.${d}.label`)}`) },
        heatmapTable(ctx, heatmap, parts.ratings),
        ...healthBlocks(props),
      ],
      shows,
    },
  ];
}

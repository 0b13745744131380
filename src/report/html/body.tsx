/**
 * The HTML report's body sections, in the PDF's order and with its words
 * (sections/*.tsx): the proposal, the screening, the affected groups, the
 * consequence matrix, evidence and knowledge gaps, measures, follow-up, the
 * overall judgement and the appendix. The check and the findings are in
 * check.tsx.
 */
import type { ReactNode } from 'react';
import type { AssessmentResult, KnowledgeGap } from '../../assessment/result';
import type { Section as StepSection } from '../../assessment/answer-list';
import { absenceText, type SectionCtx } from '../section-data';
import { gapsTable, groupsTable, heatmapTable, indicatorsTable, measuresTable, planTable } from '../tables';
import { resolveText } from '../text';
import type { Part, ReportParts } from '../types';
import { Answers, Empty, Section, Table } from './parts';
import { HtmlRows } from './rows';

const rowCtx = (ctx: SectionCtx, sectionTitle: string, level = 3) => ({ t: ctx.t, lang: ctx.lang, sectionTitle, level });

/** A section fed by a part of the answers; left out when the questionnaire has no such questions. */
function PartSection<T>({ ctx, title, part, children }: { ctx: SectionCtx; title: string; part: Part<T>; children: (value: T) => ReactNode }) {
  if (part.state === 'not-in-questionnaire') return null;
  return <Section title={title}>{part.state === 'shown' ? children(part.value) : <Empty>{absenceText(ctx, part.state)}</Empty>}</Section>;
}

export function Proposal({ ctx, part }: { ctx: SectionCtx; part: ReportParts['proposal'] }) {
  const title = ctx.t('report.sections.proposal');
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ rows, alternatives }) => (
        <HtmlRows rows={[...rows, ...(alternatives ? [{ kind: 'group' as const, id: 'alternatives', label: { text: alternatives.label }, items: alternatives.items }] : [])]} ctx={rowCtx(ctx, title)} />
      )}
    </PartSection>
  );
}

export function Screening({ ctx, part }: { ctx: SectionCtx; part: ReportParts['screening'] }) {
  const title = ctx.t('report.sections.screening');
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ outcome, justification, rows }) => (
        <>
          {outcome && (
            <dl className="answers">
              <div>
                <dt>{outcome.label}</dt>
                <dd>
                  <p className="value emphasis">{outcome.value.join(', ')}</p>
                </dd>
              </div>
            </dl>
          )}
          {justification && <Answers answers={[justification]} />}
          <HtmlRows rows={rows} ctx={rowCtx(ctx, title)} />
        </>
      )}
    </PartSection>
  );
}

export function Groups({ ctx, part }: { ctx: SectionCtx; part: ReportParts['groups'] }) {
  const { t } = ctx;
  const title = t('report.sections.groups');
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ groups, rows }) => (
        <>
          {groups.length > 0 && <Table caption={t('htmlReport.caption.groups')} data={groupsTable(t, groups)} />}
          <HtmlRows rows={rows} ctx={rowCtx(ctx, title)} />
        </>
      )}
    </PartSection>
  );
}

interface ConsequencesProps {
  ctx: SectionCtx;
  heatmap: AssessmentResult['heatmap'];
  ratings: ReportParts['ratings'];
  groups: ReportParts['groups'];
  hasHeatmap: boolean;
}

/** The heat map as a table; on screen the dimensions head their columns by name (the PDF uses letters and a legend). */
export function Consequences({ ctx, heatmap, ratings, groups, hasHeatmap }: ConsequencesProps) {
  const { t } = ctx;
  const title = t('results.heatmap.heading');
  if (!hasHeatmap) return null;
  if (heatmap.groups.length === 0 || heatmap.dimensions.length === 0) {
    if (groups.state === 'not-in-questionnaire') return null;
    return (
      <Section title={title}>
        <Empty>{groups.state === 'not-on-branch' ? absenceText(ctx, groups.state) : t('results.heatmap.empty')}</Empty>
      </Section>
    );
  }
  const { dimensions: _labels, ...table } = heatmapTable(ctx, heatmap, ratings, (i) => t(`content:questions.${heatmap.dimensions[i]}.label`));
  return (
    <Section title={title}>
      <p>{t('results.heatmap.intro')}</p>
      <Table caption={t('htmlReport.caption.heatmap')} data={table} />
    </Section>
  );
}

interface EvidenceProps {
  ctx: SectionCtx;
  part: ReportParts['evidence'];
  gaps: KnowledgeGap[];
  itemTitles: Record<string, string>;
}

export function Evidence({ ctx, part, gaps, itemTitles }: EvidenceProps) {
  const { t } = ctx;
  const title = t('report.sections.evidence');
  return (
    <Section title={title}>
      {part.state === 'shown' ? (
        <HtmlRows rows={part.value.rows} ctx={rowCtx(ctx, title)} />
      ) : part.state === 'not-in-questionnaire' ? null : (
        <Empty>{absenceText(ctx, part.state)}</Empty>
      )}
      <h3>{t('results.gapsHeading')}</h3>
      {gaps.length === 0 ? (
        <Empty>{t('results.gapsEmpty')}</Empty>
      ) : (
        <>
          <p>{t('results.gapsIntro')}</p>
          <Table caption={t('htmlReport.caption.gaps')} data={gapsTable(ctx, gaps, itemTitles)} />
        </>
      )}
    </Section>
  );
}

export function Measures({ ctx, part }: { ctx: SectionCtx; part: ReportParts['measures'] }) {
  const { t } = ctx;
  const title = t('report.sections.measures');
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ measures, rows }) => (
        <>
          {measures.length ? <Table caption={t('htmlReport.caption.measures')} data={measuresTable(t, measures)} /> : <Empty>{t('report.summary.noMeasures')}</Empty>}
          <HtmlRows rows={rows} ctx={rowCtx(ctx, title)} />
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
          <h3>{t('report.followUp.indicators')}</h3>
          {indicators.length ? <Table caption={t('htmlReport.caption.indicators')} data={indicatorsTable(t, indicators)} /> : <Empty>{t('report.empty.noAnswers')}</Empty>}
          <h3>{t('report.followUp.plan')}</h3>
          {plan.length ? <Table caption={t('htmlReport.caption.plan')} data={planTable(t, plan)} /> : <Empty>{t('report.empty.noAnswers')}</Empty>}
        </>
      )}
    </PartSection>
  );
}

export function Conclusion({ ctx, part }: { ctx: SectionCtx; part: ReportParts['conclusion'] }) {
  const title = ctx.t('report.sections.conclusion');
  return (
    <PartSection ctx={ctx} title={title} part={part}>
      {({ rows }) => <HtmlRows rows={rows} ctx={rowCtx(ctx, title)} />}
    </PartSection>
  );
}

/** Every question and answer of the branch taken, a heading per step. */
export function Appendix({ ctx, sections }: { ctx: SectionCtx; sections: StepSection[] }) {
  const { t } = ctx;
  return (
    <Section title={t('report.sections.appendix')}>
      <p className="muted">{t('report.appendix.intro')}</p>
      {sections.map((section) => {
        const heading = resolveText(t, section.title);
        return (
          <div key={section.stepId} className="step">
            <h3>{heading}</h3>
            {section.rows.length ? <HtmlRows rows={section.rows} ctx={rowCtx(ctx, heading, 4)} /> : <Empty>{t('report.emptySection')}</Empty>}
          </div>
        );
      })}
    </Section>
  );
}

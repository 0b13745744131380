/**
 * The whole HTML report as one element, in the PDF's order (document.tsx):
 * cover, summary, the body's sections, the appendix, and a footer saying
 * when it was made and that the file carries the assessment. Fed by the same
 * `ReportProps` as the PDF, so both say the same.
 */
import type { SectionCtx } from '../section-data';
import type { ReportProps } from '../types';
import { wording } from '../wording';
import { Appendix, Conclusion, Consequences, Evidence, FollowUp, Groups, Measures, Proposal, Screening } from './body';
import { Check, Findings, KnownGaps } from './check';
import { Cover, Summary } from './front';

export function HtmlReport({ title, meta, result, summary, parts, sections, createdAt, t, lang }: ReportProps) {
  const ctx: SectionCtx = { t, lang, w: wording(t, lang), depth: result.depth };
  const shownTitle = title.trim() || t('report.untitled');
  const date = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(createdAt);
  return (
    <>
      <Cover title={shownTitle} meta={meta} t={t} />
      <main>
        <Summary ctx={ctx} meta={meta} result={result} summary={summary} measures={parts.measures} />
        <KnownGaps ctx={ctx} result={result} />
        <Proposal ctx={ctx} part={parts.proposal} />
        <Screening ctx={ctx} part={parts.screening} />
        <Groups ctx={ctx} part={parts.groups} />
        <Consequences ctx={ctx} heatmap={result.heatmap} ratings={parts.ratings} groups={parts.groups} hasHeatmap={parts.hasHeatmap} />
        <Evidence ctx={ctx} part={parts.evidence} gaps={result.knowledgeGaps} itemTitles={parts.itemTitles} />
        <Check ctx={ctx} result={result} />
        <Findings ctx={ctx} findings={result.findings} />
        <Measures ctx={ctx} part={parts.measures} />
        <FollowUp ctx={ctx} part={parts.followUp} />
        <Conclusion ctx={ctx} part={parts.conclusion} />
        <Appendix ctx={ctx} sections={sections} />
      </main>
      <footer>
        <p>{t('htmlReport.footer', { app: t('app.name'), date })}</p>
        <p>{t('htmlReport.reimport')}</p>
      </footer>
    </>
  );
}

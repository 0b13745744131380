/**
 * The report model, built once from the report's props: every decision of
 * what the report says (its sections and their order, headings, the lines
 * of empty sections, tables and their cells, the check's cards, the gaps
 * found, the summary's lists, the appendix) is made here, so the PDF, the
 * HTML page and the Word file say the same. Pure: no React, no I/O.
 *
 * Order: cover · summary · the serious gaps it was completed with (if any)
 * · the proposal · screening · affected groups · an audit's representation,
 * resources, norms and barriers · consequences · evidence
 * and knowledge gaps · the check · the gaps found · measures · follow-up ·
 * overall judgement · appendix.
 */
import type { SectionCtx } from '../section-data';
import type { ReportProps } from '../types';
import { wording } from '../wording';
import { appendix, type AppendixMode } from './appendix';
import { bodySections } from './body';
import { check, findings, knownGaps } from './check';
import { cover, summary } from './front';
import type { ReportModel, ReportSection } from './types';

export type { AppendixMode } from './appendix';

export interface ModelOptions {
  /** `unique`: the appendix lists only answers the body does not print; `all`: every answer. */
  appendix: AppendixMode;
}

export function reportModel(props: ReportProps, options: ModelOptions = { appendix: 'unique' }): ReportModel {
  const { t, lang, meta, result, createdAt } = props;
  const ctx: SectionCtx = { t, lang, w: wording(t, lang, 'committee'), depth: result.depth };
  // An audit is titled by the service it examines ("Granskning av jämlikheten i hemtjänsten i Norrby").
  const title = meta.service ? t('report.serviceTitle', { service: meta.service }) : props.title.trim() || t('report.untitled');
  const appName = t('app.name');
  const [proposal = [], rest = []] = splitAt(bodySections(props, ctx), 'evidence');
  const body: ReportSection[] = [...knownGaps(ctx, result), ...proposal, ...rest.slice(0, 1), check(props, ctx), findings(ctx, result.findings), ...rest.slice(1)];
  const front = [cover(props, title), summary(props, ctx)];
  const date = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(createdAt);
  return {
    lang,
    title,
    properties: { author: meta.organisation ?? appName, subject: t('report.subject', { questionnaire: meta.questionnaireTitle }), keywords: t('report.keywords'), creator: appName, createdAt },
    sections: [...front, ...body, appendix(props, options.appendix, [...front, ...body])],
    furniture: {
      header: title,
      footer: appName,
      pageOf: (page, total) => t('report.pageOf', { page, total }),
      continued: (heading) => t('report.appendix.continued', { step: heading }),
      colophon: [t('htmlReport.footer', { app: appName, date }), t('htmlReport.reimport')],
    },
  };
}

/** The sections before the one with `id`, and from it on. */
function splitAt(sections: ReportSection[], id: ReportSection['id']): [ReportSection[], ReportSection[]] {
  const at = sections.findIndex((s) => s.id === id);
  return at < 0 ? [sections, []] : [sections.slice(0, at), sections.slice(at)];
}

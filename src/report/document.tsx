/**
 * The impact assessment report as a react-pdf document, in this order:
 * cover; one-page summary; the serious gaps it was completed with, if any;
 * the proposal and its alternatives; screening;
 * affected groups and the consequence matrix; evidence, dialogue and
 * knowledge gaps; the check against the five recommendations; all findings;
 * measures; follow-up; the overall judgement; and, as an appendix, every
 * question and answer of the branch taken. A running header (the title) and
 * footer (page x of y) repeat on every page. Fonts are registered by the
 * entry that renders it (`browser.ts`, `node.ts`), not here.
 *
 * Why several `<Page>`s: react-pdf 4.9 lays out all the rest of a `<Page>`
 * again at every page break (the page-number footer makes it re-render), so
 * the time grows with the square of a `<Page>`'s length. The cover and the
 * summary are a page each; the body's sections and the appendix's steps are
 * grouped into `<Page>`s of about ten pages (estimate.ts), each starting on
 * a new page, which keeps a long report linear and a short one compact.
 */
import { Document, Page, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement, type ReactNode } from 'react';
import { bodyLines, chunkBy } from './estimate';
import { appendixChunks, Appendix } from './sections/appendix';
import { Check } from './sections/check';
import { type SectionCtx } from './sections/common';
import { Conclusion } from './sections/conclusion';
import { Cover } from './sections/cover';
import { Evidence } from './sections/evidence';
import { Findings, KnownGaps } from './sections/findings';
import { Consequences, Groups } from './sections/groups';
import { FollowUp, Measures } from './sections/measures';
import { Proposal, Screening } from './sections/proposal';
import { Summary } from './sections/summary';
import { styles } from './styles';
import type { ReportProps, Translate } from './types';
import { wording } from './wording';

/** An A4 page (or run of pages) with the running header and footer. */
function ReportPage({ title, t, children }: { title: string; t: Translate; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page}>
      <Text style={styles.header} fixed>
        {title}
      </Text>
      <View style={styles.body}>{children}</View>
      <View style={styles.footer} fixed>
        <Text>{t('app.name')}</Text>
        <Text render={({ pageNumber, totalPages }) => t('report.pageOf', { page: pageNumber, total: totalPages })} />
      </View>
    </Page>
  );
}

type BodyKey = keyof ReturnType<typeof bodyLines>;

interface BodySection {
  key: BodyKey;
  lines: number;
  /** `first`: the section opens its <Page>. */
  render: (first: boolean) => ReactNode;
}

/** Sections that belong together; each chapter opens a <Page> unless it is short. */
const CHAPTERS: BodyKey[][] = [['knownGaps'], ['proposal', 'screening'], ['groups', 'consequences'], ['evidence'], ['check'], ['findings', 'measures'], ['followUp', 'conclusion']];
/** Chapters are packed into one <Page> while together they fill at most about a page. */
const PAGE_LINES = 40;
/** A chapter longer than about four pages gives each of its sections a <Page> of its own. */
const CHAPTER_LINES = 160;

/**
 * The body's <Page>s: one per chapter (a few pages each, so rendering stays
 * fast), one per section in a long chapter (40 affected groups), and short
 * chapters (a branch without an analysis) sharing a <Page> instead of
 * leaving half-empty pages.
 */
function bodyPages(body: BodySection[]): BodySection[][] {
  const size = (sections: BodySection[]) => sections.reduce((n, b) => n + b.lines, 0);
  const chapters = CHAPTERS.map((keys) => body.filter((b) => keys.includes(b.key)))
    .filter((chapter) => chapter.length > 0)
    .flatMap((chapter) => (size(chapter) > CHAPTER_LINES ? chapter.map((b) => [b]) : [chapter]));
  return chunkBy(chapters, size, PAGE_LINES).map((run) => run.flat());
}

export function AssessmentDocument({ title, meta, result, summary, parts, sections, createdAt, t, lang }: ReportProps) {
  const shownTitle = title.trim() || t('report.untitled');
  const appName = t('app.name');
  const ctx: SectionCtx = { t, lang, w: wording(t, lang), depth: result.depth };
  const page = { title: shownTitle, t };
  const lines = bodyLines(parts, result);
  // The body's sections in order, with their rough size, to be grouped into <Page>s (see bodyPages).
  const inQuestionnaire = (part: { state: string }) => part.state !== 'not-in-questionnaire';
  const all: BodySection[] = [
    { key: 'knownGaps', lines: lines.knownGaps, render: () => <KnownGaps ctx={ctx} result={result} /> },
    { key: 'proposal', lines: lines.proposal, render: () => <Proposal ctx={ctx} part={parts.proposal} /> },
    { key: 'screening', lines: lines.screening, render: () => <Screening ctx={ctx} part={parts.screening} /> },
    { key: 'groups', lines: lines.groups, render: () => <Groups ctx={ctx} part={parts.groups} /> },
    {
      key: 'consequences',
      lines: lines.consequences,
      render: () => <Consequences ctx={ctx} heatmap={result.heatmap} ratings={parts.ratings} groups={parts.groups} hasHeatmap={parts.hasHeatmap} />,
    },
    { key: 'evidence', lines: lines.evidence, render: () => <Evidence ctx={ctx} part={parts.evidence} gaps={result.knowledgeGaps} itemTitles={parts.itemTitles} /> },
    // A `break` on the first element of a <Page> would leave a blank page: only when something precedes it.
    { key: 'check', lines: lines.check, render: (first) => <Check ctx={ctx} result={result} newPage={!first} /> },
    { key: 'findings', lines: lines.findings, render: () => <Findings ctx={ctx} findings={result.findings} /> },
    { key: 'measures', lines: lines.measures, render: () => <Measures ctx={ctx} part={parts.measures} /> },
    { key: 'followUp', lines: lines.followUp, render: () => <FollowUp ctx={ctx} part={parts.followUp} /> },
    { key: 'conclusion', lines: lines.conclusion, render: () => <Conclusion ctx={ctx} part={parts.conclusion} /> },
  ];
  // Sections the questionnaire has no questions for render nothing: a <Page> of them alone would be blank.
  const present: Partial<Record<BodyKey, boolean>> = {
    knownGaps: Boolean(result.knownGaps),
    proposal: inQuestionnaire(parts.proposal),
    screening: inQuestionnaire(parts.screening),
    groups: inQuestionnaire(parts.groups),
    consequences: parts.hasHeatmap,
    measures: inQuestionnaire(parts.measures),
    followUp: inQuestionnaire(parts.followUp),
    conclusion: inQuestionnaire(parts.conclusion),
  };
  const body = all.filter((b) => present[b.key] ?? true);
  return (
    <Document
      title={shownTitle}
      author={meta.organisation ?? appName}
      subject={t('report.subject', { questionnaire: meta.questionnaireTitle })}
      keywords={t('report.keywords')}
      language={lang}
      creator={appName}
      producer={appName}
      creationDate={createdAt}
    >
      <ReportPage {...page}>
        <Cover title={shownTitle} meta={meta} t={t} />
      </ReportPage>
      <ReportPage {...page}>
        <Summary ctx={ctx} meta={meta} result={result} summary={summary} measures={parts.measures} />
      </ReportPage>
      {bodyPages(body).map((chunk) => (
        <ReportPage key={chunk[0]!.key} {...page}>
          {chunk.map((b, i) => (
            <Fragment key={b.key}>{b.render(i === 0)}</Fragment>
          ))}
        </ReportPage>
      ))}
      {appendixChunks(sections).map((chunk, i) => (
        <ReportPage key={i} {...page}>
          <Appendix ctx={ctx} parts={chunk} first={i === 0} />
        </ReportPage>
      ))}
    </Document>
  );
}

/**
 * The document as an element for `pdf()` / `renderToBuffer()`. Built in a
 * .tsx file so the entries need no cast (a `createElement` result is not
 * typed as a `<Document>` element).
 */
export function reportDocument(props: ReportProps): ReactElement<DocumentProps> {
  return <AssessmentDocument {...props} />;
}

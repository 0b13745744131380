/**
 * The Word beslutsunderlag: a selection of the report model for the
 * tjänsteskrivelse, or (`scope: 'full'`) the whole report. Pure: it takes
 * the model and the report's props, and words only what a Word file adds
 * (its subtitle, the statuses table's headers, the source note) from
 * `docx.*`.
 *
 * The selection: the decision text (each block under its own heading), the
 * summary (verdict, the five statuses in words, the most serious gaps, the
 * main measures, the follow-up date), the gaps it was completed with, the
 * consequences per group (the table and its legend) and the table of
 * measures. Not the appendix, not the check's cards: the full report has
 * those.
 */
import { reportModel } from '../model/build';
import type { ReportModel, ReportSection, SectionId } from '../model/types';
import { requestProps, type ReportRequest } from '../report-input';
import type { ReportProps } from '../types';
import { packDocx } from './pack';
import { docxDocument, WORD_LANGUAGE, type DocxTexts } from './render';

export type DocxScope = 'decision' | 'full';

/** Sections taken whole (the consequences with the legend of their column letters). */
const WHOLE: ReadonlySet<SectionId> = new Set(['decision', 'summary', 'known-gaps', 'consequences']);
/** Sections of which only the tables are taken, under the section's title. */
const TABLES: ReadonlySet<SectionId> = new Set(['measures']);

/**
 * The decision text first, as a section of its own: its blocks' headings
 * then sit right under a Heading 1, at the level an official's template
 * has them. The heading that introduces them in the summary becomes the
 * section's title.
 */
function liftDecision(sections: ReportSection[]): ReportSection[] {
  if (sections.some((s) => s.id === 'decision')) return sections;
  const home = sections.find((s) => s.blocks.some((b) => b.kind === 'decision'));
  if (!home) return sections;
  const first = home.blocks.findIndex((b) => b.kind === 'decision');
  const intro = home.blocks[first - 1];
  const title = intro?.kind === 'heading' ? intro.text : home.title;
  const from = intro?.kind === 'heading' ? first - 1 : first;
  const decision: ReportSection = { id: 'decision', part: home.part, title, blocks: home.blocks.filter((b) => b.kind === 'decision') };
  const rest = { ...home, blocks: home.blocks.filter((b, i) => i < from || (i > from && b.kind !== 'decision')) };
  return [decision, ...sections.map((s) => (s === home ? rest : s))];
}

export function decisionSections(model: ReportModel): ReportSection[] {
  return liftDecision(
    model.sections.flatMap((s): ReportSection[] => {
      if (WHOLE.has(s.id)) return [s];
      if (!TABLES.has(s.id)) return [];
      const tables = s.blocks.filter((b) => b.kind === 'table');
      return tables.length ? [{ ...s, blocks: tables }] : [];
    }),
  );
}

export function docxTexts(props: Pick<ReportProps, 't' | 'lang' | 'meta' | 'createdAt'>, scope: DocxScope): DocxTexts {
  const { t, lang, meta, createdAt } = props;
  const date = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(createdAt);
  return {
    subtitle: t('docx.subtitle'),
    statusColumns: {
      caption: t('docx.statuses.caption'),
      recommendation: t('docx.statuses.recommendation'),
      status: t('docx.statuses.status'),
      share: t('docx.statuses.share'),
    },
    source: {
      heading: t('docx.source.heading'),
      paragraphs: [
        t('docx.source.made', { app: t('app.name'), date }),
        t('docx.source.questionnaire', {
          questionnaire: meta.questionnaireTitle,
          version: meta.contentVersion,
          framework: meta.frameworkTitle,
          frameworkVersion: meta.frameworkVersion,
        }),
        t(scope === 'full' ? 'docx.source.full' : 'docx.source.selection'),
      ],
    },
  };
}

/** The .docx file's bytes. */
export async function decisionDocx(model: ReportModel, props: Pick<ReportProps, 't' | 'lang' | 'meta' | 'createdAt'>, scope: DocxScope = 'decision'): Promise<Uint8Array> {
  const sections = scope === 'full' ? model.sections : decisionSections(model);
  return packDocx(docxDocument(model, sections, docxTexts(props, scope)), WORD_LANGUAGE[model.lang]);
}

/** The report's model built as the PDF and HTML build it, and drawn as a .docx. */
export async function requestDocx(request: ReportRequest, scope: DocxScope = 'decision'): Promise<{ bytes: Uint8Array; title: string }> {
  const props = requestProps(request);
  const model = reportModel(props);
  return { bytes: await decisionDocx(model, props, scope), title: model.title };
}

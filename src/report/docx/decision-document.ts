/**
 * The Word beslutsunderlag: a selection of the report model for the
 * tjänsteskrivelse, or (`scope: 'full'`) the whole report. Pure: it takes
 * the model and the report's props, and words only what a Word file adds
 * (its subtitle, the statuses table's headers, the source note) from
 * `docx.*`.
 *
 * The selection: the decision text (each block under its own heading), the
 * summary (verdict, the five statuses in words, the most serious gaps, the
 * main measures, the follow-up date), the gaps it was completed with, and
 * the tables of the consequences per group and of the measures. Not the
 * appendix, not the check's cards: the full report has those.
 */
import type { ReportProps } from '../types';
import type { ReportModel, ReportSection, SectionId } from '../model/types';
import { packDocx } from './pack';
import { docxDocument, WORD_LANGUAGE, type DocxTexts } from './render';

export type DocxScope = 'decision' | 'full';

/** Sections taken whole. */
const WHOLE: ReadonlySet<SectionId> = new Set(['decision', 'summary', 'known-gaps']);
/** Sections of which only the tables are taken, under the section's title. */
const TABLES: ReadonlySet<SectionId> = new Set(['consequences', 'measures']);

export function decisionSections(model: ReportModel): ReportSection[] {
  return model.sections.flatMap((s): ReportSection[] => {
    if (WHOLE.has(s.id)) return [s];
    if (!TABLES.has(s.id)) return [];
    const tables = s.blocks.filter((b) => b.kind === 'table');
    return tables.length ? [{ ...s, blocks: tables }] : [];
  });
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

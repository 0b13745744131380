/**
 * The follow-up addendum as files: the PDF (react-pdf, the assessment
 * attached so the file can be imported again, as the report does), the
 * self-contained HTML page (the report's accessible page, the assessment in
 * its inert data block) and the Word file (the report's docx renderer).
 * Fonts are the caller's to register, as for the report.
 */
import { pdf } from '@react-pdf/renderer';
import { renderToStaticMarkup } from 'react-dom/server';
import { htmlDataBlock } from '../../assessment/html-embed';
import { embedAssessment } from '../../assessment/pdf-embed';
import { packDocx } from '../docx/pack';
import { docxDocument, WORD_LANGUAGE } from '../docx/render';
import { escapeHtml } from '../html';
import { REPORT_CSS } from '../html/css';
import { HtmlReport } from '../html/document';
import type { ReportSection } from '../model/types';
import { printable, type Covers } from '../printable';
import type { Translate } from '../types';
import { ADDENDUM_SECTIONS, type FollowUpModel, type FollowUpRequest } from './model';
import { followUpDocument } from './pdf';

/** Every string of the model made printable with the PDF's fonts (the user's words may hold any character). */
export function printableModel(model: FollowUpModel, covers: Covers): FollowUpModel {
  const p = (text: string) => printable(text, covers);
  const deep = <T,>(value: T): T => {
    if (typeof value === 'string') return p(value) as T;
    if (Array.isArray(value)) return value.map(deep) as T;
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)])) as T;
    }
    return value;
  };
  return { ...model, title: p(model.title), sections: deep(model.sections), charts: deep(model.charts), furniture: { ...model.furniture, header: p(model.furniture.header) } };
}

/**
 * The PDF's bytes with the assessment attached, so the file can be imported
 * again like the report; `covers` from `prepareFonts()`, `attaching` told
 * when the drawing is done and the attaching starts.
 */
export async function followUpPdf(model: FollowUpModel, request: FollowUpRequest, covers: Covers, attaching: () => void = () => {}): Promise<Uint8Array> {
  const rendered = new Uint8Array(await (await pdf(followUpDocument(printableModel(model, covers))).toBlob()).arrayBuffer());
  attaching();
  return embedAssessment(rendered, request.assessment);
}

/** The addendum as one self-contained HTML page that also carries the assessment. */
export function followUpHtml(model: FollowUpModel, request: FollowUpRequest): string {
  const body = renderToStaticMarkup(<HtmlReport model={model} />);
  return [
    '<!doctype html>',
    `<html lang="${model.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(model.properties.creator)}">`,
    `<meta name="description" content="${escapeHtml(model.properties.subject)}">`,
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    htmlDataBlock(request.assessment),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The Word file's bytes: the cover's facts under a heading of their own, as the title is the document's. */
export async function followUpDocx(model: FollowUpModel, t: Translate): Promise<Uint8Array> {
  const sections: ReportSection[] = model.sections.map((s) => (s.id === ADDENDUM_SECTIONS.cover ? { ...s, title: t('followUpReport.sections.about') } : s));
  const cover = model.sections.find((s) => s.id === ADDENDUM_SECTIONS.cover);
  const date = new Intl.DateTimeFormat(model.lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(model.properties.createdAt);
  const texts = {
    subtitle: cover?.kicker ?? '',
    // The addendum has no statuses block; the renderer asks for these words all the same.
    statusColumns: { caption: '', recommendation: '', status: '', share: '' },
    source: { heading: t('docx.source.heading'), paragraphs: [t('docx.source.made', { app: t('app.name'), date })] },
  };
  return packDocx(docxDocument(model, sections, texts), WORD_LANGUAGE[model.lang]);
}

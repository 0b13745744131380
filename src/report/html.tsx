/**
 * The HTML report: the same content as the PDF in a self-contained web page
 * that a screen reader can read (real headings in order, tables with
 * captions and header cells, `lang` on the page), since react-pdf cannot
 * make a tagged PDF. One file: the stylesheet is inline, nothing is
 * fetched, no script is needed to read it, and the assessment travels in it
 * as an inert JSON block, so the file can be imported again.
 *
 * Reach it only through `await import('../report/html')`: it pulls in
 * react-dom/server, which the first page load does not need.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { htmlDataBlock } from '../assessment/html-embed';
import { REPORT_CSS } from './html/css';
import { HtmlReport } from './html/document';
import { requestModel, type ReportRequest } from './report-input';

export type { ReportRequest } from './report-input';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The assessment's report as a complete HTML document. */
export function assessmentHtml(request: ReportRequest, createdAt: Date = new Date()): string {
  const model = requestModel(request, undefined, createdAt);
  const { lang, properties } = model;
  const body = renderToStaticMarkup(<HtmlReport model={model} />);
  const kicker = model.sections.find((s) => s.id === 'cover')?.kicker ?? '';
  // The head is written here rather than by React, which would escape the stylesheet's text.
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(properties.creator)}">`,
    `<meta name="description" content="${escapeHtml(properties.subject)}">`,
    `<title>${escapeHtml(`${model.title} – ${kicker}`)}</title>`,
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

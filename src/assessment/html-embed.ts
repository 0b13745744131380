/**
 * The HTML report doubles as a save file, as the PDF does: the assessment's
 * JSON sits in the page as an inert data block
 * (`<script type="application/json" id="assessment-data">`), which no
 * browser runs and this tool can read back. Inside it, `<`, `>` and `&` are
 * written as JSON escapes, so no text the user typed can end the block or
 * turn into markup; `JSON.parse` turns them back into the same characters.
 */
import type { Parsed } from '../questionnaire/load';
import type { Assessment } from './assessment';
import { exportJson, parseAssessmentJson } from './export-file';

/** The id of the data block in the HTML report. */
export const HTML_DATA_ID = 'assessment-data';

const DATA_BLOCK = new RegExp(`<script\\b[^>]*\\bid=["']?${HTML_DATA_ID}["']?[^>]*>([\\s\\S]*?)</script\\s*>`, 'i');

/** The assessment as an inert JSON data block for an HTML page. */
export function htmlDataBlock(assessment: Assessment): string {
  const json = exportJson(assessment).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/json" id="${HTML_DATA_ID}">${json}</script>`;
}

/** Whether a file's text looks like an HTML page (then it is read as an HTML report). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i.test(text.replace(/^\uFEFF/, ''));
}

/** The JSON text of the data block, or undefined when the page has none. */
export function extractHtmlJson(html: string): string | undefined {
  return DATA_BLOCK.exec(html)?.[1];
}

/** Reads an assessment back from an HTML report made by this tool: the same checks as a JSON import. */
export function assessmentFromHtml(html: string): Parsed<Assessment> {
  const json = extractHtmlJson(html);
  if (json === undefined) return { ok: false, problems: [{ code: 'file.no-html-data', path: '$' }] };
  return parseAssessmentJson(json);
}

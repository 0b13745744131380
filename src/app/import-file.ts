/**
 * Reading a file the user picked: a JSON export, or a PDF or HTML report
 * made by the tool (its embedded assessment). Files above the size limit are refused before
 * they are read; pdf-lib is loaded only for PDFs.
 */
import type { Assessment } from '../assessment/assessment';
import { parseAssessmentJson } from '../assessment/export-file';
import { assessmentFromHtml, looksLikeHtml } from '../assessment/html-embed';
import type { Parsed } from '../questionnaire/load';
import { questionnaires } from '../questionnaire/catalogue';

/** The largest file we read: far above any real assessment, well below what hurts a browser tab. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const isPdf = (bytes: Uint8Array) => bytes.length > 4 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';

export async function readAssessmentFile(file: Blob): Promise<Parsed<Assessment>> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, problems: [{ code: 'file.too-large', path: '$', params: { limit: MAX_IMPORT_BYTES / 1024 / 1024 } }] };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let parsed: Parsed<Assessment>;
  if (isPdf(bytes)) {
    const { assessmentFromPdf } = await import('../assessment/pdf-embed');
    parsed = await assessmentFromPdf(bytes);
  } else {
    const text = new TextDecoder().decode(bytes);
    parsed = looksLikeHtml(text) ? assessmentFromHtml(text) : parseAssessmentJson(text);
  }
  if (parsed.ok && !questionnaires.some((q) => q.id === parsed.value.questionnaire.id)) {
    return { ok: false, problems: [{ code: 'ref.questionnaire', path: '$.questionnaire.id', params: { id: parsed.value.questionnaire.id } }] };
  }
  return parsed;
}

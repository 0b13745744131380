/**
 * Reading a file the user picked: a JSON export, or a PDF or HTML report
 * made by the tool (its embedded assessment). Files above the size limit are
 * refused before they are read; pdf-lib is loaded only for PDFs. Files,
 * worked examples and share links all pass through the same checks. An
 * assessment made under another version of its questionnaire is moved to the
 * current one, and one answered with question packs onto the packs this
 * copy has, with what either cannot hold set aside (src/assessment/earlier.ts,
 * packs.ts). The packs in use must have loaded first (`loadPackSetup()`).
 */
import type { Assessment } from '../assessment/assessment';
import { parseAssessmentJson } from '../assessment/export-file';
import { assessmentFromHtml, looksLikeHtml } from '../assessment/html-embed';
import type { Parsed } from '../questionnaire/load';
import { onThisCopy } from './questionnaire-for';

/** The largest file we read: far above any real assessment, well below what hurts a browser tab. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const isPdf = (bytes: Uint8Array) => bytes.length > 4 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';

export async function readAssessmentFile(file: Blob): Promise<Parsed<Assessment>> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, problems: [{ code: 'file.too-large', path: '$', params: { limit: MAX_IMPORT_BYTES / 1024 / 1024 } }] };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isPdf(bytes)) {
    const { assessmentFromPdf } = await import('../assessment/pdf-embed');
    return onCurrentQuestionnaire(await assessmentFromPdf(bytes));
  }
  const text = new TextDecoder().decode(bytes);
  if (looksLikeHtml(text)) return onCurrentQuestionnaire(assessmentFromHtml(text));
  return checkAssessmentText(text);
}

/** Checks an assessment's JSON text (a file, an example, a share link): the schema, then that this version has its questionnaire. */
export function checkAssessmentText(text: string): Parsed<Assessment> {
  return onCurrentQuestionnaire(parseAssessmentJson(text));
}

function onCurrentQuestionnaire(parsed: Parsed<Assessment>): Parsed<Assessment> {
  if (!parsed.ok) return parsed;
  const here = onThisCopy(parsed.value);
  if (!here) {
    return { ok: false, problems: [{ code: 'ref.questionnaire', path: '$.questionnaire.id', params: { id: parsed.value.questionnaire.id } }] };
  }
  return { ok: true, value: here.assessment };
}

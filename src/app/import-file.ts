/**
 * Reading a file the user picked: a JSON export or a PDF made by the tool
 * (its embedded assessment). Files above the size limit are refused before
 * they are read; pdf-lib is loaded only for PDFs. An assessment made under
 * another version of its questionnaire is moved to the current one, with
 * what that version cannot hold set aside (src/assessment/earlier.ts).
 */
import type { Assessment } from '../assessment/assessment';
import { adoptContentVersion } from '../assessment/earlier';
import { parseAssessmentJson } from '../assessment/export-file';
import type { Parsed } from '../questionnaire/load';
import { framework, questionnaires } from '../questionnaire/catalogue';

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
    parsed = parseAssessmentJson(new TextDecoder().decode(bytes));
  }
  if (!parsed.ok) return parsed;
  const questionnaire = questionnaires.find((q) => q.id === parsed.value.questionnaire.id);
  if (!questionnaire) {
    return { ok: false, problems: [{ code: 'ref.questionnaire', path: '$.questionnaire.id', params: { id: parsed.value.questionnaire.id } }] };
  }
  return { ok: true, value: adoptContentVersion(questionnaire, framework, parsed.value) };
}

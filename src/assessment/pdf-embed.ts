/**
 * The PDF doubles as a save file: the assessment's JSON travels inside it as
 * a standard PDF file attachment (EmbeddedFiles), which any PDF reader can
 * show and this tool can read back. pdf-lib does the PDF surgery; it is
 * loaded only with the PDF code or the import path, never on first load.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString, decodePDFRawStream } from 'pdf-lib';
import type { Parsed } from '../questionnaire/load';
import type { Assessment } from './assessment';
import { EMBEDDED_NAME, exportJson, parseAssessmentJson } from './export-file';

/** Returns the PDF with the assessment attached as `assessment.json`. */
export async function embedAssessment(pdf: Uint8Array, assessment: Assessment): Promise<Uint8Array> {
  // updateMetadata: false keeps the report's own title, author and dates.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  await doc.attach(new TextEncoder().encode(exportJson(assessment)), EMBEDDED_NAME, {
    mimeType: 'application/json',
    description: 'Jämlikhetskollen assessment',
    creationDate: new Date(assessment.updatedAt),
    modificationDate: new Date(assessment.updatedAt),
  });
  return doc.save({ updateFieldAppearances: false });
}

/** The text of the embedded `assessment.json`, or undefined when the PDF has none. Throws on a PDF that cannot be read. */
export async function extractEmbeddedJson(pdf: Uint8Array): Promise<string | undefined> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const embedded = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const list = embedded?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!list) return undefined;
  // The name tree's leaf is a flat array: name, file spec, name, file spec …
  for (let i = 0; i + 1 < list.size(); i += 2) {
    const name = list.lookup(i);
    const text = name instanceof PDFString || name instanceof PDFHexString ? name.decodeText() : '';
    if (text !== EMBEDDED_NAME) continue;
    const spec = list.lookup(i + 1, PDFDict);
    const files = spec.lookup(PDFName.of('EF'), PDFDict);
    const stream = files.lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) return undefined;
    return new TextDecoder().decode(decodePDFRawStream(stream).decode());
  }
  return undefined;
}

/** Reads an assessment back from a PDF made by this tool: the same checks as a JSON import. */
export async function assessmentFromPdf(pdf: Uint8Array): Promise<Parsed<Assessment>> {
  let json: string | undefined;
  try {
    json = await extractEmbeddedJson(pdf);
  } catch (error) {
    return { ok: false, problems: [{ code: 'file.unreadable', path: '$', params: { detail: (error as Error).message } }] };
  }
  if (json === undefined) return { ok: false, problems: [{ code: 'file.no-data', path: '$' }] };
  return parseAssessmentJson(json);
}

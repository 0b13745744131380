/**
 * The browser entry. Reach it only through `await import('../report/browser')`
 * so react-pdf (over a megabyte) stays out of the main bundle and is loaded
 * on the first download. The fonts are Vite assets (`?url`), so they are
 * served with the app and work offline.
 */
import { pdf } from '@react-pdf/renderer';
import { displayName } from '../assessment/assessment';
import { embedAssessment } from '../assessment/pdf-embed';
import regular from '@fontsource/roboto/files/roboto-latin-400-normal.woff?url';
import bold from '@fontsource/roboto/files/roboto-latin-700-normal.woff?url';
import regularExt from '@fontsource/roboto/files/roboto-latin-ext-400-normal.woff?url';
import boldExt from '@fontsource/roboto/files/roboto-latin-ext-700-normal.woff?url';
import type { Language } from '../i18n/resources';
import { subjectContext } from '../i18n/subject';
import { reportFileName } from './file-name';
import { prepareFonts, registerFonts } from './fonts';
import { reportDocument } from './pdf/document';
import { requestModel, type ReportRequest } from './report-input';

export type { ReportRequest } from './report-input';

registerFonts({ regular, bold }, { regular: regularExt, bold: boldExt });

// Revoking the object URL right after click() can cancel the download in
// some browsers; a minute is plenty and frees the memory afterwards.
const REVOKE_AFTER_MS = 60_000;

/**
 * Renders the assessment's report and saves it as a PDF named after its
 * title; with `interfaceLang` (the language on screen), a report in another
 * language says so in its name, so the two never overwrite each other.
 */
export async function downloadAssessmentPdf(request: ReportRequest, interfaceLang?: Language): Promise<void> {
  const model = requestModel(request, await prepareFonts());
  const rendered = new Uint8Array(await (await pdf(reportDocument(model)).toBlob()).arrayBuffer());
  // The PDF doubles as a save file: the assessment travels inside it and can be imported again.
  const bytes = await embedAssessment(rendered, request.assessment);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = reportFileName(displayName(request.file, request.assessment), model.lang, 'pdf', interfaceLang, subjectContext(request.file));
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

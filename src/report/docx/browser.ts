/**
 * The browser entry. Reach it only through `await import('../report/docx/browser')`:
 * docx and the report model stay out of the first load, and the chunk is
 * precached by the service worker like every built script, so the Word file
 * can be made offline.
 */
import type { Language } from '../../i18n/resources';
import { subjectContext } from '../../i18n/subject';
import { reportFileName } from '../file-name';
import type { ReportRequest } from '../report-input';
import { requestDocx, type DocxScope } from './decision-document';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
// Revoking the object URL right after click() can cancel the download in some browsers.
const REVOKE_AFTER_MS = 60_000;

/**
 * Makes the Word beslutsunderlag and saves it, named after the title; the
 * name carries the report's language when it is not `interfaceLang`.
 */
export async function downloadDecisionDocx(request: ReportRequest, interfaceLang: Language, scope: DocxScope = 'decision'): Promise<void> {
  const { bytes, title } = await requestDocx(request, scope);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX }));
  const link = document.createElement('a');
  link.href = url;
  link.download = reportFileName(title, request.lang, 'docx', interfaceLang, subjectContext(request.file));
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

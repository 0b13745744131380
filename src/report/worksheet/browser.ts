/**
 * The worksheet's browser entry. Reach it only through
 * `await import('../report/worksheet/browser')`, so react-pdf stays out of
 * the main bundle until a trainer asks for a worksheet.
 */
import { pdf } from '@react-pdf/renderer';
import { registerBrowserFonts } from '../browser-fonts';
import { pdfFileName } from '../file-name';
import { prepareFonts } from '../fonts';
import { savePdf } from '../save-pdf';
import { worksheetDocument } from './document';
import { worksheetModel, type WorksheetRequest } from './model';

export type { WorksheetRequest } from './model';

registerBrowserFonts();

/** Renders the blank worksheet of a questionnaire and saves it as a PDF. */
export async function downloadWorksheetPdf(request: WorksheetRequest): Promise<void> {
  await prepareFonts();
  const sheet = worksheetModel(request);
  const blob = await pdf(worksheetDocument({ sheet, t: request.t, createdAt: new Date() })).toBlob();
  savePdf(new Uint8Array(await blob.arrayBuffer()), pdfFileName(request.t('worksheet.header', { title: sheet.title }), request.lang));
}

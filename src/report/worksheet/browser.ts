/**
 * The handouts' browser entry (worksheet, case sheet, facilitator guide).
 * Reach it only through `await import('../report/worksheet/browser')`, so
 * react-pdf stays out of the main bundle until a trainer asks for one.
 */
import { pdf } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import { registerBrowserFonts } from '../browser-fonts';
import { caseSheetDocument } from '../case-sheet/document';
import { caseSheetModel, type CaseRequest } from '../case-sheet/model';
import { pdfFileName } from '../file-name';
import { prepareFonts } from '../fonts';
import { savePdf } from '../save-pdf';
import { guideDocument } from '../guide/document';
import { guideModel, type GuideRequest } from '../guide/model';
import { worksheetDocument } from './document';
import { worksheetModel, type WorksheetRequest } from './model';

export type { CaseRequest } from '../case-sheet/model';
export { caseSheetModel } from '../case-sheet/model';
export type { GuideRequest } from '../guide/model';
export type { WorksheetRequest } from './model';

registerBrowserFonts();

export type HandoutRequest = { kind: 'case'; request: CaseRequest } | { kind: 'worksheet'; request: WorksheetRequest } | { kind: 'guide'; request: GuideRequest };

/** The document and the title its file is named after. */
function build({ kind, request }: HandoutRequest, createdAt: Date): { doc: ReactElement<DocumentProps>; name: string } {
  const t = request.t;
  if (kind === 'case') {
    const sheet = caseSheetModel(request);
    return { doc: caseSheetDocument({ sheet, t, createdAt }), name: t('caseSheet.header', { title: sheet.title }) };
  }
  if (kind === 'guide') {
    const guide = guideModel(request);
    return { doc: guideDocument({ guide, t, createdAt }), name: t('guide.header', { title: guide.caseTitle ?? guide.questionnaireTitle, minutes: guide.minutes }) };
  }
  const sheet = worksheetModel(request);
  return { doc: worksheetDocument({ sheet, t, createdAt }), name: t('worksheet.header', { title: sheet.caseSheet?.title ?? sheet.title }) };
}

/** Renders a handout and saves it as a PDF. */
export async function downloadHandoutPdf(handout: HandoutRequest): Promise<void> {
  await prepareFonts();
  const { doc, name } = build(handout, new Date());
  const blob = await pdf(doc).toBlob();
  savePdf(new Uint8Array(await blob.arrayBuffer()), pdfFileName(name, handout.request.lang));
}

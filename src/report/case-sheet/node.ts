/** The case sheet's Node entry (tests, command-line tools): PDF bytes. */
import { renderToBuffer } from '@react-pdf/renderer';
import { prepareFonts } from '../fonts';
import { registerNodeFonts } from '../node-fonts';
import { caseSheetDocument } from './document';
import { caseSheetModel, type CaseRequest } from './model';

export type { CaseRequest } from './model';

registerNodeFonts();

export async function renderCaseSheetPdf(request: CaseRequest, createdAt: Date = new Date()): Promise<Buffer> {
  await prepareFonts();
  return renderToBuffer(caseSheetDocument({ sheet: caseSheetModel(request), t: request.t, createdAt }));
}

/**
 * The worksheet's Node entry (tests, command-line tools): the same document
 * as in the browser, as PDF bytes.
 */
import { renderToBuffer } from '@react-pdf/renderer';
import { registerNodeFonts } from '../node-fonts';
import { prepareFonts } from '../fonts';
import { worksheetDocument } from './document';
import { worksheetModel, type WorksheetRequest } from './model';

export type { WorksheetRequest } from './model';

registerNodeFonts();

/** The blank worksheet of a questionnaire as PDF bytes. */
export async function renderWorksheetPdf(request: WorksheetRequest, createdAt: Date = new Date()): Promise<Buffer> {
  await prepareFonts();
  return renderToBuffer(worksheetDocument({ sheet: worksheetModel(request), t: request.t, createdAt }));
}

/** The facilitator guide's Node entry (tests, command-line tools): PDF bytes. */
import { renderToBuffer } from '@react-pdf/renderer';
import { prepareFonts } from '../fonts';
import { registerNodeFonts } from '../node-fonts';
import { guideDocument } from './document';
import { guideModel, type GuideRequest } from './model';

export type { GuideRequest } from './model';

registerNodeFonts();

export async function renderGuidePdf(request: GuideRequest, createdAt: Date = new Date()): Promise<Buffer> {
  await prepareFonts();
  return renderToBuffer(guideDocument({ guide: guideModel(request), t: request.t, createdAt }));
}

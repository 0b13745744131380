/** The Node entry (tests, CLI): the Word beslutsunderlag as a Buffer. */
import { requestDocx, type DocxScope } from './decision-document';
import type { ReportRequest } from '../report-input';

export type { DocxScope } from './decision-document';

export async function renderDecisionDocx(request: ReportRequest, scope: DocxScope = 'decision'): Promise<Buffer> {
  return Buffer.from((await requestDocx(request, scope)).bytes);
}

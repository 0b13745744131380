/**
 * The Node entry (tests, CLI): fonts come from file paths inside the
 * installed @fontsource/roboto package, so nothing is fetched at run time.
 */
import { createRequire } from 'node:module';
import { renderToBuffer } from '@react-pdf/renderer';
import { prepareFonts, registerFonts } from './fonts';
import { reportDocument } from './pdf/document';
import { requestModel, type ReportRequest } from './report-input';

export type { ReportRequest } from './report-input';

const require = createRequire(import.meta.url);
const file = (name: string) => require.resolve(`@fontsource/roboto/files/roboto-${name}-normal.woff`);
registerFonts({ regular: file('latin-400'), bold: file('latin-700') }, { regular: file('latin-ext-400'), bold: file('latin-ext-700') });

/** The assessment's report as PDF bytes. */
export async function renderAssessmentPdf(request: ReportRequest): Promise<Buffer> {
  const covers = await prepareFonts();
  return renderToBuffer(reportDocument(requestModel(request, covers)));
}

/**
 * The comparison's browser entry. Reach it only through
 * `await import('../report/comparison/browser')`, so react-pdf is loaded on
 * the first download, never with the comparison screen itself.
 */
import { pdf } from '@react-pdf/renderer';
import type { Comparison } from '../../assessment/comparison';
import type { Language } from '../../i18n/resources';
import { registerBrowserFonts } from '../browser-fonts';
import { pdfFileName } from '../file-name';
import { prepareFonts } from '../fonts';
import { savePdf } from '../save-pdf';
import type { Translate } from '../types';
import { comparisonDocument } from './document';
import { printableComparison } from './printable';

registerBrowserFonts();

/** Renders the comparison and saves it as a PDF. */
export async function downloadComparisonPdf(comparison: Comparison, t: Translate, lang: Language): Promise<void> {
  const printableOne = printableComparison(comparison, await prepareFonts());
  const blob = await pdf(comparisonDocument({ comparison: printableOne, t, lang, createdAt: new Date() })).toBlob();
  savePdf(new Uint8Array(await blob.arrayBuffer()), pdfFileName(t('compare.heading'), lang));
}

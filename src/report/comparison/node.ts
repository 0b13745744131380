/**
 * The comparison's Node entry (tests, command-line tools): the same
 * document as in the browser, as PDF bytes.
 */
import { renderToBuffer } from '@react-pdf/renderer';
import type { Comparison } from '../../assessment/comparison';
import type { Language } from '../../i18n/resources';
import { registerNodeFonts } from '../node-fonts';
import { prepareFonts } from '../fonts';
import type { Translate } from '../types';
import { comparisonDocument } from './document';
import { printableComparison } from './printable';

registerNodeFonts();

/** The comparison as PDF bytes. */
export async function renderComparisonPdf(comparison: Comparison, t: Translate, lang: Language, createdAt: Date = new Date()): Promise<Buffer> {
  const covers = await prepareFonts();
  return renderToBuffer(comparisonDocument({ comparison: printableComparison(comparison, covers), t, lang, createdAt }));
}

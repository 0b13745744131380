// Reads a .docx back for tests: its parts as text, and the body's paragraphs
// with their style and text, tables with their header rows, and the
// languages set on runs. A small reader on purpose (regular expressions over
// the XML docx writes), so a test fails if the structure is not what Word needs.
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParagraph {
  style: string | undefined;
  text: string;
}

export interface DocxRead {
  parts: Record<string, string>;
  document: string;
  core: string;
  styles: string;
  paragraphs: DocxParagraph[];
  /** Each table: the number of rows marked as header, the first row's text, and the rows' count. */
  tables: Array<{ headerRows: number; firstRow: string; rows: number }>;
  /** Every `w:lang` value in the document and its styles. */
  languages: Set<string>;
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of an XML fragment: its `w:t` runs, a `w:br` as a line break. */
export function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:t(?:\s[^>]*)?\/>/g)) {
    out += m[0] === '<w:br/>' ? '\n' : unescape(m[1] ?? '');
  }
  return out;
}

export function readDocx(bytes: Uint8Array): DocxRead {
  const files = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  const document = parts['word/document.xml'] ?? '';
  const styles = parts['word/styles.xml'] ?? '';
  const paragraphs = [...document.matchAll(/<w:p(?:\s[^>]*)?>(.*?)<\/w:p>/gs)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[1]!)?.[1],
    text: textOf(m[1]!),
  }));
  const tables = [...document.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => {
    const rows = [...m[1]!.matchAll(/<w:tr(?:\s[^>]*)?>(.*?)<\/w:tr>/gs)].map((r) => r[1]!);
    return {
      headerRows: rows.filter((r) => /<w:tblHeader(?:\s+w:val="(?:true|1|on)")?\/>/.test(r)).length,
      firstRow: textOf(rows[0] ?? ''),
      rows: rows.length,
    };
  });
  const languages = new Set([...`${document}${styles}`.matchAll(/<w:lang w:val="([^"]+)"/g)].map((m) => m[1]!));
  return { parts, document, core: parts['docProps/core.xml'] ?? '', styles, paragraphs, tables, languages };
}

/** The paragraphs of `style` (Heading1, Heading2, Title, Caption …), in order. */
export const styled = (read: DocxRead, style: string) => read.paragraphs.filter((p) => p.style === style).map((p) => p.text);

/**
 * Draws report model sections as a Word document (docx). Pure: no React, no
 * i18n; every word comes from the model or from `DocxTexts`, worded by the
 * caller. Runs in the browser and in Node alike (docx packs with fflate).
 *
 * Made to be pasted from and to live in an organisation's template:
 * - headings use Word's own Title and Heading 1–4 styles (with outline
 *   levels), so a template's styles replace ours, the navigation pane lists
 *   them, and Word's export makes a tagged PDF with real headings;
 * - everything is editable text: no text boxes, no images, no fields;
 * - tables have their header row marked (`w:tblHeader`), so it repeats on
 *   every page and Word tags it as table headers;
 * - the language is set on the styles and on every run, so spelling and a
 *   screen reader take the right language even after a paste.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Language } from '../../i18n/resources';
import type { Block, Cell, Column, ReportModel, ReportSection } from '../model/types';

/** The few words a Word document needs that the report model does not carry. */
export interface DocxTexts {
  /** Under the title, e.g. "Beslutsunderlag – konsekvensbedömning för jämlikhet". */
  subtitle: string;
  /** Caption and column headers of the recommendations' statuses table. */
  statusColumns: { caption: string; recommendation: string; status: string; share: string };
  /** The source note at the end: where the document comes from. */
  source: { heading: string; paragraphs: string[] };
}

/** BCP 47 tags Word knows: Swedish as written in Sweden, English as in the UK. */
export const WORD_LANGUAGE: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

// A4 with Word's default 2.54 cm margins, in twentieths of a point.
const TEXT_WIDTH = 11906 - 2 * 1440;
const ORDERED = 'ordered-list';

type HeadingValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];
const HEADING: Record<1 | 2 | 3 | 4, HeadingValue> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
};

// XML 1.0 cannot hold these; one would make Word refuse the whole file.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

interface Context {
  language: string;
  /** The level of the heading the next decision block sits under (1: the section's title). */
  parent: 1 | 2 | 3;
  /** Each ordered list restarts its numbering: a fresh instance per list. */
  lists: number;
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Half-points. */
  size?: number;
}

// Sizes in half-points, spacing in twentieths of a point.
const TABLE_TEXT = 18;
const BODY_TEXT = 22;

function runs(ctx: Context, text: string, style: RunStyle = {}): ParagraphChild[] {
  // A line break inside the user's text stays a line break, not a new paragraph.
  return xmlSafe(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, language: { value: ctx.language }, ...style }));
}

function heading(ctx: Context, level: 1 | 2 | 3 | 4, text: string): Paragraph {
  return new Paragraph({ heading: HEADING[level], children: runs(ctx, text) });
}

/** A model paragraph: blank lines separate paragraphs in Word too. */
function paragraphs(ctx: Context, text: string, style: RunStyle & { quote?: boolean; compact?: boolean } = {}): Paragraph[] {
  const { quote, compact, ...run } = style;
  return text
    .split(/\n\s*\n/)
    .filter((part) => part.trim() !== '')
    .map(
      (part) =>
        new Paragraph({
          children: runs(ctx, part.trim(), run),
          indent: quote ? { left: 567 } : undefined,
          // Inside a table cell the cell's padding spaces the text.
          spacing: compact ? { after: 0, line: 240 } : undefined,
        }),
    );
}

function cell(ctx: Context, content: Cell | string, header: boolean, width: number): TableCell {
  const text = typeof content === 'string' ? content : content.text;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    // Smaller text in tables: a heat map has nine columns on a portrait page.
    children: text === '' ? [new Paragraph({})] : paragraphs(ctx, text, { bold: header, size: TABLE_TEXT, compact: true }),
  });
}

// A column narrower than this breaks short words such as "skillnad" in the middle (A4 portrait, 9 pt).
const MIN_COLUMN = 900;

/**
 * The model's relative widths scaled to the page, every column at least
 * `MIN_COLUMN` wide where the page allows it; the wider columns give up the
 * difference in proportion to their width.
 */
export function columnWidths(relative: number[]): number[] {
  const total = relative.reduce((sum, w) => sum + w, 0) || 1;
  const scaled = relative.map((w) => (w / total) * TEXT_WIDTH);
  const floor = Math.min(MIN_COLUMN, TEXT_WIDTH / Math.max(1, relative.length));
  const deficit = scaled.reduce((sum, w) => sum + Math.max(0, floor - w), 0);
  const spare = scaled.reduce((sum, w) => sum + Math.max(0, w - floor), 0);
  return scaled.map((w) => Math.round(w < floor ? floor : w - (spare ? ((w - floor) / spare) * deficit : 0)));
}

function table(ctx: Context, caption: string, columns: Column[], rows: Array<Array<Cell | string>>, rowHeaders: boolean): Array<Paragraph | Table> {
  const widths = columnWidths(columns.map((c) => c.width));
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    // A4 portrait is a narrow page: a column with a short header (the heat map's letters, named in a legend) uses it.
    children: columns.map((c, i) => cell(ctx, c.short ?? c.header, true, widths[i]!)),
  });
  const body = rows.map(
    (row) => new TableRow({ children: widths.map((w, i) => cell(ctx, row[i] ?? '', rowHeaders && i === 0, w)) }),
  );
  return [
    // A caption in Word's Caption style, kept with its table.
    new Paragraph({ style: 'Caption', keepNext: true, children: runs(ctx, caption) }),
    new Table({
      rows: [head, ...body],
      columnWidths: widths,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      // Fixed columns: a long word wraps inside its cell instead of widening it.
      layout: TableLayoutType.FIXED,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
    }),
    new Paragraph({}),
  ];
}

function block(ctx: Context, b: Block, texts: DocxTexts): Array<Paragraph | Table> {
  switch (b.kind) {
    case 'heading':
      ctx.parent = b.level === 4 ? 3 : b.level;
      return [heading(ctx, b.level, b.text)];
    case 'paragraph':
      return paragraphs(ctx, b.text, { italics: b.role === 'note' || b.role === 'empty', bold: b.role === 'lead', quote: b.role === 'quote' });
    case 'list': {
      const instance = (ctx.lists += 1);
      return b.items.map(
        (item) =>
          new Paragraph({
            children: runs(ctx, item),
            ...(b.ordered ? { numbering: { reference: ORDERED, level: 0, instance } } : { bullet: { level: 0 } }),
          }),
      );
    }
    case 'answers':
      return b.rows.flatMap((row) => [
        new Paragraph({ keepNext: true, children: runs(ctx, row.label, { bold: true }) }),
        ...row.values.flatMap((value) => paragraphs(ctx, value, { quote: true })),
      ]);
    case 'table':
      return table(ctx, b.caption, b.columns, b.rows, b.rowHeaders === true);
    case 'facts':
      return b.rows.map((row) => new Paragraph({ children: [...runs(ctx, `${row.label}: `, { bold: true }), ...runs(ctx, row.value)] }));
    case 'statuses': {
      const c = texts.statusColumns;
      const columns = [
        { header: c.recommendation, width: 5 },
        { header: c.status, width: 2 },
        { header: c.share, width: 3 },
      ];
      return table(ctx, c.caption, columns, b.items.map((item) => [item.label, item.statusText, item.shareText]), true);
    }
    case 'box':
      return [
        ...(b.title ? [new Paragraph({ keepNext: true, children: runs(ctx, b.title, { bold: true }) })] : []),
        ...b.blocks.flatMap((inner) => block(ctx, inner, texts)),
      ];
    case 'entries':
      // One bulleted line each: the label in bold (a finding's severity), the text, the details on a line of their own.
      return b.items.map(
        (item) =>
          new Paragraph({
            bullet: { level: 0 },
            children: [
              ...(item.label ? runs(ctx, `${item.label}: `, { bold: true }) : []),
              ...runs(ctx, item.text),
              ...(item.detail ? [new TextRun({ break: 1 }), ...runs(ctx, item.detail, { italics: true })] : []),
            ],
          }),
      );
    case 'decision':
      // One level under what introduces the decision text: Heading 2 right under a section's title.
      return [heading(ctx, (ctx.parent + 1) as 2 | 3 | 4, b.heading), ...b.paragraphs.flatMap((p) => paragraphs(ctx, p))];
    default: {
      // A block kind added to the model must be drawn here first.
      const unknown: never = b;
      throw new Error(`No Word rendering for block ${JSON.stringify(unknown)}`);
    }
  }
}

function section(ctx: Context, s: ReportSection, texts: DocxTexts, first: boolean): Array<Paragraph | Table> {
  ctx.parent = 1;
  return [
    // The appendix starts on a page of its own, as in the PDF.
    ...(s.part === 'appendix' && first ? [new Paragraph({ children: [new PageBreak()] })] : []),
    heading(ctx, 1, s.title),
    ...s.blocks.flatMap((b) => block(ctx, b, texts)),
  ];
}

/** The Word document of `sections` (a selection of `model`'s, or all of them). */
export function docxDocument(model: ReportModel, sections: ReportSection[], texts: DocxTexts): Document {
  const language = WORD_LANGUAGE[model.lang];
  const ctx: Context = { language, parent: 1, lists: 0 };
  const outline = (level: number) => ({
    paragraph: { outlineLevel: level, keepNext: true, keepLines: true, spacing: { before: level === 0 ? 360 : 240, after: 80 } },
  });
  const body = sections.flatMap((s, i) => section(ctx, s, texts, s.part === 'appendix' && sections[i - 1]?.part !== 'appendix'));
  return new Document({
    title: xmlSafe(model.title),
    subject: xmlSafe(model.properties.subject),
    creator: xmlSafe(model.properties.author || model.properties.creator),
    keywords: xmlSafe(model.properties.keywords),
    description: xmlSafe(texts.subtitle),
    lastModifiedBy: xmlSafe(model.properties.creator),
    styles: {
      default: {
        // Arial: in every Word, and LibreOffice has a metric twin (Liberation Sans), so lines break alike.
        document: { run: { language: { value: language }, font: 'Arial', size: BODY_TEXT }, paragraph: { spacing: { after: 120, line: 276 } } },
        // Word's built-in Title is 28 pt with single spacing below 1: long titles wrap onto each other in LibreOffice.
        title: { run: { size: 40, font: 'Arial' }, paragraph: { spacing: { after: 120, line: 312, lineRule: LineRuleType.AUTO } } },
        heading1: outline(0),
        heading2: outline(1),
        heading3: outline(2),
        heading4: outline(3),
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(ctx, model.title) }),
          new Paragraph({ children: runs(ctx, texts.subtitle, { italics: true }) }),
          ...body,
          heading(ctx, 1, texts.source.heading),
          ...texts.source.paragraphs.flatMap((p) => paragraphs(ctx, p)),
        ],
      },
    ],
  });
}

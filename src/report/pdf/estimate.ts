/**
 * Rough sizes of the model's blocks, in printed lines (about 40 to a page),
 * used only to decide how the PDF is split into `<Page>`s (document.tsx)
 * and whether a framed box may break: never for layout itself, so being off
 * by a few lines costs nothing.
 */
import type { Block, ReportSection } from '../model/types';

/** About ten pages: the most one `<Page>` should hold (see document.tsx for why). */
export const CHUNK_LINES = 400;
const CHARS_PER_LINE = 90;
/** Table cells are narrower. */
const CHARS_PER_CELL_LINE = 45;

const textLines = (text: string, perLine = CHARS_PER_LINE) => text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);

export function blockLines(block: Block): number {
  switch (block.kind) {
    case 'heading':
      return 2;
    case 'paragraph':
      return textLines(block.text);
    case 'list':
      return block.items.reduce((n, item) => n + textLines(item), 0);
    case 'answers':
      return block.rows.reduce((n, row) => n + 1 + row.values.reduce((m, v) => m + textLines(v), 0), 0);
    case 'table':
      return 2 + block.rows.reduce((n, row) => n + Math.max(1, ...row.map((c) => textLines(c.text, CHARS_PER_CELL_LINE))), 0);
    case 'facts':
      return block.rows.reduce((n, row) => n + textLines(row.value, CHARS_PER_CELL_LINE), 0);
    case 'statuses':
      return block.items.length;
    case 'box':
      return 2 + blocksLines(block.blocks);
    case 'decision':
      return 1 + block.paragraphs.reduce((n, p) => n + textLines(p), 0);
    case 'entries':
      return block.items.reduce((n, item) => n + textLines(`${item.text} ${item.detail ?? ''}`), 0);
  }
}

export const blocksLines = (blocks: Block[]) => blocks.reduce((n, b) => n + blockLines(b), 0);

export const sectionLines = (section: ReportSection) => 3 + blocksLines(section.blocks);

/** Consecutive items in runs of at most `max` lines; an item longer than that makes a run of its own. */
export function chunkBy<T>(items: T[], size: (item: T) => number, max = CHUNK_LINES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length && total + n > max) {
      chunks.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += n;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

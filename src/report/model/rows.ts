/**
 * The answer list's rows (src/assessment/answer-list.ts) as model blocks:
 * a recommendation's heading, questions and their answers (consecutive ones
 * in one `answers` block), and a group as its heading and a framed box per
 * item. Used by the body's sections for the answers they print as they are,
 * and by the appendix.
 */
import type { Row } from '../../assessment/answer-list';
import type { Language } from '../../i18n/resources';
import { resolveText, wordAnswer } from '../text';
import type { Translate } from '../types';
import type { Block } from './types';

export interface RowsCtx {
  t: Translate;
  lang: Language;
  /** The title the rows stand under, which a per-item step's only group would repeat. */
  sectionTitle: string;
  /** The level of the rows' own headings (2 under a section's title). */
  level: 2 | 3 | 4;
}

const deeper = (level: 2 | 3 | 4): 2 | 3 | 4 => (level === 2 ? 3 : 4);

type Item = (Row & { kind: 'group' })['items'][number];

/** An item's rows without the answer its title already says (an alternative's name under the alternative). */
function untitled(item: Item, ctx: RowsCtx): Row[] {
  const title = item.title.trim();
  return item.rows.filter((r) => !(title && r.kind === 'answer' && r.value.length === 1 && resolveText(ctx.t, r.value[0]!).trim() === title));
}

export function rowBlocks(rows: Row[], ctx: RowsCtx): Block[] {
  const blocks: Block[] = [];
  for (const row of rows) {
    if (row.kind === 'heading') {
      blocks.push({ kind: 'heading', level: ctx.level, text: resolveText(ctx.t, row.label) });
      continue;
    }
    if (row.kind === 'answer') {
      const { label, value } = wordAnswer(ctx.t, ctx.lang, row);
      const last = blocks.at(-1);
      // Consecutive answers read as one list of questions and answers.
      if (last?.kind === 'answers') last.rows.push({ label, values: value });
      else blocks.push({ kind: 'answers', rows: [{ label, values: value }] });
      continue;
    }
    const label = resolveText(ctx.t, row.label);
    const labelled = label !== ctx.sectionTitle;
    if (labelled) blocks.push({ kind: 'heading', level: ctx.level, text: label });
    const level = labelled ? deeper(ctx.level) : ctx.level;
    for (const item of row.items) {
      blocks.push({
        kind: 'box',
        tone: { plain: 'accent' },
        title: item.title.trim() || ctx.t('report.unnamedItem'),
        level,
        blocks: rowBlocks(untitled(item, ctx), { ...ctx, level: deeper(level) }),
      });
    }
  }
  return blocks;
}

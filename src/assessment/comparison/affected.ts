/**
 * The affected groups across columns: each group item a column named is an
 * occurrence; the grouping puts occurrences on rows, and each row shows,
 * per column, the consequence rating and the effect per dimension that
 * column gave for its items (a compact matrix the trainer reads across).
 */
import { perItem, type Ctx, type Item } from '../context';
import type { AffectedPart, AffectedRow, CompareEntry, GroupCell, Grouping, Occurrence } from './types';
import { reconcile } from './grouping';
import { optionKey } from './rows';

const nameOf = (ctx: Ctx, item: Item) => {
  const name = ctx.field(item, 'group-name');
  return typeof name === 'string' && name.trim() ? name.trim().replace(/\s+/g, ' ') : item.title;
};

/** Every affected group every column named, column by column, in each column's order. */
export function occurrencesOf(ctxs: Ctx[]): Occurrence[] {
  return ctxs.flatMap((ctx, column) => ctx.items('affected-groups').map((item) => ({ key: `${column}/${item.id}`, column, itemId: item.id, name: nameOf(ctx, item) })));
}

/** The consequence rating question on the per-item step, if visible. */
const ratingQuestion = (ctx: Ctx) => ctx.tagged('consequence-rating').find((l) => l.step.kind === 'per-item');

/** The commonest name on a row; on a tie, the first of them. */
function commonest(names: string[]): string {
  const count = new Map<string, number>();
  const key = (n: string) => n.toLocaleLowerCase('sv');
  names.forEach((n) => count.set(key(n), (count.get(key(n)) ?? 0) + 1));
  let best = names[0] ?? '';
  for (const n of names) if ((count.get(key(n)) ?? 0) > (count.get(key(best)) ?? 0)) best = n;
  return best;
}

export function affectedPart(entries: CompareEntry[], ctxs: Ctx[], chosen: Grouping | undefined): AffectedPart {
  const occurrences = occurrencesOf(ctxs);
  const grouping = reconcile(chosen ?? { rows: [] }, occurrences);
  const byKey = new Map(occurrences.map((o) => [o.key, o]));
  const dimensions = entries.find((e) => e.result.heatmap.dimensions.length)?.result.heatmap.dimensions ?? [];
  const ratings = ctxs.map(ratingQuestion);
  const rowOf = (keys: string[], index: number): AffectedRow => {
    const members = keys.map((k) => byKey.get(k)!);
    const cells: GroupCell[] = ctxs.map((ctx, column) => {
      const mine = members.filter((m) => m.column === column);
      const rating = ratings[column];
      const cellsOf = entries[column]!.result.heatmap.cells;
      const rated = mine.map((m) => {
        const v = rating ? perItem(ctx.answers, rating.question.id, m.itemId) : undefined;
        return typeof v === 'string' && v ? v : undefined;
      });
      return {
        members: mine,
        ratings: rated,
        ratingKeys: rated.map((id) => (id && rating ? optionKey(rating, id) : undefined)),
        effects: mine.map((m) => dimensions.map((d) => cellsOf.find((c) => c.groupId === m.itemId && c.dimension === d)?.option)),
      };
    });
    const given = new Set(cells.flatMap((c) => c.ratings.filter((r): r is string => r !== undefined)));
    return {
      label: commonest(members.map((m) => m.name)),
      index,
      cells,
      foundBy: cells.map((c) => c.members.length > 0),
      differs: given.size > 1,
    };
  };
  const ratingId = ratings.find(Boolean)?.question.id;
  return {
    dimensions,
    ...(ratingId ? { ratingQuestion: ratingId } : {}),
    rows: grouping.rows.map(rowOf),
    grouping,
  };
}

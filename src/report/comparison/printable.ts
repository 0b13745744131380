/**
 * The comparison with the users' own words (column and group names,
 * measures) made printable with the embedded fonts (see ../printable.ts).
 */
import type { Comparison } from '../../assessment/comparison';
import { printable, type Covers } from '../printable';

export function printableComparison(c: Comparison, covers: Covers): Comparison {
  const p = (text: string) => printable(text, covers);
  return {
    ...c,
    columns: c.columns.map(p),
    fileNames: c.fileNames.map(p),
    groups: c.groups.map((g) => ({ ...g, name: p(g.name) })),
    measures: c.measures.map((list) => list.map((m) => ({ ...m, what: p(m.what), addresses: m.addresses.map(p) }))),
  };
}

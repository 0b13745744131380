/**
 * The comparison with the users' own words (group and file names, affected
 * groups, free-text answers, measures) made printable with the embedded
 * fonts (see ../printable.ts).
 */
import type { Cell, Comparison, CompareRow } from '../../assessment/comparison';
import { printable, type Covers } from '../printable';

export function printableComparison(c: Comparison, covers: Covers): Comparison {
  const p = (text: string) => printable(text, covers);
  const cell = (x: Cell): Cell => (x.kind === 'text' ? { ...x, text: p(x.text) } : x);
  const rows = (list: CompareRow[]) => list.map((r) => ({ ...r, cells: r.cells.map(cell) }));
  const { parts } = c;
  return {
    ...c,
    columns: c.columns.map(p),
    sources: c.sources.map((s) => ({ ...s, fileName: p(s.fileName) })),
    parts: {
      screening: rows(parts.screening),
      children: rows(parts.children),
      recommendations: parts.recommendations,
      judgement: rows(parts.judgement),
      measures: parts.measures.map((list) => list.map((m) => ({ ...m, what: p(m.what), addresses: m.addresses.map(p) }))),
      affected: {
        ...parts.affected,
        rows: parts.affected.rows.map((r) => ({
          ...r,
          label: p(r.label),
          cells: r.cells.map((g) => ({ ...g, members: g.members.map((m) => ({ ...m, name: p(m.name) })) })),
        })),
      },
    },
  };
}

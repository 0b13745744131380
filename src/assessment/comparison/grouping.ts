/**
 * Which affected groups, named by different workshop groups, are the same
 * group: "Nyanlända vuxna" and "nyanlände som läser SFI" should share a row
 * in the debrief so the trainer sees who found them and how each rated
 * them. The suggestion is deliberately simple and explainable (shared word
 * stems), because the trainer checks it in front of the room and can merge
 * or split any row (`mergeRows`, `splitRow`). Pure: a `Grouping` is plain
 * data the screen keeps in state.
 */
import type { Grouping, Occurrence } from './types';

/**
 * Words that say nothing about who a group is. Kept short on purpose:
 * "people" must go, or "Older people" and "Young people" would match.
 */
const STOP_WORDS = new Set([
  // sv
  'och', 'eller', 'i', 'på', 'av', 'för', 'med', 'utan', 'som', 'till', 'från', 'om', 'de', 'den', 'det', 'en', 'ett',
  'vid', 'under', 'över', 'inom', 'har', 'är', 'personer', 'person', 'människor', 'individer',
  // en
  'and', 'or', 'in', 'on', 'of', 'for', 'with', 'without', 'who', 'that', 'the', 'a', 'an', 'to', 'from', 'at', 'by',
  'are', 'is', 'have', 'people', 'persons', 'person', 'individuals',
]);

/** Two words count as the same when equal or sharing this many first letters ("nyanlända"/"nyanlände", "arrived"/"arrival"). */
export const STEM = 5;

/** The significant words of a name: lower-cased, punctuation and spacing dropped, stop words left out. */
export function significantWords(name: string): string[] {
  const words = name
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const significant = words.filter((w) => !STOP_WORDS.has(w));
  // A name made only of stop words still matches itself exactly.
  return significant.length ? significant : words;
}

function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= STEM && b.length >= STEM && a.slice(0, STEM) === b.slice(0, STEM));
}

/** How far two names overlap: shared significant words over the shorter name's count (0 … 1). */
export function nameOverlap(a: string, b: string): number {
  const wa = significantWords(a);
  const wb = significantWords(b);
  if (!wa.length || !wb.length) return 0;
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return shorter.filter((w) => longer.some((x) => sameWord(w, x))).length / shorter.length;
}

/** True when the names' significant words overlap by at least half of the shorter name's. */
export const similarNames = (a: string, b: string): boolean => nameOverlap(a, b) >= 0.5;

/**
 * Places every occurrence not yet on a row of `grouping`: on the row whose
 * names are most like its own (at least similar, see `similarNames`) and
 * that holds nothing from the same column, else on a row of its own. Keys
 * no longer among `occurrences` (a file taken out) are dropped, and empty
 * rows with them, so the trainer's merges and splits survive adding or
 * removing a file.
 */
export function reconcile(grouping: Grouping, occurrences: Occurrence[]): Grouping {
  const byKey = new Map(occurrences.map((o) => [o.key, o]));
  const rows = grouping.rows.map((row) => row.filter((key) => byKey.has(key))).filter((row) => row.length > 0);
  const placed = new Set(rows.flat());
  for (const o of occurrences) {
    if (placed.has(o.key)) continue;
    // The row whose names come closest (the first of equals), among those that hold nothing from the same column.
    let row: string[] | undefined;
    let best = 0.5;
    for (const keys of o.name.trim() ? rows : []) {
      const members = keys.map((k) => byKey.get(k)!);
      if (members.some((m) => m.column === o.column)) continue;
      const score = Math.max(...members.map((m) => nameOverlap(m.name, o.name)));
      if (score >= best && (!row || score > best)) {
        row = keys;
        best = score;
      }
    }
    if (row) row.push(o.key);
    else rows.push([o.key]);
    placed.add(o.key);
  }
  return { rows };
}

/** The suggested rows for these occurrences (in the order given: column by column). */
export function suggestGrouping(occurrences: Occurrence[]): Grouping {
  return reconcile({ rows: [] }, occurrences);
}

/** Rows `a` and `b` as one, where the first of them stood. */
export function mergeRows(grouping: Grouping, a: number, b: number): Grouping {
  const [first, second] = a < b ? [a, b] : [b, a];
  if (first === second || !grouping.rows[first] || !grouping.rows[second]) return grouping;
  const rows = grouping.rows.map((row, i) => (i === first ? [...row, ...grouping.rows[second]!] : row));
  rows.splice(second, 1);
  return { rows };
}

/** Row `index` split: each of its occurrences on a row of its own, where the row stood. */
export function splitRow(grouping: Grouping, index: number): Grouping {
  const row = grouping.rows[index];
  if (!row || row.length < 2) return grouping;
  return { rows: [...grouping.rows.slice(0, index), ...row.map((key) => [key]), ...grouping.rows.slice(index + 1)] };
}

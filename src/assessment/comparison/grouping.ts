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
 * "people" must go, or "Older people" and "Young people" would match; so
 * must the words for residents, adults and users in general, or "Newly
 * arrived adults" and "Adults with a disability" would.
 */
const STOP_WORDS = new Set([
  // sv
  'och', 'eller', 'i', 'på', 'av', 'för', 'med', 'utan', 'som', 'till', 'från', 'om', 'de', 'den', 'det', 'en', 'ett',
  'vid', 'under', 'över', 'inom', 'har', 'är', 'personer', 'person', 'människor', 'individer',
  'vuxna', 'vuxen', 'invånare', 'kommuninvånare', 'medborgare', 'användare', 'boende',
  // en
  'and', 'or', 'in', 'on', 'of', 'for', 'with', 'without', 'who', 'that', 'the', 'a', 'an', 'to', 'from', 'at', 'by',
  'are', 'is', 'have', 'people', 'persons', 'person', 'individuals',
  'adults', 'adult', 'residents', 'resident', 'citizens', 'inhabitants', 'users',
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

/** Shared significant words over all the words of both names (0 … 1): breaks ties between rows that overlap equally. */
function sharedShare(a: string, b: string): number {
  const wa = significantWords(a);
  const wb = significantWords(b);
  const shared = wa.filter((w) => wb.some((x) => sameWord(w, x))).length;
  return shared / Math.max(1, wa.length + wb.length - shared);
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
    // The row whose names come closest, among those that hold nothing from the same column: the
    // greatest overlap, then the most words shared of both names ("Nyanlända barn i skolåldern" is
    // nearer "Barn i skolåldern" than "Nyanlända vuxna"), then the first.
    let row: string[] | undefined;
    let best = [0.5, 0];
    for (const keys of o.name.trim() ? rows : []) {
      const members = keys.map((k) => byKey.get(k)!);
      if (members.some((m) => m.column === o.column)) continue;
      const overlap = Math.max(...members.map((m) => nameOverlap(m.name, o.name)));
      const shared = Math.max(...members.map((m) => sharedShare(m.name, o.name)));
      const closer = row ? overlap > best[0]! || (overlap === best[0] && shared > best[1]!) : overlap >= best[0]!;
      if (closer) {
        row = keys;
        best = [overlap, shared];
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

// The suggested grouping of the affected groups that workshop groups named:
// similar names (shared word stems, stop words left out) share a row, two
// items of one group never do, and the trainer's merge and split.
import { describe, expect, it } from 'vitest';
import { mergeRows, similarNames, splitRow, suggestGrouping, type Occurrence } from '../../../src/assessment/comparison';

const occ = (column: number, itemId: string, name: string): Occurrence => ({ key: `${column}/${itemId}`, column, itemId, name });

describe('similarNames', () => {
  it.each([
    ['Newly arrived residents learning Swedish', 'Newly arrived adults'],
    ['newly-arrived ADULTS', 'Adults, newly arrived'],
    ['Nyanlända i språkcaféet', 'Nyanlände som läser SFI'],
    ['Äldre utan dator', 'äldre  personer utan  dator'],
    ['People on income support', 'Households on income support'],
    ['Arrived this year', 'Arrival within a year'],
  ])('«%s» ~ «%s»', (a, b) => {
    expect(similarNames(a, b)).toBe(true);
    expect(similarNames(b, a)).toBe(true);
  });

  it.each([
    ['Older people without internet', 'Young people'],
    ['Äldre utan dator', 'Unga vuxna'],
    ['Barn i årskurs 4–6', 'Föräldrar till små barn med funktionsnedsättning och långa resor'],
    ['Newly arrived adults', 'Older people without internet'],
    ['Newly arrived adults', 'Adults with a disability'],
    ['Older residents', 'Newly arrived residents learning Swedish'],
    ['Nyanlända vuxna', 'Vuxna med funktionsnedsättning'],
    ['Personer med funktionsnedsättning', 'Föräldrar med låg inkomst'],
    ['', 'Young people'],
  ])('«%s» !~ «%s»', (a, b) => {
    expect(similarNames(a, b)).toBe(false);
  });
});

describe('suggestGrouping', () => {
  const occurrences = [
    occ(0, 'a1', 'Newly arrived residents learning Swedish'),
    occ(0, 'a2', 'Older people without internet'),
    occ(1, 'b1', 'Young people'),
    occ(1, 'b2', 'Newly arrived adults'),
    occ(2, 'c1', 'Older people, no internet at home'),
    occ(2, 'c2', 'Newly arrived families'),
    occ(2, 'c3', 'Newly arrived children'),
  ];
  const g = suggestGrouping(occurrences);

  it('puts similar names from different groups on one row, in the order first named', () => {
    expect(g.rows).toEqual([['0/a1', '1/b2', '2/c2'], ['0/a2', '2/c1'], ['1/b1'], ['2/c3']]);
  });

  it('puts a name on the row whose names come closest, not the first that is similar', () => {
    const g2 = suggestGrouping([occ(0, 'a', 'Nyanlända vuxna'), occ(0, 'b', 'Barn i skolåldern'), occ(1, 'c', 'Nyanlända barn i skolåldern'), occ(2, 'd', 'Vuxna nyanlända')]);
    expect(g2.rows).toEqual([['0/a', '2/d'], ['0/b', '1/c']]);
  });

  it('never puts two items of one group on one row by itself', () => {
    const one = suggestGrouping([occ(0, 'x', 'Äldre utan dator'), occ(0, 'y', 'Äldre utan smarttelefon')]);
    expect(one.rows).toEqual([['0/x'], ['0/y']]);
  });

  it('merges two rows where the first stood, and splits a row into one row per item', () => {
    const merged = mergeRows(g, 3, 0);
    expect(merged.rows).toEqual([['0/a1', '1/b2', '2/c2', '2/c3'], ['0/a2', '2/c1'], ['1/b1']]);
    expect(mergeRows(g, 1, 1)).toBe(g);
    expect(mergeRows(g, 1, 9)).toBe(g);
    const split = splitRow(merged, 0);
    expect(split.rows).toEqual([['0/a1'], ['1/b2'], ['2/c2'], ['2/c3'], ['0/a2', '2/c1'], ['1/b1']]);
    expect(splitRow(split, 0)).toBe(split);
    // The value the screen holds is never changed in place.
    expect(g.rows[0]).toEqual(['0/a1', '1/b2', '2/c2']);
  });
});

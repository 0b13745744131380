// The bench's side-by-side table: values in their units, the app's figure as
// a multiple of the floor's, a dash where there is nothing to compare.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatRatio, formatTable, formatValue, median } from '../../../src/cli/bench/table';

describe('median', () => {
  it('is the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([80, 90])).toBe(85);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('leaves out runs that gave no figure', () => {
    expect(median([Number.NaN, 70, 90])).toBe(80);
    expect(median([Number.NaN])).toBeNaN();
  });
});

describe('values and ratios', () => {
  it('prints each unit as a reader expects', () => {
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms');
    expect(formatValue(109_950, 'kB')).toBe('110.0 kB');
    expect(formatValue(97.6, 'score')).toBe('98');
    expect(formatValue(0.0123, 'cls')).toBe('0.012');
    expect(formatValue(undefined, 'ms')).toBe('—');
    expect(formatValue(Number.NaN, 'kB')).toBe('—');
  });

  it('gives the app as a multiple of the floor, with fewer places as it grows', () => {
    expect(formatRatio(78, 100)).toBe('0.78×');
    expect(formatRatio(2400, 1000)).toBe('2.4×');
    expect(formatRatio(31_000, 1000)).toBe('31×');
  });

  it('gives no ratio without a floor figure or to a floor of zero', () => {
    expect(formatRatio(120, undefined)).toBe('—');
    expect(formatRatio(undefined, 10)).toBe('—');
    expect(formatRatio(0.01, 0)).toBe('—');
  });
});

describe('the table', () => {
  const table = formatTable([
    { figure: 'Lighthouse performance', unit: 'score', app: 78, floor: 100 },
    { figure: 'step transition', unit: 'ms', app: 41 },
  ]);
  const lines = table.split('\n');

  it('has a header, a rule and one line per figure, all as wide as each other', () => {
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| figure +\| +app \| +floor \| +× floor \|$/);
    expect(lines[1]).toMatch(/^\|-+\|-+:\|-+:\|-+:\|$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it('puts app, floor and ratio in their columns, and dashes where the floor has no counterpart', () => {
    expect(lines[2]!.split('|').map((c) => c.trim())).toEqual(['', 'Lighthouse performance', '78', '100', '0.78×', '']);
    expect(lines[3]!.split('|').map((c) => c.trim())).toEqual(['', 'step transition', '41 ms', '—', '—', '']);
  });
});

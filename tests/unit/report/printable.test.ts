// The user's words made printable: what the fonts lack is spelled out or
// marked, never drawn as a wrong glyph.
import { describe, expect, it } from 'vitest';
import { printable } from '../../../src/report/printable';

// Stands in for the fonts: Latin-1 and Latin Extended-A, plus U+FFFD.
const covers = (cp: number) => cp <= 0x17f || cp === 0xfffd;

describe('printable', () => {
  it.each([
    ['Åsa Öberg, Łukasz Żak', 'Åsa Öberg, Łukasz Żak'],
    ['rad ett\nrad två\ttab', 'rad ett\nrad två\ttab'],
    ['minst ≥ 5, högst ≤ 9, ≠ 3, ≈ 4', 'minst >= 5, högst <= 9, != 3, ~ 4'],
    ['före → efter ← igen', 'före -> efter <- igen'],
    ['klart ✓', 'klart v'],
    ['glad 🙂 nu', 'glad \uFFFD nu'],
    ['hjärta ❤️ och familj 👨‍👩‍👧', 'hjärta \uFFFD och familj \uFFFD\uFFFD\uFFFD'],
    ['中文', '\uFFFD\uFFFD'],
  ])('%j → %j', (input, expected) => {
    expect(printable(input, covers)).toBe(expected);
  });
});

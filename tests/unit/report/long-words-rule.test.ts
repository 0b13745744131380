// @vitest-environment node
// Where the PDF may break a long word (src/report/word-breaks.ts): the
// pieces always join back to the word, Swedish compounds break between
// syllables with a hyphen, URLs and tokens break without one, and no piece
// of a long token is wider than a narrow table cell. Running text breaks
// only tokens longer than a line; a table cell only words wider than itself.
import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { boxHyphenation, prepareFonts, textWidth } from '../../../src/report/fonts';
import { registerNodeFonts } from '../../../src/report/node-fonts';
import { LINE_TOKEN, SPLIT_FROM, boxBreaks, lineBreaks, wordPieces } from '../../../src/report/word-breaks';

/** The pieces between breaks, and whether each break draws a hyphen (an empty piece marks one that does not). */
function breaks(word: string): { pieces: string[]; hyphens: boolean[] } {
  const parts = wordPieces(word);
  const pieces: string[] = [];
  const hyphens: boolean[] = [];
  parts.forEach((part, i) => {
    if (part === '') return;
    if (pieces.length) hyphens.push(parts[i - 1] !== '');
    pieces.push(part);
  });
  return { pieces, hyphens };
}

describe('word pieces', () => {
  it('always join back to the word exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (word) => {
        expect(wordPieces(word).join('')).toBe(word);
      }),
    );
    for (const word of ['samhällsbyggnadsförvaltningen', 'A\u0308lvdalens kommun', `https://example.se/${'x'.repeat(500)}`]) expect(wordPieces(word).join('')).toBe(word);
  });

  it('leave short words whole', () => {
    for (const word of ['förvaltning', 'kommunen', 'kommun.se/a', 'x'.repeat(SPLIT_FROM - 1)]) expect(wordPieces(word)).toEqual([word]);
  });

  it('break a Swedish compound between its syllables, with a hyphen', () => {
    expect(breaks('samhällsbyggnadsförvaltningen')).toEqual({ pieces: ['sam', 'hälls', 'bygg', 'nads', 'för', 'valt', 'ningen'], hyphens: Array(6).fill(true) });
    expect(breaks('konsekvensbedömning').pieces).toEqual(['kon', 'se', 'kvens', 'be', 'döm', 'ning']);
    expect(breaks('arbetsträningen').pieces).toEqual(['ar', 'bets', 'trä', 'ningen']);
    // Capitals, punctuation at the ends and a letter written with a combining mark.
    expect(breaks('SAMHÄLLSBYGGNADSFÖRVALTNINGEN,').pieces.join('|')).toBe('SAM|HÄLLS|BYGG|NADS|FÖR|VALT|NINGEN,');
    expect(breaks('(jämlikhetsarbetet)').pieces[0]).toBe('(jäm');
    expect(breaks('A\u0308lvdalsförvaltningen').pieces[0]).toBe('A\u0308lv');
  });

  it('break a hyphenated compound after its own hyphens without adding one', () => {
    const { pieces, hyphens } = breaks('barn-och-ungdomsnämnden');
    expect(pieces).toEqual(['barn-', 'och-', 'ung', 'doms', 'nämn', 'den']);
    expect(hyphens).toEqual([false, false, true, true, true]);
  });

  it('break a URL or an e-mail address after its separators and never draw a hyphen in it', () => {
    const url = 'https://www.example.se/kommun-och-politik/styrdokument/riktlinjer_2027.pdf?version=3&sida=12';
    const { pieces, hyphens } = breaks(url);
    expect(hyphens.every((h) => !h)).toBe(true);
    expect(pieces).toContain('https://');
    expect(pieces).toContain('politik/');
    expect(pieces.every((p) => [...p].length <= 8)).toBe(true);
    expect(breaks('forvaltningsovergripande.samordnare@example.se').hyphens.every((h) => !h)).toBe(true);
  });

  it('cut a word without vowels and a 200,000-character token into pieces no wider than a narrow cell, without hyphens in the token', () => {
    expect(breaks('Xxxxxxxxxxxxxxxxxxxxxx').pieces.every((p) => p.length <= 8)).toBe(true);
    const token = 'abcdefghij'.repeat(20_000);
    const { pieces, hyphens } = breaks(token);
    expect(pieces.join('')).toBe(token);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(8);
    expect(hyphens.some((h) => h)).toBe(false);
  });

  it('keeps a number with its unit when they are joined by no-break spaces', () => {
    expect(wordPieces('1\u00a0200\u00a0000\u00a0kr')).toEqual(['1\u00a0200\u00a0000\u00a0kr']);
  });
});

describe('where breaks are offered', () => {
  beforeAll(async () => {
    registerNodeFonts();
    await prepareFonts();
  });

  it('running text keeps every word shorter than a line whole, and breaks a longer token', () => {
    for (const word of ['samhällsbyggnadsförvaltningen', 'rekommendationerna', 'https://www.example.se/a/b']) expect(lineBreaks(word)).toEqual([word]);
    const url = `https://www.example.se/${'styrdokument/'.repeat(4)}`;
    expect(url.length).toBeGreaterThanOrEqual(LINE_TOKEN);
    expect(lineBreaks(url).length).toBeGreaterThan(1);
  });

  it('a box breaks a word only when it does not fit, at any length', () => {
    const fits = (word: string) => word.length <= 5;
    expect(boxBreaks(fits)('kommun')).toEqual(['kom', 'mun']);
    expect(boxBreaks(fits)('hus')).toEqual(['hus']);
  });

  it('a table cell measures words with the font: the owner breaks in a column a sixth of the page wide, a short word does not', () => {
    const owner = 'samhällsbyggnadsförvaltningen';
    expect(textWidth(owner, 9, false)).toBeGreaterThan(100);
    expect(textWidth(owner, 9, true)).toBeGreaterThan(textWidth(owner, 9, false));
    const cell = boxHyphenation(74, 9);
    expect(cell(owner).join('')).toBe(owner);
    expect(cell(owner).length).toBeGreaterThan(1);
    expect(cell('Bibliotekschefen')).toEqual(['Bibliotekschefen']);
    // The same word fits a wider cell.
    expect(boxHyphenation(200, 9)(owner)).toEqual([owner]);
  });
});

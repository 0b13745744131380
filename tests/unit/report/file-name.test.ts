// The download's file name: readable, ASCII, bounded, never empty.
import { describe, expect, it } from 'vitest';
import { pdfFileName } from '../../../src/report/file-name';

describe('pdfFileName', () => {
  it.each([
    ['Ändrade öppettider på biblioteket', 'sv', 'andrade-oppettider-pa-biblioteket.pdf'],
    ['  ÅÄÖ åäö  ', 'sv', 'aao-aao.pdf'],
    ['Café & Fika: 2026/14!', 'en', 'cafe-fika-2026-14.pdf'],
    ['Barn i årskurs 4–6', 'sv', 'barn-i-arskurs-4-6.pdf'],
    ['Łódź, Ŋuorra & Čáhppes Søndergård', 'sv', 'lodz-nuorra-cahppes-sondergard.pdf'],
    ['Möte 🙂 ≥ 5', 'sv', 'mote-5.pdf'],
    ['', 'sv', 'konsekvensbedomning.pdf'],
    ['', 'en', 'impact-assessment.pdf'],
    ['––– !!! –––', 'en', 'impact-assessment.pdf'],
    [`${'a'.repeat(59)} bcd`, 'sv', `${'a'.repeat(59)}.pdf`],
    ['x'.repeat(100), 'en', `${'x'.repeat(60)}.pdf`],
  ] as const)('%j (%s) → %s', (title, lang, expected) => {
    expect(pdfFileName(title, lang)).toBe(expected);
  });
});

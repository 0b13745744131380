// The download's file name: readable, ASCII, bounded, never empty, and the
// two languages of one report never under the same name.
import { describe, expect, it } from 'vitest';
import { pdfFileName, reportFileName } from '../../../src/report/file-name';

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

describe('reportFileName', () => {
  it.each([
    ['Öppettider', 'sv', 'pdf', 'sv', 'oppettider.pdf'],
    ['Öppettider', 'sv', 'pdf', 'en', 'oppettider.sv.pdf'],
    ['Opening hours', 'en', 'docx', 'sv', 'opening-hours.en.docx'],
    ['Opening hours', 'en', 'html', 'en', 'opening-hours.html'],
    ['Opening hours', 'en', 'docx', undefined, 'opening-hours.docx'],
    ['', 'en', 'docx', 'sv', 'impact-assessment.en.docx'],
    ['x'.repeat(100), 'sv', 'html', 'en', `${'x'.repeat(60)}.sv.html`],
  ] as const)('%j in %s as %s, interface %s → %s', (title, lang, format, ui, expected) => {
    expect(reportFileName(title, lang, format, ui)).toBe(expected);
  });

  it.each([
    ['', 'sv', 'pdf', 'sv', 'granskning-av-jamlikheten.pdf'],
    ['', 'en', 'docx', 'sv', 'equity-audit.en.docx'],
    ['Hemtjänsten i Norrby', 'sv', 'html', 'sv', 'hemtjansten-i-norrby.html'],
  ] as const)('an audit of a service: %j in %s as %s, interface %s → %s', (title, lang, format, ui, expected) => {
    expect(reportFileName(title, lang, format, ui, 'service')).toBe(expected);
  });

  it('never gives the Swedish and the English report of one assessment the same name', () => {
    for (const ui of ['sv', 'en'] as const) {
      for (const format of ['pdf', 'html', 'docx'] as const) {
        expect(reportFileName('Bibliotek', 'sv', format, ui)).not.toBe(reportFileName('Bibliotek', 'en', format, ui));
      }
    }
  });
});

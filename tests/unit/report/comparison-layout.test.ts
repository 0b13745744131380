// @vitest-environment node
// The debrief PDF with groups whose names are long (60–120 characters, one
// word of 40 letters): read back word by word with `pdftotext -bbox-layout`,
// no two words on a page overlap and every word lies on its page, with 3
// groups (one table per part) and with 6 (tables of at most four groups,
// each repeating the row headings). The judgements and "not part of a
// light analysis" are there.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/assessment/assessment';
import { compareAssessments } from '../../../src/assessment/comparison';
import { createI18n } from '../../../src/i18n';
import { renderComparisonPdf } from '../../../src/report/comparison/node';
import { columnChunks } from '../../../src/report/comparison/document';
import { CASES, caseAssessment, framework } from '../../fixtures/cases';
import { cleanAnswers } from '../../fixtures/clean-answers';
import { entry } from '../../fixtures/compare-entries';
import { overlappingWords, wordBoxes, wordsOffPage } from './long-words-pdf';
import { readPdf } from './read-pdf';

const SLOW = 180_000;
const LONG_WORD = 'Socialförvaltningensarbetsmarknadsenheten'; // 41 letters
const NAMES = [
  `Grupp 1 från ${LONG_WORD} och kultur`,
  'Grupp 2: bibliotekarier, fritidsledare och en handläggare från kommunens kontaktcenter i Östra Ryd',
  `Grupp 3 ${LONG_WORD} med representanter för pensionärsrådet och funktionsrättsrådet`,
  'Grupp 4: rektorer och lärare från de tre skolorna närmast filialbiblioteket, med elevhälsan',
  `Grupp 5 – ${LONG_WORD}, fritidsgården och föreningslivet i stadsdelen`,
  'Grupp 6: nämndsekreterare, controller och utredare från kultur- och fritidsförvaltningens stab med flera',
];
const JUDGEMENTS = ['adjust', 'rework', 'proceed', 'reject', 'adjust', 'rework'];

function group(i: number): Assessment {
  const base = caseAssessment(CASES[0]!);
  // Every third group made a light analysis.
  const answers = i % 3 === 2 ? cleanAnswers('light') : base.answers;
  return { ...base, id: `g${i}`, name: NAMES[i]!, answers: { ...answers, 'summary.judgement': JUDGEMENTS[i]! } };
}

describe('column chunks', () => {
  it('holds at most four groups per table', () => {
    expect(columnChunks(3)).toEqual([[0, 1, 2]]);
    expect(columnChunks(6)).toEqual([[0, 1, 2, 3], [4, 5]]);
    expect(columnChunks(9).map((c) => c.length)).toEqual([4, 4, 1]);
  });
});

describe.each([3, 6])('the debrief PDF with %i long group names', (count) => {
  it('has no overlapping words and nothing off the page', async () => {
    expect(NAMES.every((n) => n.length >= 60 && n.length <= 120)).toBe(true);
    const lang = 'sv';
    const i18n = createI18n(lang);
    const comparison = compareAssessments(Array.from({ length: count }, (_, i) => entry(group(i), `grupp-${i + 1}.json`)), framework);
    const read = readPdf(await renderComparisonPdf(comparison, i18n.t, lang), `comparison-long-${count}`);
    const pages = wordBoxes(read.path);
    expect(overlappingWords(pages)).toEqual([]);
    expect(wordsOffPage(pages)).toEqual([]);
    // The long word is set whole or broken inside its cell, never lost.
    expect(read.text.replace(/-\s?/g, '')).toContain(LONG_WORD);
    for (const id of JUDGEMENTS.slice(0, count)) expect(read.text).toContain(i18n.t(`content:options.summary.judgement.${id}`));
    expect(read.text).toContain(i18n.t('compare.notInLight'));
    // With more than four groups, each part's table comes again for the rest, with the row headings.
    const heading = `${i18n.t('results.recommendationKicker', { number: 1 })} ${i18n.t('content:recommendations.r1.title')}`;
    expect(read.text.split(heading).length - 1).toBe(count > 4 ? 2 : 1);
    expect(read.text.includes(i18n.t('compare.report.columnsOf', { from: 5, to: 6, total: 6 }))).toBe(count > 4);
  }, SLOW);
});

// @vitest-environment node
// Long compounds, long URLs and a 200,000-character answer without a space
// in the PDF, in both languages: no two words' boxes overlap (a word that
// runs over the next table cell would), no word reaches past the page's
// edge (a token wider than the page did, and was lost), and every
// character of every answer is in the PDF's text.
import { describe, expect, it } from 'vitest';
import { newAssessment } from '../../../src/assessment/assessment';
import { LANGUAGES } from '../../../src/i18n/resources';
import { cleanAnswers, file } from '../../fixtures/clean-answers';
import { longWordsAssessment, OWNER } from '../../fixtures/long-words';
import { containsWhole, flowText, overlappingWords, wordBoxes, wordsOffPage } from './long-words-pdf';
import { renderReport } from './render';

const SLOW = 300_000;

/** A token without a space: numbered, so that a lost or repeated stretch shows. */
function token(length: number): string {
  let s = '';
  for (let n = 1; s.length < length; n += 1) s += `åäö${n}Ord`;
  return s.slice(0, length);
}

describe.each(LANGUAGES)('long words in the report (%s)', (lang) => {
  it('stay inside their cells and on the page, and every answer is printed whole', async () => {
    const { assessment, texts } = longWordsAssessment();
    const r = await renderReport(assessment, lang, `long-words-${lang}`);
    expect(r.missing).toEqual([]);
    const pages = wordBoxes(r.path);
    // The words are there to be checked: the owner broken over lines or whole.
    expect(pages.flatMap((p) => p.words).length).toBeGreaterThan(1000);
    expect(overlappingWords(pages)).toEqual([]);
    expect(wordsOffPage(pages)).toEqual([]);
    const flow = flowText(r.path);
    expect(containsWhole(flow, OWNER)).toBe(true);
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.filter((t) => !containsWhole(flow, t))).toEqual([]);
  }, SLOW);
});

describe('a 200,000-character answer without a space', () => {
  it('is printed whole, line by line, inside the page', async () => {
    const long = token(200_000);
    const assessment = { ...newAssessment(file, 'a-long-token', new Date('2026-11-20T10:00:00Z')), answers: { ...cleanAnswers(), 'proposal.what': long } };
    const r = await renderReport(assessment, 'sv', 'long-token-sv');
    const pages = wordBoxes(r.path);
    expect(wordsOffPage(pages)).toEqual([]);
    expect(overlappingWords(pages)).toEqual([]);
    expect(containsWhole(flowText(r.path), long)).toBe(true);
  }, SLOW);
});

describe('the check itself', () => {
  it('finds a text only whole and in order, across line-end hyphens', () => {
    const flow = `ab${'\u0001'}cd-ef`;
    expect(containsWhole(flow, 'abcd-ef')).toBe(true);
    expect(containsWhole(`ab${'\u0001'}cd`, 'ab-cd')).toBe(true);
    expect(containsWhole(flow, 'abcdx')).toBe(false);
    expect(containsWhole(flow, 'abdc')).toBe(false);
  });

  it('counts boxes that share more than a sliver as overlapping, and boxes past the edge as off the page', () => {
    const word = (text: string, xMin: number, xMax: number, yMin = 10) => ({ page: 1, text, xMin, xMax, yMin, yMax: yMin + 10 });
    const page = (...words: ReturnType<typeof word>[]) => [{ width: 100, height: 100, words }];
    expect(overlappingWords(page(word('a', 0, 50), word('b', 40, 60)))).toEqual(['page 1: «a» over «b»']);
    expect(overlappingWords(page(word('a', 0, 50), word('b', 50.2, 60), word('c', 0, 50, 20.2)))).toEqual([]);
    expect(wordsOffPage(page(word('a', 90, 130)))).toHaveLength(1);
  });
});

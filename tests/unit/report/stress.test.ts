// @vitest-environment node
// The stress assessment (40 affected groups, 60 measures, answers of 5,000
// characters with å ä ö) in both languages: everything is printed, long
// answers continue over pages, and a table that runs over several pages
// repeats its header row at the top of each.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { LANGUAGES, type Language } from '../../../src/i18n/resources';
import { badFooters, blankPages, leaks, missingInBody, missingInOrder, pagesMatching, recommendationsPage, sectionTitles, unembeddedFonts } from './expect';
import { stress } from './fixtures';
import { pageCount, renderReport, savePng, type Rendered } from './render';
import { recordTimings } from './timings';

const SLOW = 180_000;
const timings: Array<[string, number, number]> = [];
afterAll(() => recordTimings('stress', timings));

/** A table header row as pdftotext -layout prints it: the column titles on one line, any spacing between. */
const headerRow = (titles: string[]) => new RegExp(titles.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));

/** Runs of at least two consecutive pages among `pages`. */
const consecutive = (pages: number[]) => pages.filter((p) => pages.includes(p + 1));

describe.each(LANGUAGES)('the stress report (%s)', (lang: Language) => {
  const fixture = stress();
  const { t } = createI18n(lang);
  let once: Promise<Rendered> | undefined;
  const report = () =>
    (once ??= renderReport(fixture.assessment, lang, `stress-${lang}`).then((r) => {
      timings.push([`stress-${lang}`, r.ms, pageCount(r.info)]);
      return r;
    }));

  it('renders with existing texts, every section in order, and every page numbered', async () => {
    const r = await report();
    expect(r.missing).toEqual([]);
    expect(missingInOrder(r.text, sectionTitles(lang))).toEqual([]);
    expect(pageCount(r.info)).toBeGreaterThan(60);
    expect(badFooters(r, lang)).toEqual([]);
    expect(blankPages(r)).toEqual([]);
  });

  it('prints all 40 affected groups and all 60 measures in the body', async () => {
    const r = await report();
    expect(fixture.groups).toHaveLength(40);
    expect(fixture.measures).toHaveLength(60);
    expect(missingInBody(r, lang, fixture.groups)).toEqual([]);
    expect(missingInBody(r, lang, fixture.measures)).toEqual([]);
  });

  it('prints the long answers whole, with å ä ö', async () => {
    const r = await report();
    const long = fixture.assessment.answers['proposal.what'] as string;
    expect(long.length).toBeGreaterThan(4900);
    // pdftotext joins the wrapped lines with spaces; the answer's own spaces are single.
    expect(r.flow).toContain(long.trim());
    for (const letter of ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']) expect(r.text).toContain(letter);
  });

  it('repeats the header row of the tables that run over several pages', async () => {
    const r = await report();
    const groups = pagesMatching(r, headerRow([t('report.groups.name'), t('report.groups.factors'), t('report.groups.details')]));
    const measures = pagesMatching(r, headerRow([t('report.measures.what'), t('report.measures.addresses'), t('report.measures.owner'), t('report.measures.cost'), t('report.measures.date')]));
    const heatmap = pagesMatching(r, headerRow([t('results.heatmap.groupColumn'), 'A', 'B', 'C', 'D', 'E', 'F', 'G', t('report.consequences.rating')]));
    expect(consecutive(groups).length).toBeGreaterThanOrEqual(2);
    expect(consecutive(measures).length).toBeGreaterThanOrEqual(2);
    expect(consecutive(heatmap).length).toBeGreaterThanOrEqual(1);
    // Each continuation page starts with the header, then rows of the table.
    for (const page of consecutive(measures)) expect(r.pages[page]).toMatch(/Åtgärd \d+: förstärkt stöd/);
  });

  it('contains no text of the other language and embeds its fonts', async () => {
    const r = await report();
    expect(leaks(r, lang)).toEqual([]);
    expect(unembeddedFonts(r.fonts)).toEqual([]);
  });

  it('saves page 1 and the recommendations page as PNGs', async () => {
    const r = await report();
    const page = recommendationsPage(r, lang);
    expect(page).toBeGreaterThan(2);
    expect(existsSync(savePng(r.path, 1, `stress-${lang}-page1`))).toBe(true);
    expect(existsSync(savePng(r.path, page, `stress-${lang}-recommendations`))).toBe(true);
  });
}, SLOW);
